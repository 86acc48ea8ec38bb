package org.custos.objectives.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.custos.objectives.control.KpiRegister;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.Kpi.Direction;
import org.custos.objectives.entity.Kpi.Frequency;
import org.custos.objectives.entity.Kpi.Source;
import org.custos.objectives.entity.Objective;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.CustosException;
import org.custos.platform.security.control.CurrentActor;

/**
 * The demo hospital's security objectives, set a year ago: current ISMS documentation (computed from the
 * document register and the SoA), available patient data systems (KIS availability, which missed its target
 * last month after a storage outage; restore tests, whose last two monthly results were not entered, so they
 * are missing; open incidents, computed) and staff awareness (training participation, still short of the
 * warning threshold). Loaded after the incidents so the computed KPIs see the whole demo. Audited as "system".
 */
@Dependent
public class ObjectivesDemo {

    private static final Logger LOG = Logger.getLogger(ObjectivesDemo.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    KpiRegister register;

    private Instant set;
    private LocalDate today;

    void load(@Observes @Priority(3500) DemoLoading demo) {
        today = LocalDate.now();
        set = today.minusYears(1).withDayOfMonth(1).atStartOfDay(ZoneId.systemDefault()).toInstant();

        Objective docs = objective("OBJ-01", "ISMS-Dokumentation aktuell halten",
                "Alle veröffentlichten Leitlinien, Richtlinien und Konzepte werden fristgerecht überprüft; die Controls "
                        + "des Anhangs A sind nachweisbar umgesetzt.", "Ingo Sicher", today.plusYears(1).withMonth(12).withDayOfMonth(31));
        Kpi overdue = kpi(docs, "KPI-01", "Anteil überfälliger Dokumentenprüfungen",
                "Veröffentlichte Dokumente, deren Prüftermin überschritten ist, im Verhältnis zu allen veröffentlichten Dokumenten.",
                Direction.LOWER_IS_BETTER, "0", "5", "10", Frequency.MONTHLY, "Sabine Krüger", Source.DOCUMENTS_REVIEW_OVERDUE);
        Kpi annexA = kpi(docs, "KPI-02", "Umsetzungsgrad der Anhang-A-Controls",
                "Anwendbare Controls nach ISO/IEC 27001 Anhang A, die laut Reifegrad vollständig erfüllt sind.",
                Direction.HIGHER_IS_BETTER, "90", "75", "60", Frequency.QUARTERLY, "Ingo Sicher", Source.ANNEX_A_IMPLEMENTED);

        Objective systems = objective("OBJ-02", "Verfügbarkeit der Patientendatensysteme sichern",
                "KIS, PACS und Laborsystem stehen der Patientenversorgung rund um die Uhr zur Verfügung; Daten lassen "
                        + "sich nachweislich wiederherstellen.", "Thomas Neumann", today.plusMonths(6).withDayOfMonth(1).minusDays(1));
        Kpi kis = kpi(systems, "KPI-03", "Verfügbarkeit KIS",
                "Verfügbarkeit des Krankenhausinformationssystems im Monat laut Monitoring, geplante Wartung eingerechnet.",
                Direction.HIGHER_IS_BETTER, "99.9", "99.5", "99", Frequency.MONTHLY, "Jonas Keller", Source.MANUAL);
        Kpi restore = kpi(systems, "KPI-04", "Erfolgreiche Wiederherstellungstests",
                "Anteil der im Monat geplanten Rücksicherungstests (KIS, PACS, LIS), die vollständig erfolgreich waren.",
                Direction.HIGHER_IS_BETTER, "100", "95", "90", Frequency.MONTHLY, "Jonas Keller", Source.MANUAL);
        Kpi incidents = kpi(systems, "KPI-05", "Offene Sicherheitsvorfälle",
                "Sicherheitsvorfälle, die noch nicht abgeschlossen sind.",
                Direction.LOWER_IS_BETTER, "0", "2", "4", Frequency.WEEKLY, "Ingo Sicher", Source.OPEN_INCIDENTS);

        Objective awareness = objective("OBJ-03", "Sicherheitsbewusstsein der Beschäftigten stärken",
                "Alle Beschäftigten mit Zugang zu Patientendaten haben die jährliche Awareness-Schulung absolviert.",
                "Sabine Krüger", today.withMonth(12).withDayOfMonth(31));
        Kpi training = kpi(awareness, "KPI-06", "Teilnahmequote Awareness-Schulung",
                "Beschäftigte mit abgeschlossener E-Learning-Schulung Informationssicherheit im laufenden Jahr, in Prozent aller "
                        + "Beschäftigten mit Zugang zu Patientendaten.",
                Direction.HIGHER_IS_BETTER, "95", "85", "75", Frequency.MONTHLY, "Sabine Krüger", Source.MANUAL);

        // one value a month, reported on the first of the following month; the last one is this month's first
        monthly(kis, new String[] {"99.95", "99.97", "99.92", "99.99", "99.87", "99.96", "99.94", "99.98", "99.62", "99.93",
            "99.96", "98.60"}, 8, "Geplantes KIS-Update mit 4 h Wartungsfenster", 11,
                "Ausfall des Speichersystems SAN-01, 11 h Notbetrieb mit Papierdokumentation");
        // the last two months were not entered: the restore tests are missing
        monthly(restore, new String[] {"100", "100", "90", "100", "95", "100", "100", "85", "100", "100"}, 7,
                "PACS-Rücksicherung abgebrochen: Bandlaufwerk defekt, Test im Folgemonat wiederholt", -1, null);
        monthly(training, new String[] {"41", "48", "55", "61", "66", "70", "74", "77", "80", "82", "83", "84"}, 0,
                "Start der E-Learning-Kampagne 2026", -1, null);

        for (Kpi k : new Kpi[] {overdue, annexA, incidents}) {
            try {
                register.measure(k, today, CurrentActor.SYSTEM, Instant.now());
            } catch (CustosException e) {
                LOG.info(() -> "Demo KPI " + k.getCode() + " not measured: " + e.messageKey());
            }
        }
    }

    private Objective objective(String code, String title, String description, String owner, LocalDate deadline) {
        Objective o = new Objective("isb", set);
        o.describe(code, title, description, person(owner), deadline, Objective.Status.ACTIVE);
        o.changed("isb", set);
        em.persist(o);
        em.flush();
        audit.created("Objective", o.getId(), o);
        return o;
    }

    private Kpi kpi(Objective o, String code, String name, String metric, Direction direction, String target, String warning,
            String failure, Frequency frequency, String responsible, Source source) {
        Kpi k = new Kpi(o, "isb", set);
        k.describe(code, name, metric, source.computed() ? source.unit() : "%", source, frequency, person(responsible));
        k.aim(direction, new BigDecimal(target), new BigDecimal(warning), new BigDecimal(failure));
        k.changed("isb", set);
        em.persist(k);
        em.flush();
        audit.created("Kpi", k.getId(), k);
        return k;
    }

    /**
     * Monthly values, oldest first, for the months of the past year: value i is recorded on the first of the
     * month i + 1 after the KPI was set. Up to two notes at their index (-1 for none).
     */
    private void monthly(Kpi k, String[] values, int noteAt, String note, int secondAt, String second) {
        LocalDate first = LocalDate.ofInstant(set, ZoneId.systemDefault());
        for (int i = 0; i < values.length; i++) {
            LocalDate day = first.plusMonths(i + 1L);
            if (day.isAfter(today)) {
                break;
            }
            String text = i == noteAt ? note : i == secondAt ? second : null;
            register.record(k, day, new BigDecimal(values[i]), text, "isb",
                    day.atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant().truncatedTo(ChronoUnit.MINUTES));
        }
    }

    private Person person(String name) {
        return em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }
}
