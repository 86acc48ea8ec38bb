package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.boundary.IncidentService.IncidentInput;
import org.custos.incidents.entity.Incident;
import org.custos.objectives.boundary.ObjectiveService;
import org.custos.objectives.boundary.ObjectiveService.KpiInput;
import org.custos.objectives.boundary.ObjectiveService.ObjectiveInput;
import org.custos.objectives.boundary.ObjectivesTimer;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.control.KpiView;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Objectives and KPIs: thresholds checked against the direction, measurements evaluated as met, warning or
 * missed, one per day and never in the future, missing measurements flagged, computed KPIs measured from
 * the real data (by hand and by the nightly timer), readers refused, stale edits refused.
 */
@ExtendWith(ArquillianExtension.class)
public class ObjectivesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(ObjectivesIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    ObjectiveService objectives;

    @Inject
    ObjectivesTimer timer;

    @Inject
    IncidentService incidents;

    @Inject
    OrganisationService organisation;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private Objective objective(String tag, Person owner) {
        return objectives.saveObjective(null, 0, new ObjectiveInput("OBJ-" + tag, "Verfügbarkeit sichern", null, owner.getId(),
                LocalDate.now().plusMonths(6), null));
    }

    private static KpiInput kpi(String code, Kpi.Direction direction, String target, String warning, String failure,
            Kpi.Frequency frequency, Person responsible, Kpi.Source source) {
        return new KpiInput(code, "Kennzahl " + code, null, null, direction, n(target), n(warning), n(failure), frequency,
                responsible.getId(), source);
    }

    private static String key(Runnable call) {
        return assertThrows(ValidationException.class, call::run).messageKey();
    }

    @Test
    public void measurementsAreEvaluatedAgainstTheThresholdsOncePerDay() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = tag();
        Objective o = objective(tag, owner);
        assertEquals(Objective.Status.ACTIVE, o.getStatus());
        assertEquals("objective.code.taken", key(() -> objective(tag, owner)));
        assertEquals("objective.owner.unknown", key(() -> objectives.saveObjective(null, 0, new ObjectiveInput("X-" + tag,
                "x", null, Long.MAX_VALUE, LocalDate.now(), null))));
        assertEquals("objective.deadline.required", key(() -> objectives.saveObjective(null, 0, new ObjectiveInput("X-" + tag,
                "x", null, owner.getId(), null, null))));

        assertEquals("kpi.thresholds.higher", key(() -> objectives.saveKpi(o.getId(), null, 0, kpi("K-" + tag,
                Kpi.Direction.HIGHER_IS_BETTER, "99", "99.5", "98", Kpi.Frequency.MONTHLY, owner, Kpi.Source.MANUAL))),
                "higher is better needs target ≥ warning ≥ failure");
        assertEquals("kpi.thresholds.lower", key(() -> objectives.saveKpi(o.getId(), null, 0, kpi("K-" + tag,
                Kpi.Direction.LOWER_IS_BETTER, "99.9", "99.5", "99", Kpi.Frequency.MONTHLY, owner, Kpi.Source.MANUAL))));
        assertEquals("kpi.responsible.unknown", key(() -> objectives.saveKpi(o.getId(), null, 0, new KpiInput("K-" + tag,
                "x", null, "%", Kpi.Direction.HIGHER_IS_BETTER, n("1"), n("1"), n("0"), Kpi.Frequency.MONTHLY, Long.MAX_VALUE,
                Kpi.Source.MANUAL))));

        Kpi k = objectives.saveKpi(o.getId(), null, 0, kpi("K-" + tag, Kpi.Direction.HIGHER_IS_BETTER, "99.9", "99.5", "99",
                Kpi.Frequency.MONTHLY, owner, Kpi.Source.MANUAL));
        assertNull(objectives.kpi(k.getId()).view().state(), "not measured yet");
        assertFalse(objectives.kpi(k.getId()).view().missing(), "a new KPI is not missing before its first period is over");

        LocalDate today = LocalDate.now();
        objectives.recordMeasurement(k.getId(), today.minusDays(3), n("99.95"), "ruhiger Monat");
        assertEquals(State.MET, objectives.kpi(k.getId()).view().state());
        objectives.recordMeasurement(k.getId(), today.minusDays(2), n("99.2"), null);
        assertEquals(State.WARNING, objectives.kpi(k.getId()).view().state());
        KpiMeasurement missed = objectives.recordMeasurement(k.getId(), today.minusDays(1), n("98.6"), "Speicherausfall");
        assertEquals(State.MISSED, objectives.kpi(k.getId()).view().state());
        assertTrue(objectives.missed().stream().anyMatch(v -> v.kpi().getId().equals(k.getId())), "listed as missed");
        assertEquals(3, objectives.kpi(k.getId()).measurements().size());
        assertEquals(missed.getId(), objectives.kpi(k.getId()).measurements().get(0).getId(), "newest first");

        assertEquals("kpi.measurement.duplicate", key(() -> objectives.recordMeasurement(k.getId(), today.minusDays(1),
                n("99.9"), null)), "one measurement per KPI and day");
        assertEquals("kpi.measurement.date.future", key(() -> objectives.recordMeasurement(k.getId(), today.plusDays(1),
                n("99.9"), null)));
        assertEquals("kpi.measurement.value.required", key(() -> objectives.recordMeasurement(k.getId(), today, null, null)));
        assertEquals("kpi.measure.manual", key(() -> objectives.measureNow(k.getId())), "a manual KPI is not computed");

        // a corrected threshold re-evaluates the history
        Kpi corrected = objectives.saveKpi(o.getId(), k.getId(), k.getVersion(), kpi("K-" + tag, Kpi.Direction.HIGHER_IS_BETTER,
                "99.9", "99", "98", Kpi.Frequency.MONTHLY, owner, Kpi.Source.MANUAL));
        assertEquals(State.WARNING, objectives.kpi(corrected.getId()).view().state());
        assertFalse(objectives.missed().stream().anyMatch(v -> v.kpi().getId().equals(k.getId())));

        // lower is better: the thresholds are read from below
        Kpi open = objectives.saveKpi(o.getId(), null, 0, kpi("L-" + tag, Kpi.Direction.LOWER_IS_BETTER, "0", "2", "4",
                Kpi.Frequency.WEEKLY, owner, Kpi.Source.MANUAL));
        objectives.recordMeasurement(open.getId(), today.minusDays(2), n("5"), null);
        assertEquals(State.MISSED, objectives.kpi(open.getId()).view().state());
        objectives.recordMeasurement(open.getId(), today, n("2"), null);
        assertEquals(State.MET, objectives.kpi(open.getId()).view().state());
        assertEquals(2, objectives.kpis(o.getId()).size());
    }

    @Test
    public void aMeasurementOverdueIsFlaggedMissingUntilRecorded() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = tag();
        Objective o = objective(tag, owner);
        Kpi k = objectives.saveKpi(o.getId(), null, 0, kpi("W-" + tag, Kpi.Direction.HIGHER_IS_BETTER, "100", "95", "90",
                Kpi.Frequency.WEEKLY, owner, Kpi.Source.MANUAL));
        LocalDate today = LocalDate.now();
        objectives.recordMeasurement(k.getId(), today.minusDays(7), n("100"), null);
        KpiView due = objectives.kpi(k.getId()).view();
        assertEquals(today, due.nextDue());
        assertFalse(due.missing(), "due today, not yet missing");

        objectives.recordMeasurement(k.getId(), today.minusDays(10), n("96"), "nachgetragen");
        assertFalse(objectives.kpi(k.getId()).view().missing(), "an older value does not move the due date back");

        Kpi late = objectives.saveKpi(o.getId(), null, 0, kpi("X-" + tag, Kpi.Direction.HIGHER_IS_BETTER, "100", "95", "90",
                Kpi.Frequency.WEEKLY, owner, Kpi.Source.MANUAL));
        objectives.recordMeasurement(late.getId(), today.minusDays(8), n("97"), null);
        assertTrue(objectives.kpi(late.getId()).view().missing());
        assertTrue(objectives.missing().stream().anyMatch(v -> v.kpi().getId().equals(late.getId())), "listed as missing");
        assertTrue(objectives.objective(o.getId()).attention());

        objectives.recordMeasurement(late.getId(), today, n("98"), null);
        assertFalse(objectives.kpi(late.getId()).view().missing());
        assertFalse(objectives.missing().stream().anyMatch(v -> v.kpi().getId().equals(late.getId())));

        // a dropped objective expects no measurements
        Kpi stale = objectives.saveKpi(o.getId(), null, 0, kpi("Y-" + tag, Kpi.Direction.HIGHER_IS_BETTER, "100", "95", "90",
                Kpi.Frequency.WEEKLY, owner, Kpi.Source.MANUAL));
        objectives.recordMeasurement(stale.getId(), today.minusDays(30), n("91"), null);
        assertTrue(objectives.missing().stream().anyMatch(v -> v.kpi().getId().equals(stale.getId())));
        Objective current = objectives.objective(o.getId()).objective();
        objectives.saveObjective(o.getId(), current.getVersion(), new ObjectiveInput(current.getCode(), current.getTitle(), null,
                owner.getId(), current.getDeadline(), Objective.Status.DROPPED));
        assertFalse(objectives.missing().stream().anyMatch(v -> v.kpi().getId().equals(stale.getId())));
    }

    @Test
    public void computedKpisAreMeasuredFromCustosOwnData() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = tag();
        incidents.save(null, 0, new IncidentInput("IO-" + tag, "Phishing-Welle", null, Incident.Category.OTHER,
                Incident.Severity.LOW, null, Instant.now().minus(Duration.ofHours(1)), false, false, Set.of()));
        long open = incidents.incidents().stream().filter(v -> v.incident().getStatus() != Incident.Status.CLOSED).count();
        assertTrue(open >= 1);

        Objective o = objective(tag, owner);
        Kpi k = objectives.saveKpi(o.getId(), null, 0, kpi("C-" + tag, Kpi.Direction.LOWER_IS_BETTER, "0", "2", "1000",
                Kpi.Frequency.WEEKLY, owner, Kpi.Source.OPEN_INCIDENTS));
        KpiMeasurement m = objectives.measureNow(k.getId());
        assertEquals(0, BigDecimal.valueOf(open).compareTo(m.getValue()), "the open incidents, counted");
        assertEquals(LocalDate.now(), m.getMeasuredOn());
        assertEquals("kpi.measurement.computed", key(() -> objectives.recordMeasurement(k.getId(), LocalDate.now().minusDays(1),
                n("1"), null)), "computed values are never typed in");
        assertEquals("kpi.measurement.duplicate", key(() -> objectives.measureNow(k.getId())), "once a day");

        // the nightly run measures a computed KPI that was never measured, and only once a day
        Kpi nightly = objectives.saveKpi(o.getId(), null, 0, kpi("D-" + tag, Kpi.Direction.LOWER_IS_BETTER, "0", "2", "1000",
                Kpi.Frequency.MONTHLY, owner, Kpi.Source.OPEN_INCIDENTS));
        SecurityUtils.getSubject().logout();
        assertTrue(timer.measureDue(LocalDate.now()) >= 1);
        assertEquals(0, timer.measureDue(LocalDate.now()), "nothing twice on a day");
        ItUsers.loginAsNew(rules, tx, Role.READER);
        KpiView v = objectives.kpi(nightly.getId()).view();
        assertEquals(0, BigDecimal.valueOf(open).compareTo(v.latest().getValue()));
        assertEquals("system", v.latest().getRecordedBy());
        assertEquals(LocalDate.now().plusMonths(1), v.nextDue());
    }

    @Test
    public void readersSeeButCannotRecordAndStaleEditsAreRefused() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = tag();
        Objective o = objective(tag, owner);
        Kpi k = objectives.saveKpi(o.getId(), null, 0, kpi("R-" + tag, Kpi.Direction.HIGHER_IS_BETTER, "95", "85", "75",
                Kpi.Frequency.MONTHLY, owner, Kpi.Source.MANUAL));
        long seen = o.getVersion();
        Objective changed = objectives.saveObjective(o.getId(), seen, new ObjectiveInput(o.getCode(), "Bewusstsein stärken",
                null, owner.getId(), o.getDeadline(), Objective.Status.ACTIVE));
        assertTrue(changed.getVersion() > seen);
        assertThrows(ConflictException.class, () -> objectives.saveObjective(o.getId(), seen, new ObjectiveInput(o.getCode(),
                "Veraltete Fassung", null, owner.getId(), o.getDeadline(), Objective.Status.ACTIVE)), "a stale edit is refused");
        assertEquals("Bewusstsein stärken", objectives.objective(o.getId()).objective().getTitle());
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertTrue(objectives.objectives().stream().anyMatch(v -> v.objective().getId().equals(o.getId())), "readers see objectives");
        assertEquals(1, objectives.kpis(o.getId()).size());
        assertThrows(NotPermittedException.class, () -> objectives.recordMeasurement(k.getId(), LocalDate.now(), n("90"), null));
        assertThrows(NotPermittedException.class, () -> objectives.saveObjective(null, 0, new ObjectiveInput("Z-" + tag, "x", null,
                owner.getId(), LocalDate.now(), null)));
        assertTrue(objectives.kpi(k.getId()).measurements().isEmpty());
    }
}
