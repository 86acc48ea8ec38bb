package org.custos.risk.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.files.Sha256;
import org.custos.platform.security.control.CurrentActor;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.CriteriaStore;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.custos.risk.entity.Opportunity;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.Threat;
import org.custos.risk.entity.Treatment;

/**
 * The demo hospital's risk management: the default criteria approved by the managing director, the
 * asset inventory (KIS, PACS, laboratory system, medical devices, building control, the emergency care
 * process) and a risk register with treatment plans: one risk accepted by its owner, two waiting for
 * the owner's sign-off, one overdue for reassessment, one identified but not yet assessed. Every record
 * is audited as "system".
 */
@Dependent
public class RiskDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CriteriaStore store;

    private final Map<String, Asset> assets = new HashMap<>();
    private RiskCriteria criteria;
    private Instant now;
    private LocalDate today;

    void load(@Observes @Priority(3300) DemoLoading demo) {
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        today = LocalDate.now();
        approveCriteria();
        assets();
        risks();
        opportunities();
    }

    private void approveCriteria() {
        criteria = em.createNamedQuery("RiskCriteria.all", RiskCriteria.class).getResultStream().findFirst().orElse(null);
        if (criteria == null) {
            // the demo loads before RiskCriteriaSetup runs: the same default draft, in this transaction
            criteria = store.create(1, CurrentActor.SYSTEM, now.minus(45, ChronoUnit.DAYS),
                    CriteriaContent.defaults().validated());
            em.flush();
            audit.created("RiskCriteria", criteria.getId(), criteria);
        }
        if (criteria.getStatus() != RiskCriteria.Status.DRAFT) {
            return;
        }
        Map<String, Object> before = criteria.auditState();
        CriteriaContent content = store.read(criteria).validated();
        criteria.submitted("isb", now.minus(40, ChronoUnit.DAYS), "Risikokriterien nach BSI 200-3 für das Klinikum, "
                + "Schadenskategorien ergänzt um Patientensicherheit");
        criteria.approved("leitung", now.minus(38, ChronoUnit.DAYS), Sha256.hex(content.canonical()));
        em.flush();
        audit.updated("RiskCriteria", criteria.getId(), before, criteria);
    }

    private void assets() {
        asset("SAN-01", "Speichersystem Rechenzentrum Nord", Asset.Type.IT_SYSTEM, "Thomas Neumann", "IT-Abteilung",
                "RZ Nord, Raum 0.14", null, Map.of(), Set.of());
        asset("SRV-KIS", "KIS-Servercluster", Asset.Type.IT_SYSTEM, "Thomas Neumann", "IT-Abteilung", "RZ Nord, Raum 0.14",
                null, Map.of(), Set.of("SAN-01"));
        asset("KIS", "Krankenhausinformationssystem", Asset.Type.SERVICE, "Thomas Neumann", "IT-Abteilung", null,
                "kritisch (B3S Medizinische Versorgung)", Map.of(Objective.CONFIDENTIALITY, Need.VERY_HIGH,
                        Objective.INTEGRITY, Need.VERY_HIGH, Objective.AVAILABILITY, Need.VERY_HIGH), Set.of("SRV-KIS"));
        asset("PACS", "Bildarchiv- und Kommunikationssystem (PACS)", Asset.Type.SERVICE, "Dr. Stefan Richter", "Radiologie",
                "RZ Nord", "kritisch (B3S Medizinische Versorgung)", Map.of(Objective.CONFIDENTIALITY, Need.HIGH,
                        Objective.INTEGRITY, Need.VERY_HIGH, Objective.AVAILABILITY, Need.HIGH), Set.of("SAN-01"));
        asset("LIS", "Laborinformationssystem", Asset.Type.IT_SYSTEM, "Thomas Neumann", "Labor", "Labor, Serverschrank L1",
                "kritisch (B3S Medizinische Versorgung)", Map.of(Objective.INTEGRITY, Need.VERY_HIGH,
                        Objective.AVAILABILITY, Need.HIGH), Set.of());
        asset("MED-CT", "Computertomograph Radiologie", Asset.Type.MEDICAL_DEVICE, "Martin Schulz", "Radiologie",
                "Radiologie, CT-Raum 1", null, Map.of(Objective.INTEGRITY, Need.VERY_HIGH, Objective.AVAILABILITY, Need.HIGH),
                Set.of("PACS"));
        asset("MED-INF", "Vernetzte Infusionspumpen Intensivstation", Asset.Type.MEDICAL_DEVICE, "Martin Schulz",
                "Medizintechnik", "Intensivstation", null, Map.of(Objective.INTEGRITY, Need.VERY_HIGH,
                        Objective.AVAILABILITY, Need.HIGH), Set.of());
        asset("GLT", "Gebäudeleittechnik (Klima, Notstrom, Medizinische Gase)", Asset.Type.OT_SYSTEM, "Peter Wagner",
                "Haustechnik", "Standort Nord, Technikzentrale", null, Map.of(Objective.AVAILABILITY, Need.HIGH,
                        Objective.INTEGRITY, Need.HIGH), Set.of());
        asset("PAT-DATEN", "Patientendaten (Behandlungsdokumentation)", Asset.Type.INFORMATION, "Dr. Maria Hoffmann",
                "Verwaltung", null, null, Map.of(Objective.CONFIDENTIALITY, Need.VERY_HIGH, Objective.INTEGRITY, Need.VERY_HIGH),
                Set.of("KIS"));
        asset("P-NOTFALL", "Notfallversorgung", Asset.Type.PROCESS, "Laura Becker", "Notaufnahme", null,
                "kritisch (B3S Medizinische Versorgung)", Map.of(Objective.AVAILABILITY, Need.VERY_HIGH),
                Set.of("KIS", "LIS", "PACS"));
    }

    private void asset(String code, String name, Asset.Type type, String owner, String unit, String location,
            String criticality, Map<Objective, Need> needs, Set<String> dependsOn) {
        Asset a = new Asset(code, name, type);
        a.describe(code, name, type, null, person(owner), location, unit(unit), true, criticality);
        a.protect(needs.isEmpty() ? Map.of() : new EnumMap<>(needs), Set.of(), null);
        Set<Long> deps = new TreeSet<>();
        dependsOn.forEach(d -> deps.add(assets.get(d).getId()));
        a.dependOn(deps);
        em.persist(a);
        em.flush();
        audit.created("Asset", a.getId(), a);
        assets.put(code, a);
    }

    private void risks() {
        Risk ransomware = risk("R-01", "Verschlüsselung von KIS und Patientendaten durch Ransomware", "G 0.39",
                "Administrative Zugänge ohne durchgängige Trennung; Altsysteme ohne aktuelle Sicherheitsupdates.",
                "Dr. Maria Hoffmann", Set.of("KIS", "PAT-DATEN", "SRV-KIS", "SAN-01", "P-NOTFALL"), Set.of("M-01"));
        ransomware.treat(Treatment.MITIGATE, "Offline-Sicherung mit Wiederherstellungstests, MFA für alle administrativen "
                + "Zugänge, Netzsegmentierung der Medizintechnik.", person("Thomas Neumann"), today.plusMonths(3),
                ids("M-02", "M-03", "M-04"), today.plusMonths(9));
        assess(ransomware, 1, 4, 4, 3, 4, "Erstbewertung: Backups nicht offline, kein MFA.", "isb", 380);
        RiskAssessment current = assess(ransomware, 2, 4, 4, 2, 4, "Nach Offline-Backup und MFA: Eintritt selten, "
                + "Schaden für die Patientenversorgung bleibt sehr hoch.", "isb", 20);
        accept(ransomware, current, "leitung", 12, "Restrisiko bis zum Abschluss der Netzsegmentierung (M-04) getragen; "
                + "Budget im Wirtschaftsplan 2027.");

        Risk devices = risk("R-02", "Unbefugter Zugriff auf vernetzte Medizingeräte", "G 0.23",
                "Flaches Netz der Medizintechnik; Fernwartungszugänge der Hersteller ohne Protokollierung.", "Martin Schulz",
                Set.of("MED-INF", "MED-CT"), Set.of());
        devices.treat(Treatment.MITIGATE, "Eigene VLANs je Hersteller, Fernwartung nur über das Wartungsportal mit MFA.",
                person("Martin Schulz"), today.plusMonths(2), ids("M-04", "M-02"), today.plusMonths(6));
        assess(devices, 1, 3, 4, 2, 3, "Segmentierung begonnen, Fernwartung noch direkt.", "isb", 30);

        Risk phishing = risk("R-03", "Phishing und Social Engineering gegen Beschäftigte", "G 0.42",
                "Keine regelmäßige Schulung; E-Mail-Filter ohne Sandbox.", "Dr. Maria Hoffmann", Set.of("KIS"), Set.of("M-02"));
        phishing.treat(Treatment.MITIGATE, "Jährliche Awareness-Schulung mit Phishing-Simulation.", person("Sabine Krüger"),
                today.plusMonths(3), ids("M-05"), today.plusMonths(12));
        assess(phishing, 1, 4, 3, 3, 3, "Hohe Klickrate bei der Testkampagne 2026.", "isb", 14);

        Risk power = risk("R-04", "Ausfall der Gebäudeleittechnik bei Stromausfall", "G 0.8",
                "Notstromversorgung der Leittechnik nicht getestet.", "Peter Wagner", Set.of("GLT"), Set.of());
        power.treat(Treatment.ACCEPT, "Restrisiko getragen; Test der Netzersatzanlage im Rahmen der Wartung.",
                person("Peter Wagner"), today.plusMonths(1), Set.of(), today.minusDays(10));
        assess(power, 1, 2, 4, 1, 4, "Netzersatzanlage vorhanden.", "isb", 400);
        // its reassessment date has passed: listed as overdue
        power.assessed(today.minusDays(10));

        Risk pacs = risk("R-05", "Ausfall des PACS durch Hardwaredefekt", "G 0.25",
                "Einzelnes Speichersystem ohne Spiegelung an den zweiten Standort.", "Dr. Stefan Richter", Set.of("PACS"),
                Set.of("M-03"));
        pacs.treat(Treatment.TRANSFER, "Wartungsvertrag mit 4-Stunden-Reaktionszeit; Versicherung gegen Betriebsunterbrechung.",
                person("Thomas Neumann"), today.plusMonths(4), Set.of(), today.plusMonths(8));
        assess(pacs, 1, 2, 3, 1, 3, "Vertrag mit Reaktionszeit abgeschlossen.", "isb", 60);

        Risk lab = risk("R-06", "Fehlfunktion der Laborschnittstellen zum KIS", "G 0.26",
                "Schnittstellen nach dem Update des Herstellers nicht erneut getestet.", "Thomas Neumann", Set.of("LIS"),
                Set.of());
        lab.flag("risk.flag.assetChanged|LIS", now.minus(3, ChronoUnit.DAYS));
        em.flush();
        for (Risk r : List.of(ransomware, devices, phishing, power, pacs, lab)) {
            audit.created("Risk", r.getId(), r);
        }
    }

    private Risk risk(String code, String title, String threat, String vulnerability, String owner, Set<String> assetCodes,
            Set<String> existing) {
        Risk r = new Risk(code, title, "isb", now.minus(60, ChronoUnit.DAYS));
        Set<Long> assetIds = new TreeSet<>();
        assetCodes.forEach(c -> assetIds.add(assets.get(c).getId()));
        Threat t = em.createNamedQuery("Threat.byCode", Threat.class).setParameter("code", threat.toLowerCase())
                .getResultStream().findFirst().orElse(null);
        r.describe(code, title, null, t, t == null ? threat : null, vulnerability, person(owner), assetIds,
                ids(existing.toArray(String[]::new)));
        r.changed("isb", now.minus(20, ChronoUnit.DAYS));
        em.persist(r);
        em.flush();
        return r;
    }

    private RiskAssessment assess(Risk r, int number, int il, int ii, int rl, int ri, String rationale, String by, int daysAgo) {
        var matrix = store.read(criteria).matrix();
        RiskAssessment a = new RiskAssessment(r, number, criteria, il, ii, matrix.level(il, ii), rl, ri, matrix.level(rl, ri),
                null, rationale, by, now.minus(daysAgo, ChronoUnit.DAYS));
        em.persist(a);
        em.flush();
        audit.created("RiskAssessment", a.getId(), a);
        return a;
    }

    private void accept(Risk r, RiskAssessment a, String by, int daysAgo, String note) {
        Instant at = now.minus(daysAgo, ChronoUnit.DAYS);
        a.accepted(by, at, note);
        r.accepted(a.getId(), by, at, note, RiskService.seal(r, a));
        em.flush();
    }

    private void opportunities() {
        opportunity("O-01", "Gemeinsames Security Operations Center im Klinikverbund",
                "Überwachung rund um die Uhr, die ein einzelnes Haus nicht leisten kann.", "Kosten und Personal geteilt",
                "Thomas Neumann", Opportunity.Status.OPEN, today.plusMonths(2));
        opportunity("O-02", "Fördermittel nach dem Krankenhauszukunftsgesetz für Informationssicherheit",
                "Mindestens 15 % der KHZG-Fördersumme sind für Informationssicherheit vorgesehen.", "Finanzierung der Segmentierung",
                "Dr. Maria Hoffmann", Opportunity.Status.IN_PROGRESS, today.minusDays(5));
    }

    private void opportunity(String code, String title, String description, String benefit, String owner,
            Opportunity.Status status, LocalDate followUp) {
        Opportunity o = new Opportunity("isb", now.minus(30, ChronoUnit.DAYS));
        o.describe(code, title, description, benefit, person(owner), status, followUp);
        em.persist(o);
        em.flush();
        audit.created("Opportunity", o.getId(), o);
    }

    private Set<Long> ids(String... measureCodes) {
        Set<Long> ids = new TreeSet<>();
        for (String c : measureCodes) {
            em.createQuery("SELECT m.id FROM Measure m WHERE m.code = :c", Long.class).setParameter("c", c).getResultStream()
                    .findFirst().ifPresent(ids::add);
        }
        return ids;
    }

    private Person person(String name) {
        return em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    private OrgUnit unit(String name) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.name = :n", OrgUnit.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }
}
