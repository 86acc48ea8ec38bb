package org.custos.measures.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.EvidenceFile;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.files.Sha256;
import org.custos.platform.files.VirusScan;

/**
 * The demo hospital's measures: implemented ones with current evidence, one whose pentest report has
 * expired, one in progress past its due date, one planned, one not applicable. Runs after the
 * documents demo, whose regulations the measures point to.
 */
@Dependent
public class MeasuresDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private Map<String, Long> iso;
    private Map<String, Long> documents;
    private LocalDate today;

    void load(@Observes @Priority(3100) DemoLoading demo) {
        today = LocalDate.now();
        iso = ids("SELECT r.refId, r.id FROM Requirement r WHERE r.standard.code = 'ISO27001'");
        documents = ids("SELECT d.code, d.id FROM Document d");

        Measure firewall = measure("M-01", "Zweistufige Firewall mit jährlicher Regelprüfung",
                "Firewalls zweier Hersteller zwischen Internet, DMZ und internen Netzen; jede Regel mit Ticket; "
                        + "jährliche Rezertifizierung durch die IT-Leitung.",
                "Thomas Neumann", Measure.Status.IMPLEMENTED, null, Set.of("A.8.20", "A.8.22"), Set.of("RL-01", "KO-01"));
        file(firewall, "Protokoll Firewall-Regelrezertifizierung 2026", "firewall-rezertifizierung-2026.txt",
                "Rezertifizierung aller 412 Regeln abgeschlossen; 37 Regeln entfernt, 5 befristet.", today.minusMonths(3),
                today.plusMonths(9));
        link(firewall, "Pentest-Bericht externer Dienstleister 2024", "https://intranet.klinikum-musterstadt.example/it/pentest-2024",
                today.minusMonths(26), today.minusMonths(2));

        Measure mfa = measure("M-02", "Mehr-Faktor-Authentisierung für administrative und Fernzugänge",
                "MFA für alle Administratorkonten, VPN und das Wartungsportal der Gerätehersteller.", "Ingo Sicher",
                Measure.Status.IMPLEMENTED, null, Set.of("A.8.5", "A.5.17"), Set.of("RL-02"));
        link(mfa, "Konfigurationsnachweis MFA (Ticket IT-4711)", "https://tickets.klinikum-musterstadt.example/IT-4711",
                today.minusMonths(6), today.plusMonths(6));

        Measure backup = measure("M-03", "Offline-Datensicherung von KIS und PACS mit Wiederherstellungstest",
                "Tägliche Vollsicherung auf Band, unveränderbare Kopie, vierteljährlicher Wiederherstellungstest.",
                "Jonas Keller", Measure.Status.IMPLEMENTED, null, Set.of("A.8.13"), Set.of("RL-04", "KO-03"));
        file(backup, "Wiederherstellungstest Q3", "restore-test-q3.txt",
                "KIS-Wiederherstellung in 3 h 20 min (Ziel: 4 h) erfolgreich; PACS-Stichprobe vollständig.",
                today.minusMonths(2), today.plusMonths(1));

        measure("M-04", "Segmentierung des Medizingerätenetzes", "Eigene VLANs je Hersteller und Kritikalität; "
                + "Verbindungen ins KIS nur über Kommunikationsserver.", "Martin Schulz", Measure.Status.IN_PROGRESS,
                today.minusDays(20), Set.of("A.8.22"), Set.of("KO-02"));
        measure("M-05", "Security-Awareness-Schulung für alle Beschäftigten", "Jährliche Online-Schulung mit Phishing-Simulation.",
                "Sabine Krüger", Measure.Status.PLANNED, today.plusMonths(3), Set.of("A.6.3"), Set.of());
        measure("M-06", "Sichere Entwicklung eigener Software", "Das Klinikum entwickelt keine eigene Software.",
                "Thomas Neumann", Measure.Status.NOT_APPLICABLE, null, Set.of("A.8.25"), Set.of());
    }

    private Map<String, Long> ids(String jpql) {
        Map<String, Long> m = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(r -> m.put((String) r[0], (Long) r[1]));
        return m;
    }

    private Measure measure(String code, String title, String description, String owner, Measure.Status status,
            LocalDate due, Set<String> requirements, Set<String> docs) {
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", owner)
                .getResultStream().findFirst().orElse(null);
        Set<Long> reqs = new TreeSet<>();
        requirements.stream().filter(iso::containsKey).forEach(r -> reqs.add(iso.get(r)));
        Set<Long> documentIds = new TreeSet<>();
        docs.stream().filter(documents::containsKey).forEach(d -> documentIds.add(documents.get(d)));
        Measure m = new Measure(code, title);
        m.describe(code, title, description, person, status, due, reqs, documentIds);
        em.persist(m);
        em.flush();
        audit.created("Measure", m.getId(), m);
        return m;
    }

    private void file(Measure m, String title, String fileName, String text, LocalDate from, LocalDate until) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Evidence e = Evidence.file(m, title, fileName, "text/plain", data.length, Sha256.hex(data),
                VirusScan.Result.NOT_SCANNED, "isb", Instant.now());
        e.describe(title, from, until);
        persist(e);
        em.persist(new EvidenceFile(e.getId(), data));
    }

    private void link(Measure m, String title, String url, LocalDate from, LocalDate until) {
        Evidence e = Evidence.link(m, title, url, "isb", Instant.now());
        e.describe(title, from, until);
        persist(e);
    }

    private void persist(Evidence e) {
        em.persist(e);
        em.flush();
        audit.created("Evidence", e.getId(), e);
    }
}
