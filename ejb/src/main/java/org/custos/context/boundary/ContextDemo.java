package org.custos.context.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.context.entity.InterestedParty;
import org.custos.context.entity.InterestedParty.Category;
import org.custos.context.entity.Obligation;
import org.custos.context.entity.Obligation.Binding;
import org.custos.context.entity.Obligation.SourceType;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;

/** The demo hospital's interested parties and obligations, with one proof overdue and one coming up. */
@Dependent
public class ContextDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final Map<String, InterestedParty> parties = new HashMap<>();

    void load(@Observes DemoLoading demo) {
        party("Träger (Stadt Musterstadt, Gesellschafterin)", Category.OWNER,
                "Sicherer, wirtschaftlicher Betrieb; jährlicher Bericht zur Informationssicherheit.");
        party("Patientinnen und Patienten", Category.PATIENT,
                "Vertraulichkeit der Behandlungsdaten; Verfügbarkeit der Versorgung rund um die Uhr.");
        party("Bundesamt für Sicherheit in der Informationstechnik (BSI)", Category.AUTHORITY,
                "Mindestmaßnahmen nach § 30 BSIG, Meldungen erheblicher Vorfälle, Nachweise alle 3 Jahre.");
        party("Landesdatenschutzbeauftragte", Category.AUTHORITY, "Einhaltung der DSGVO, Meldung von Datenpannen binnen 72 h.");
        party("Krankenkassen", Category.CUSTOMER, "Abrechnung nach § 301 SGB V über sichere Übertragungswege.");
        party("Cyber-Versicherer", Category.INSURER, "Jährlicher Fragebogen; MFA, Backups offline, Patch-Management.");
        party("Beschäftigte und Personalrat", Category.STAFF, "Transparente Regeln, Schulungen, Schutz der Beschäftigtendaten.");
        party("Hersteller von Medizingeräten", Category.SUPPLIER, "Fernwartung nur über gesicherte Zugänge nach Vertrag.");

        Map<String, Long> standards = new HashMap<>();
        em.createQuery("SELECT s.code, s.id FROM Standard s", Object[].class).getResultList()
                .forEach(r -> standards.put((String) r[0], (Long) r[1]));
        LocalDate today = LocalDate.now();
        obligation("BSIG: Nachweis der Mindestmaßnahmen für kritische Anlagen (§ 39 BSIG)", SourceType.LAW, Binding.MUST,
                "Bundesamt für Sicherheit in der Informationstechnik (BSI)", ids(standards, "BSIG-30", "NIS2-ART21"),
                "Nachweis (Prüfung) an das BSI", 36, today.minusMonths(35).minusDays(10));
        obligation("B3S Medizinische Versorgung anwenden", SourceType.SECTOR_STANDARD, Binding.MUST,
                "Bundesamt für Sicherheit in der Informationstechnik (BSI)", ids(standards, "ISO27001"),
                "Prüfung nach B3S im Rahmen des BSIG-Nachweises", 36, today.minusMonths(35).minusDays(10));
        obligation("DSGVO: Sicherheit der Verarbeitung (Art. 32)", SourceType.LAW, Binding.MUST,
                "Landesdatenschutzbeauftragte", ids(standards, "ISO27001"), null, null, null);
        obligation("ISO/IEC 27001 Zertifikat: Überwachungsaudit", SourceType.CERTIFICATION, Binding.WANT,
                "Träger (Stadt Musterstadt, Gesellschafterin)", ids(standards, "ISO27001"), "Überwachungsaudit durch die Zertifizierungsstelle",
                12, today.minusMonths(12).minusDays(5));
        obligation("Cyber-Versicherung: Sicherheitsfragebogen", SourceType.CONTRACT, Binding.MUST, "Cyber-Versicherer",
                Set.of(), "Ausgefüllter Fragebogen an den Versicherer", 12, today.minusMonths(11));
    }

    private static Set<Long> ids(Map<String, Long> standards, String... codes) {
        Set<Long> ids = new TreeSet<>();
        for (String c : codes) {
            if (standards.containsKey(c)) {
                ids.add(standards.get(c));
            }
        }
        return ids;
    }

    private void party(String name, Category category, String requirements) {
        InterestedParty p = new InterestedParty(name, category);
        p.describe(name, category, requirements, null);
        em.persist(p);
        em.flush();
        audit.created("InterestedParty", p.getId(), p);
        parties.put(name, p);
    }

    private void obligation(String title, SourceType type, Binding binding, String party, Set<Long> standards,
            String proof, Integer months, LocalDate lastProof) {
        Obligation o = new Obligation(title, type, binding);
        o.describe(title, null, type, binding, parties.get(party), null, standards);
        o.proofCycle(proof, months, lastProof, null);
        em.persist(o);
        em.flush();
        audit.created("Obligation", o.getId(), o);
    }
}
