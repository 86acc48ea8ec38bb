package org.custos.nonconformities.boundary;

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
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;

/**
 * The demo hospital's nonconformities: a major one on leavers' access rights, closed after its corrective
 * action proved effective; one from the ransomware incident (backups reachable from the domain) with one
 * action done and awaiting its check and one open; and a minor one whose action is overdue. Audited as
 * "system" would be, under the ISB's name as the one who recorded them.
 */
@Dependent
public class NonconformitiesDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    void load(@Observes @Priority(3500) DemoLoading demo) {
        LocalDate today = LocalDate.now();
        Nonconformity leavers = nonconformity("NC-2026-01", Nonconformity.Source.DIRECT, null, Nonconformity.Grade.MAJOR,
                "Zugänge ausgeschiedener Beschäftigter nicht zeitnah gesperrt",
                "Stichprobe: 7 von 40 Konten ausgeschiedener Beschäftigter waren nach mehr als 30 Tagen noch aktiv.",
                "Thomas Neumann", today.minusMonths(7), "Die sieben Konten wurden am selben Tag gesperrt.",
                "Austrittsmeldungen der Personalabteilung erreichten die IT nur per Papierformular; kein Abgleich.");
        CorrectiveAction sync = action(leavers, "Automatischer Abgleich der Austritte aus dem Personalsystem mit dem "
                + "Verzeichnisdienst; Sperre am letzten Arbeitstag.", "Jonas Keller", today.minusMonths(5), documents("RL-02"),
                measures("M-02"));
        done(sync, "isb", today.minusMonths(5).minusDays(3), "Abgleich läuft täglich um 18 Uhr; Regelung RL-02 angepasst.");
        checked(sync, true, "leitung", today.minusMonths(3), "Stichprobe von 25 Austritten: alle Konten am letzten Arbeitstag gesperrt.");
        close(leavers, "leitung", today.minusMonths(3));

        Long ransomware = em.createQuery("SELECT i.id FROM Incident i WHERE i.code = 'INC-2026-07'", Long.class)
                .getResultStream().findFirst().orElse(null);
        Nonconformity backups = nonconformity("NC-2026-03", ransomware == null ? Nonconformity.Source.DIRECT
                : Nonconformity.Source.INCIDENT, ransomware, Nonconformity.Grade.MINOR,
                "Datensicherung des KIS aus der Domäne erreichbar",
                "Beim Ransomware-Versuch waren die Sicherungsserver mit Domänenkonten erreichbar; die Sicherung blieb "
                        + "nur unversehrt, weil die Verschlüsselung früh erkannt wurde.",
                "Thomas Neumann", today.minusDays(1), "Sicherungsserver aus der Domäne genommen, lokale Konten mit MFA.",
                "Das Sicherungskonzept KO-03 verlangt Offline-Sicherungen, die Umsetzung nutzte aus Bequemlichkeit "
                        + "Domänenkonten; die Abweichung fiel keiner Prüfung auf.");
        CorrectiveAction separate = action(backups, "Sicherungsnetz vom Verwaltungsnetz trennen, unveränderliche Sicherungen "
                + "(WORM) einführen.", "Jonas Keller", today.plusDays(21), documents("KO-03"), measures("M-03"));
        done(separate, "isb", today, "Sicherungsnetz getrennt; WORM-Speicher in Betrieb.");
        action(backups, "Quartalsweise Prüfung der Umsetzung gegen das Sicherungskonzept in den Prüfplan aufnehmen.",
                "Ingo Sicher", today.plusDays(45), documents(), measures());

        Nonconformity drill = nonconformity("NC-2026-02", Nonconformity.Source.DIRECT, null, Nonconformity.Grade.MINOR,
                "Notstromübung nicht dokumentiert",
                "Die halbjährliche Notstromübung fand statt, ein Protokoll fehlt.", "Peter Wagner", today.minusMonths(2),
                "Protokoll aus den Aufzeichnungen der Haustechnik nachträglich erstellt.", null);
        action(drill, "Protokollvorlage für Übungen einführen und im Übungsplan verankern.", "Peter Wagner",
                today.minusDays(5), documents(), measures());
    }

    private Nonconformity nonconformity(String code, Nonconformity.Source source, Long incidentId, Nonconformity.Grade grade,
            String title, String description, String owner, LocalDate detected, String correction, String rootCause) {
        Instant at = instant(detected);
        Nonconformity n = new Nonconformity(source, incidentId, "isb", at);
        n.describe(code, title, description, grade, person(owner), detected, correction, rootCause, Set.of());
        n.changed("isb", at);
        em.persist(n);
        em.flush();
        audit.created("Nonconformity", n.getId(), n);
        return n;
    }

    private CorrectiveAction action(Nonconformity n, String description, String owner, LocalDate due, Set<Long> documents,
            Set<Long> measures) {
        CorrectiveAction a = new CorrectiveAction(n.getId(), "isb", instant(n.getDetectedOn()));
        a.describe(description, person(owner), due, documents, measures);
        em.persist(a);
        em.flush();
        audit.created("CorrectiveAction", a.getId(), a);
        return a;
    }

    private void done(CorrectiveAction a, String by, LocalDate on, String note) {
        var before = a.auditState();
        a.done(by, instant(on), note);
        em.flush();
        audit.updated("CorrectiveAction", a.getId(), before, a);
    }

    private void checked(CorrectiveAction a, boolean effective, String by, LocalDate on, String note) {
        var before = a.auditState();
        a.checked(effective, by, on, note);
        em.flush();
        audit.updated("CorrectiveAction", a.getId(), before, a);
    }

    private void close(Nonconformity n, String by, LocalDate on) {
        var before = n.auditState();
        n.close(by, instant(on));
        n.changed(by, instant(on));
        em.flush();
        audit.updated("Nonconformity", n.getId(), before, n);
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    private Person person(String name) {
        return em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    private Set<Long> documents(String... codes) {
        Set<Long> ids = new TreeSet<>();
        for (String c : codes) {
            em.createQuery("SELECT d.id FROM Document d WHERE d.code = :c", Long.class).setParameter("c", c).getResultStream()
                    .findFirst().ifPresent(ids::add);
        }
        return ids;
    }

    private Set<Long> measures(String... codes) {
        Set<Long> ids = new TreeSet<>();
        for (String c : codes) {
            em.createQuery("SELECT m.id FROM Measure m WHERE m.code = :c", Long.class).setParameter("c", c).getResultStream()
                    .findFirst().ifPresent(ids::add);
        }
        return ids;
    }
}
