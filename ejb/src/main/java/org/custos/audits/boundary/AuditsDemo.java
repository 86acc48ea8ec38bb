package org.custos.audits.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.AuditItem;
import org.custos.audits.entity.Finding;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;

/**
 * The demo hospital's audits: this year's internal audit of access management and operations by the
 * quality manager (independent of the IT department it audited), completed seven months ago with a major
 * finding on leavers' accounts (its nonconformity, NC-2026-01, is closed), an observation and an
 * opportunity; last cycle's audit of the management system and the rehabilitation site; this year's planned
 * audit of the main site; and the ISO 27001 surveillance audit by the certification body, planned in two months, in
 * which the demo auditor records findings.
 */
@Dependent
public class AuditsDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    void load(@Observes @Priority(3600) DemoLoading demo) {
        Long iso = em.createQuery("SELECT s.id FROM Standard s WHERE s.code = 'ISO27001'", Long.class).getResultStream()
                .findFirst().orElse(null);
        if (iso == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        LocalDate performed = today.minusMonths(7);
        LocalDate lastCycle = today.minusMonths(14);
        managementSystemAudit(iso, lastCycle);
        Audit internal = audit("IA-" + performed.getYear() + (performed.getYear() == lastCycle.getYear() ? "-02" : "-01"), "Internes Audit Zugriffsmanagement und IT-Betrieb",
                Audit.Kind.INTERNAL, performed.getYear(), iso, null, person("Claudia Fischer"), performed.minusDays(2), performed,
                units("IT-Abteilung"));
        item(internal, iso, "A.5.1", AuditItem.Result.CONFORM, "Leitlinie freigegeben, im Intranet veröffentlicht.");
        item(internal, iso, "A.5.15", AuditItem.Result.NONCONFORM, "7 von 40 Konten ausgeschiedener Beschäftigter aktiv.");
        item(internal, iso, "A.8.13", AuditItem.Result.CONFORM, "Wiederherstellungstest vom März dokumentiert.");
        item(internal, iso, "A.8.15", AuditItem.Result.CONFORM, "Protokollierung zentral, 180 Tage Aufbewahrung.");
        Finding leavers = finding(internal, "F-1", Finding.Kind.MAJOR, "Zugänge ausgeschiedener Beschäftigter werden nicht "
                + "zeitnah gesperrt: 7 von 40 Konten waren nach mehr als 30 Tagen noch aktiv.", requirement(iso, "A.5.15"),
                performed);
        finding(internal, "F-2", Finding.Kind.OBSERVATION, "Rezertifizierungen der Berechtigungen werden per E-Mail "
                + "dokumentiert, nicht im Ticketsystem.", requirement(iso, "A.5.18"), performed);
        finding(internal, "F-3", Finding.Kind.OPPORTUNITY, "Wiederherstellungstests könnten auch für das PACS geplant werden.",
                requirement(iso, "A.8.13"), performed);
        var before = internal.auditState();
        internal.start();
        internal.complete(performed, "Zugriffsmanagement braucht einen Austrittsprozess mit der Personalabteilung; "
                + "Betrieb und Datensicherung angemessen.");
        em.flush();
        audit.updated("Audit", internal.getId(), before, internal);
        em.createQuery("SELECT n FROM Nonconformity n WHERE n.code = 'NC-2026-01'", Nonconformity.class).getResultStream()
                .findFirst().ifPresent(n -> {
                    var was = n.auditState();
                    n.raisedFrom(leavers.getId());
                    em.flush();
                    audit.updated("Nonconformity", n.getId(), was, n);
                });

        // the rest of the programme: the main site as a whole, led from the rehabilitation site
        Audit planned = audit("IA-" + today.getYear() + "-P", "Internes Audit Standort Nord: Notfallmanagement, physische "
                + "Sicherheit, Schadsoftware", Audit.Kind.INTERNAL, today.getYear(), iso, null, person("Peter Wagner"),
                today.plusWeeks(3), today.plusWeeks(3).plusDays(1), units("Standort Nord (Hauptklinik)"));
        for (String ref : new String[] {"A.5.24", "A.5.29", "A.7.1", "A.7.4", "A.8.7"}) {
            item(planned, iso, ref, null, null);
        }

        audit("UEA-" + today.plusMonths(2).getYear(), "1. Überwachungsaudit ISO/IEC 27001", Audit.Kind.SURVEILLANCE,
                today.plusMonths(2).getYear(), iso, "CertCo Zertifizierung GmbH", null, today.plusMonths(2),
                today.plusMonths(2).plusDays(1), Set.of());
    }

    /** Last cycle's audit of the management system (clauses 4–10), people and physical controls at the rehabilitation site. */
    private void managementSystemAudit(long iso, LocalDate performed) {
        Audit a = audit("IA-" + performed.getYear() + "-01", "Internes Audit Managementsystem und Standort Süd",
                Audit.Kind.INTERNAL, performed.getYear(), iso, null, person("Claudia Fischer"), performed.minusDays(1), performed,
                units("Standort Süd (Reha-Klinik)"));
        String[][] checks = {
            {"4.1", "Kontext in der Leitlinie beschrieben, jährlich überprüft."},
            {"4.2", "Register der interessierten Parteien gepflegt."},
            {"4.3", "Anwendungsbereich freigegeben, beide Standorte eingeschlossen."},
            {"5.1", "Geschäftsführung im ISMS-Lenkungskreis vertreten."},
            {"5.2", "Leitlinie in Kraft, bekannt gemacht."},
            {"5.3", "Rollen benannt, Vertretungen geregelt."},
            {"6.1.2", "Risikokriterien freigegeben, Methode dokumentiert."},
            {"6.1.3", "Erklärung zur Anwendbarkeit freigegeben."},
            {"6.2", "Ziele mit Kennzahlen festgelegt."},
            {"7.2", "Schulungsnachweise der Reha-Klinik vollständig."},
            {"7.5.3", "Dokumentenlenkung mit Prüfterminen."},
            {"8.2", "Risikobeurteilung der Reha-Klinik aktuell."},
            {"9.1", "Kennzahlen werden monatlich gemessen."},
            {"9.2.2", "Auditprogramm für drei Jahre vorhanden."},
            {"9.3.2", "Managementbewertung mit allen Eingaben."},
            {"10.2", "Korrekturmaßnahmen mit Wirksamkeitsprüfung."},
            {"A.6.3", "Sensibilisierung jährlich, Teilnahme 94 %."},
            {"A.7.2", "Zutritt zu Technikräumen mit Schlüsselbuch."}};
        for (String[] check : checks) {
            item(a, iso, check[0], AuditItem.Result.CONFORM, check[1]);
        }
        var before = a.auditState();
        a.start();
        a.complete(performed, "Managementsystem wirksam umgesetzt; Reha-Klinik ohne Abweichungen.");
        em.flush();
        audit.updated("Audit", a.getId(), before, a);
    }

    private Audit audit(String code, String title, Audit.Kind kind, int year, Long standard, String body, Person lead,
            LocalDate from, LocalDate to, Set<Long> units) {
        Audit a = new Audit("isb", instant(from.minusMonths(1)));
        a.describe(code, title, kind, year, standard, body, lead, from, to, Set.of(), units);
        a.changed("isb", instant(from.minusMonths(1)));
        em.persist(a);
        em.flush();
        audit.created("Audit", a.getId(), a);
        return a;
    }

    private void item(Audit a, long standard, String refId, AuditItem.Result result, String note) {
        Long requirement = requirement(standard, refId);
        if (requirement == null) {
            return;
        }
        AuditItem i = new AuditItem(a.getId(), requirement);
        if (result != null) {
            i.record(result, note, "c.fischer", instant(a.getPlannedTo()));
        }
        em.persist(i);
        em.flush();
        audit.created("AuditItem", i.getId(), i);
    }

    private Finding finding(Audit a, String code, Finding.Kind kind, String statement, Long requirement, LocalDate on) {
        Finding f = new Finding(a.getId(), code, kind, statement, requirement == null ? Set.of() : Set.of(requirement), Set.of(),
                "c.fischer", instant(on));
        em.persist(f);
        em.flush();
        audit.created("Finding", f.getId(), f);
        return f;
    }

    private Long requirement(long standard, String refId) {
        return em.createQuery("SELECT r.id FROM Requirement r WHERE r.standard.id = :s AND r.refId = :ref", Long.class)
                .setParameter("s", standard).setParameter("ref", refId).getResultStream().findFirst().orElse(null);
    }

    private Person person(String name) {
        return em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    private Set<Long> units(String... names) {
        Set<Long> ids = new TreeSet<>();
        for (String n : names) {
            em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.name = :n", Long.class).setParameter("n", n).getResultStream()
                    .findFirst().ifPresent(ids::add);
        }
        return ids;
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }
}
