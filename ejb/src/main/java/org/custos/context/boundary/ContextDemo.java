package org.custos.context.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.context.entity.Feedback;
import org.custos.context.entity.Feedback.Channel;
import org.custos.context.entity.Feedback.Kind;
import org.custos.context.entity.InterestedParty;
import org.custos.context.entity.InterestedParty.Category;
import org.custos.context.entity.Obligation;
import org.custos.context.entity.Obligation.Binding;
import org.custos.context.entity.Obligation.SourceType;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;

/**
 * The demo hospital's interested parties and obligations, with one proof overdue and one coming up, and a year of
 * their feedback. Runs at the default observer priority, before the management review demo (3700) compiles it.
 */
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
        party("Zertifizierungsstelle (ISO/IEC 27001)", Category.OTHER,
                "Unabhängige Prüfung des ISMS; Einsicht in Nachweise und Aufzeichnungen im Audit.");

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

        // Feedback of the last year; the management review (held three months ago) reports the first three.
        Feedback insurer = feedback("Cyber-Versicherer", today.minusMonths(11), Channel.LETTER, Kind.REQUIREMENT,
                "Versicherer verlangt ab der nächsten Verlängerung MFA für alle Fernzugänge und jährliche Wiederherstellungstests.",
                "Schreiben zur Vertragsverlängerung; ohne Nachweis steigt die Selbstbeteiligung deutlich.");
        answer(insurer, "Anforderung in das Pflichtenregister übernommen; Wiederherstellungstest im Übungsplan, MFA-Projekt beauftragt.",
                today.minusMonths(10));
        close(insurer, today.minusMonths(4));
        Feedback patient = feedback("Patientinnen und Patienten", today.minusMonths(8), Channel.COMPLAINT_FORM, Kind.COMPLAINT,
                "Patient beschwert sich: Arztbrief wurde an den falschen Hausarzt gefaxt.",
                "Beschwerde über das Beschwerdeformular der Station; der Brief enthielt Diagnosen und Medikation.");
        answer(patient, "Entschuldigung an den Patienten; Datenpanne geprüft und gemeldet; Fax-Versand von Arztbriefen wird "
                + "durch KIM ersetzt.", today.minusMonths(8).plusDays(6));
        Feedback auditor = feedback("Zertifizierungsstelle (ISO/IEC 27001)", today.minusMonths(5), Channel.AUDIT, Kind.SUGGESTION,
                "Auditor empfiehlt, die Wirksamkeit der Awareness-Schulungen mit Phishing-Simulationen zu messen.", null);
        answer(auditor, "Phishing-Simulation zweimal jährlich als Kennzahl im Ziel Awareness aufgenommen.", today.minusMonths(4));
        feedback("Beschäftigte und Personalrat", today.minusMonths(2), Channel.EMAIL, Kind.QUESTION,
                "Personalrat fragt, welche Protokolldaten der Zugriffe auf das KIS wie lange gespeichert werden.", null);
        Feedback praise = feedback("Träger (Stadt Musterstadt, Gesellschafterin)", today.minusDays(20), Channel.MEETING, Kind.PRAISE,
                "Aufsichtsrat lobt den Bericht zur Informationssicherheit als verständlich und vollständig.", null);
        close(praise, today.minusDays(19));
    }

    private Feedback feedback(String party, LocalDate on, Channel channel, Kind kind, String summary, String details) {
        Feedback f = new Feedback("isb", instant(on));
        f.describe(parties.get(party), on, channel, kind, summary, details);
        em.persist(f);
        em.flush();
        audit.created("Feedback", f.getId(), f);
        return f;
    }

    private void answer(Feedback f, String response, LocalDate on) {
        Map<String, Object> before = f.auditState();
        f.answer(response, "isb", instant(on));
        em.flush();
        audit.updated("Feedback", f.getId(), before, f);
    }

    private void close(Feedback f, LocalDate on) {
        Map<String, Object> before = f.auditState();
        f.close("isb", instant(on));
        em.flush();
        audit.updated("Feedback", f.getId(), before, f);
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
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
