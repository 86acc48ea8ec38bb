package org.custos.documents.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.documents.control.DocumentContent;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.documents.entity.DocumentVersion;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.roles.entity.IsmsRole;

/**
 * The demo hospital's documents: the guideline in its second version, the scope statement,
 * regulations and concepts below them, one regulation in review, one overdue for review, a concept
 * flagged after its regulation changed, and a draft in progress. Runs after the roles demo (people).
 */
@Dependent
public class DocumentsDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final Map<String, Document> documents = new HashMap<>();
    private Map<String, Long> iso;
    private LocalDate today;

    /** One version as it went through its life: written, approved, published (null: not that far). */
    private record Step(String title, String html, String author, String approver, LocalDate published,
            DocumentStatus status, String... requirements) {
    }

    void load(@Observes @Priority(3000) DemoLoading demo) {
        today = LocalDate.now();
        iso = new HashMap<>();
        em.createQuery("SELECT r.refId, r.id FROM Requirement r WHERE r.standard.code = 'ISO27001'", Object[].class)
                .getResultList().forEach(r -> iso.put((String) r[0], (Long) r[1]));

        document(DocumentType.GUIDELINE, "LL-IS", null, "Dr. Maria Hoffmann", IsmsRole.TOP_MANAGEMENT, 24,
                new Step("Leitlinie zur Informationssicherheit", GUIDELINE_V1, "isb", "leitung", LocalDate.of(2023, 4, 1),
                        DocumentStatus.SUPERSEDED, "5.2", "A.5.1"),
                new Step("Leitlinie zur Informationssicherheit", GUIDELINE_V2, "isb", "leitung", today.minusMonths(8),
                        DocumentStatus.PUBLISHED, "5.2", "5.3", "A.5.1"));
        document(DocumentType.SCOPE, "GB-ISMS", null, "Ingo Sicher", "ISO", 12,
                new Step("Geltungsbereich des ISMS", SCOPE, "isb", "leitung", today.minusMonths(8),
                        DocumentStatus.PUBLISHED, "4.3"));
        document(DocumentType.REGULATION, "RL-01", "LL-IS", "Thomas Neumann", "IT_LEAD", 12,
                new Step("Richtlinie Netzwerksicherheit", NETWORK_V1, "isb", "leitung", today.minusMonths(14),
                        DocumentStatus.SUPERSEDED, "A.8.20", "A.8.22"),
                new Step("Richtlinie Netzwerksicherheit", NETWORK_V2, "editor", "isb", today.minusDays(12),
                        DocumentStatus.PUBLISHED, "A.8.20", "A.8.21", "A.8.22"));
        document(DocumentType.REGULATION, "RL-02", "LL-IS", "Ingo Sicher", "ISO", 12,
                new Step("Richtlinie Zugangs- und Berechtigungsmanagement", ACCESS, "editor", "isb", today.minusMonths(15),
                        DocumentStatus.PUBLISHED, "A.5.15", "A.5.18", "A.8.5"));
        document(DocumentType.REGULATION, "RL-03", "LL-IS", "Martin Schulz", null, 12,
                new Step("Richtlinie Medizintechnik und vernetzte Medizingeräte", MEDICAL, "editor", null, null,
                        DocumentStatus.IN_REVIEW, "A.5.23", "A.8.9"));
        document(DocumentType.REGULATION, "RL-04", "LL-IS", "Thomas Neumann", "IT_LEAD", 12,
                new Step("Richtlinie Datensicherung", BACKUP_V1, "isb", "leitung", today.minusMonths(5),
                        DocumentStatus.PUBLISHED, "A.8.13"),
                new Step("Richtlinie Datensicherung", BACKUP_V2, "editor", null, null, DocumentStatus.DRAFT, "A.8.13",
                        "A.8.14"));
        document(DocumentType.CONCEPT, "KO-01", "RL-01", "Jonas Keller", "IT_LEAD", 12,
                new Step("Firewall-Konzept", FIREWALL, "editor", "isb", today.minusMonths(6), DocumentStatus.PUBLISHED,
                        "A.8.20"));
        document(DocumentType.CONCEPT, "KO-02", "RL-01", "Martin Schulz", null, 12,
                new Step("Konzept Segmentierung des Medizingerätenetzes", SEGMENTS, "editor", null, null,
                        DocumentStatus.DRAFT, "A.8.22"));
        document(DocumentType.CONCEPT, "KO-03", "RL-04", "Jonas Keller", null, 12,
                new Step("Backup-Konzept KIS und PACS", BACKUP_CONCEPT, "editor", "isb", today.minusMonths(4),
                        DocumentStatus.PUBLISHED, "A.8.13"));
        document(DocumentType.RECORD, "NW-01", "LL-IS", "Ingo Sicher", "ISO", 12,
                new Step("Bekanntgabe der Leitlinie an alle Beschäftigten", RECORD, "isb", "leitung", today.minusMonths(8),
                        DocumentStatus.PUBLISHED));

        // RL-01 changed twelve days ago: its concept waits for its owner's review.
        Document firewall = documents.get("KO-01");
        firewall.flagReviewNeeded("changed:RL-01 v2", today.minusDays(12).atStartOfDay(ZoneId.systemDefault()).toInstant());
        // RL-02 was published 15 months ago with a 12-month interval: overdue.
        documents.get("RL-02").markOverdue();
        em.flush();
        documents.values().forEach(d -> audit.created("Document", d.getId(), d));
    }

    private void document(DocumentType type, String code, String parent, String owner, String role, int months,
            Step... steps) {
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", owner)
                .getResultStream().findFirst().orElse(null);
        IsmsRole responsible = role == null ? null : em.createQuery("SELECT r FROM IsmsRole r WHERE r.code = :c", IsmsRole.class)
                .setParameter("c", role).getResultStream().findFirst().orElse(null);
        Document d = new Document(type, code, steps[0].title());
        d.describe(code, parent == null ? null : documents.get(parent), person, responsible, months);
        em.persist(d);
        int number = 0;
        for (Step s : steps) {
            number++;
            LocalDate written = s.published() == null ? today.minusDays(3) : s.published().minusDays(10);
            DocumentVersion v = new DocumentVersion(d, number, s.author(), written.atStartOfDay(ZoneId.systemDefault()).toInstant());
            Set<Long> requirements = new TreeSet<>();
            for (String ref : s.requirements()) {
                if (iso.containsKey(ref)) {
                    requirements.add(iso.get(ref));
                }
            }
            v.write(s.title(), DocumentContent.sanitize(s.html()), number > 1 ? "Überarbeitung nach Überprüfung" : null,
                    requirements, s.author());
            v.snapshot(d);
            em.persist(v);
            em.flush();
            if (s.status() != DocumentStatus.DRAFT) {
                v.submitted(s.author(), written.plusDays(2).atStartOfDay(ZoneId.systemDefault()).toInstant());
            }
            if (s.approver() != null) {
                v.approved(s.approver(), s.published().minusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        DocumentContent.seal(v, List.of()));
                v.published(s.approver(), s.published().atStartOfDay(ZoneId.systemDefault()).toInstant());
                if (number > 1) {
                    DocumentVersion old = em.createNamedQuery("DocumentVersion.byNumber", DocumentVersion.class)
                            .setParameter("document", d.getId()).setParameter("number", number - 1).getSingleResult();
                    old.retired(DocumentStatus.SUPERSEDED, s.approver(), s.published().atStartOfDay(ZoneId.systemDefault())
                            .toInstant());
                }
                d.published(v, s.published());
            } else {
                d.working(v);
            }
            em.flush();
            audit.created("DocumentVersion", v.getId(), v);
        }
        documents.put(code, d);
    }

    private static final String GUIDELINE_V1 = """
            <h2>Zweck</h2><p>Das Klinikum Musterstadt schützt die Informationen seiner Patientinnen und Patienten, \
            Beschäftigten und Partner. Diese Leitlinie legt die Ziele und Grundsätze der Informationssicherheit fest.</p>
            <h2>Ziele</h2><ul><li>Vertraulichkeit der Behandlungsdaten</li><li>Verfügbarkeit der Versorgung rund um die Uhr</li>\
            <li>Integrität medizinischer Befunde</li></ul>
            <h2>Verantwortung</h2><p>Die Geschäftsführung trägt die Gesamtverantwortung und bestellt einen \
            Informationssicherheitsbeauftragten.</p>""";

    private static final String GUIDELINE_V2 = """
            <h2>Zweck</h2><p>Das Klinikum Musterstadt schützt die Informationen seiner Patientinnen und Patienten, \
            Beschäftigten und Partner. Diese Leitlinie legt die Ziele und Grundsätze der Informationssicherheit fest; \
            sie gilt für alle Standorte im Geltungsbereich GB-ISMS.</p>
            <h2>Ziele</h2><ul><li>Vertraulichkeit der Behandlungsdaten</li><li>Verfügbarkeit der Versorgung rund um die Uhr</li>\
            <li>Integrität medizinischer Befunde</li><li>Erfüllung von § 30 BSIG und des B3S Medizinische Versorgung</li></ul>
            <h2>Verantwortung</h2><p>Die Geschäftsführung trägt die Gesamtverantwortung, stellt die nötigen Mittel bereit \
            und bestellt einen Informationssicherheitsbeauftragten, der unmittelbar an sie berichtet.</p>
            <h2>Verbindlichkeit</h2><p>Richtlinien und Konzepte leiten sich aus dieser Leitlinie ab und sind für alle \
            Beschäftigten verbindlich. Verstöße werden arbeitsrechtlich geahndet.</p>""";

    private static final String SCOPE = """
            <h2>Im Geltungsbereich</h2><ul><li>Standort Nord (Hauptklinik) und Standort Süd (Reha-Klinik)</li>\
            <li>Krankenhausinformationssystem (KIS), PACS, Laborinformationssystem, vernetzte Medizingeräte</li>\
            <li>Rechenzentrum und Netze der IT-Abteilung, Gebäudeleittechnik</li></ul>
            <h2>Außerhalb des Geltungsbereichs (mit Begründung)</h2><ul><li>Cafeteria: von einem Dienstleister \
            betrieben, keine Patientendaten</li><li>Medizinisches Versorgungszentrum: eigene Gesellschaft mit eigenem ISMS</li></ul>
            <h2>Schnittstellen</h2><ul><li>Laborverbund (externes Labor, Auftragsverarbeitung)</li>\
            <li>Fernwartung der Gerätehersteller über das Wartungsportal</li><li>Abrechnung mit den Krankenkassen (§ 301 SGB V)</li></ul>""";

    private static final String NETWORK_V1 = """
            <p>Alle Netze des Klinikums werden durch Firewalls geschützt. Der Zugang aus dem Internet ist nur über die \
            DMZ erlaubt.</p>""";

    private static final String NETWORK_V2 = """
            <p>Alle Netze des Klinikums werden durch Firewalls geschützt. Der Zugang aus dem Internet ist nur über die \
            DMZ erlaubt.</p><p>Netze werden nach Schutzbedarf segmentiert: Verwaltung, Klinik, Medizingeräte, \
            Gebäudeleittechnik und Gäste sind getrennt.</p><p>Netzdienste externer Anbieter werden vertraglich mit \
            Sicherheitsanforderungen vereinbart.</p>""";

    private static final String ACCESS = """
            <p>Zugänge werden nach dem Prinzip der minimalen Rechte vergeben und halbjährlich durch die Vorgesetzten \
            rezertifiziert.</p><p>Administrative Zugänge erfordern eine Mehr-Faktor-Authentisierung.</p>""";

    private static final String MEDICAL = """
            <p>Vernetzte Medizingeräte werden vor Inbetriebnahme von Medizintechnik und IT gemeinsam abgenommen.</p>\
            <p>Fernwartung ist nur über das Wartungsportal mit Freigabe im Einzelfall erlaubt.</p>""";

    private static final String BACKUP_V1 = """
            <p>Alle geschäftskritischen Daten werden täglich gesichert; eine Kopie liegt offline.</p>""";

    private static final String BACKUP_V2 = """
            <p>Alle geschäftskritischen Daten werden täglich gesichert; eine Kopie liegt offline und unveränderbar.</p>\
            <p>Die Wiederherstellung wird vierteljährlich getestet.</p>""";

    private static final String FIREWALL = """
            <h2>Architektur</h2><p>Zweistufige Firewall verschiedener Hersteller zwischen Internet, DMZ und internen Netzen.</p>\
            <h2>Regelwerk</h2><ul><li>Standardmäßig alles verboten</li><li>Jede Regel mit Ticket und Verantwortlichem</li>\
            <li>Jährliche Rezertifizierung aller Regeln</li></ul>""";

    private static final String SEGMENTS = """
            <p>Medizingeräte werden nach Hersteller und Kritikalität in eigene VLANs gelegt; Verbindungen ins KIS nur \
            über definierte Kommunikationsserver.</p>""";

    private static final String BACKUP_CONCEPT = """
            <p>KIS und PACS: tägliche Vollsicherung auf Band, stündliche Snapshots, 30 Tage Aufbewahrung, \
            Wiederanlaufzeit höchstens 4 Stunden.</p>""";

    private static final String RECORD = """
            <p>Die Leitlinie in Version 2 wurde am Tag ihrer Veröffentlichung per Rundschreiben und im Intranet bekanntgegeben; \
            die Kenntnisnahme ist in den Schulungsnachweisen erfasst.</p>""";
}
