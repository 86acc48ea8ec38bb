package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.entity.Incident;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.ActionInput;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityInput;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.ReadinessService.Rule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nonconformities (ISO 27001 10.2): opened from an incident, closed only with a root cause and every
 * corrective action done and checked for effectiveness by someone other than its owner and the one who
 * marked it done; an open major nonconformity fails the readiness rule until it is closed.
 */
@ExtendWith(ArquillianExtension.class)
public class NonconformityIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(NonconformityIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    NonconformityService nonconformities;

    @Inject
    IncidentService incidents;

    @Inject
    OrganisationService organisation;

    @Inject
    org.custos.objectives.boundary.ObjectiveService objectives;

    @Inject
    ReadinessService readiness;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private Rule rule() {
        return readiness.isoRules().stream().filter(r -> r.code().equals("nonconformities")).findFirst().orElseThrow();
    }

    private static String key(Runnable call) {
        return assertThrows(ValidationException.class, call::run).messageKey();
    }

    @Test
    public void aMajorNonconformityFromAnIncidentIsClosedOnlyAfterAnIndependentEffectivenessCheck() throws Exception {
        Person actionOwner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        String ownerName = actionOwner.getUser().getUsername();
        String checker = ItUsers.create(rules, tx, Role.ISMS_MANAGER);
        String manager = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now();

        Incident incident = incidents.save(null, 0, new IncidentService.IncidentInput("INC-" + tag, "Backups reachable", null,
                Incident.Category.MALWARE, Incident.Severity.HIGH, null, Instant.now().minus(Duration.ofHours(1)), false, false,
                Set.of()));
        Incident contained = incidents.contain(incident.getId(), incident.getVersion());
        assertEquals(Incident.Status.CONTAINED, contained.getStatus());
        assertEquals("incident.contain.notOpen", key(() -> incidents.contain(incident.getId(), contained.getVersion())));

        // clear errors, nothing stored
        assertEquals("nonconformity.detected.invalid", key(() -> nonconformities.openFromIncident(incident.getId(),
                new NonconformityInput("NC-" + tag, "x", null, Nonconformity.Grade.MAJOR, null, today.plusDays(1), null, null,
                        Set.of()))));
        assertEquals("nonconformity.grade.required", key(() -> nonconformities.save(null, 0,
                new NonconformityInput("NC-" + tag, "x", null, null, null, today, null, null, Set.of()))));

        Nonconformity nc = nonconformities.openFromIncident(incident.getId(), new NonconformityInput("NC-" + tag,
                "Backups reachable from the domain", "Found during the incident.", Nonconformity.Grade.MAJOR,
                actionOwner.getId(), today, "Backup servers taken out of the domain.", null, Set.of()));
        assertEquals(Nonconformity.Source.INCIDENT, nc.getSource());
        assertEquals(incident.getId(), nc.getIncidentId());
        assertEquals(List.of(nc.getId()), nonconformities.ofIncident(incident.getId()).stream().map(Nonconformity::getId).toList());
        assertEquals("nonconformity.code.taken", key(() -> nonconformities.save(null, 0, new NonconformityInput("nc-" + tag,
                "dup", null, Nonconformity.Grade.MINOR, null, today, null, null, Set.of()))));

        Rule open = rule();
        assertEquals(ReadinessService.RuleStatus.FAILED, open.status());
        assertTrue(open.arguments().get(1).contains("NC-" + tag), open.arguments().toString());

        // what keeps it open, in order
        assertEquals(List.of("nonconformity.close.rootCause", "nonconformity.close.noAction"),
                nonconformities.nonconformity(nc.getId()).openPoints());
        assertEquals("nonconformity.close.rootCause", key(() -> nonconformities.close(nc.getId(), nc.getVersion())));

        assertEquals("action.due.past", key(() -> nonconformities.saveAction(nc.getId(), null, 0,
                new ActionInput("Separate the backup network", actionOwner.getId(), today.minusDays(1), Set.of(), Set.of()))));
        assertEquals("action.owner.required", key(() -> nonconformities.saveAction(nc.getId(), null, 0,
                new ActionInput("Separate the backup network", null, today.plusDays(10), Set.of(), Set.of()))));
        CorrectiveAction first = nonconformities.saveAction(nc.getId(), null, 0,
                new ActionInput("Separate the backup network", actionOwner.getId(), today.plusDays(10), Set.of(), Set.of()));
        assertEquals("action.check.notDone", key(() -> nonconformities.checkEffectiveness(nc.getId(), first.getId(),
                first.getVersion(), true, today, "fine")));
        assertEquals("action.doneNote.required", key(() -> nonconformities.done(nc.getId(), first.getId(), first.getVersion(), " ")));
        CorrectiveAction done = nonconformities.done(nc.getId(), first.getId(), first.getVersion(), "Network separated.");
        assertEquals(CorrectiveAction.Status.DONE, done.getStatus());
        assertEquals("action.notOpen", key(() -> nonconformities.done(nc.getId(), first.getId(), done.getVersion(), "again")));

        // nobody checks their own work: not the one who marked it done, not the action's owner
        assertEquals("action.check.ownAction", key(() -> nonconformities.checkEffectiveness(nc.getId(), first.getId(),
                done.getVersion(), true, today, "looks good")));
        SecurityUtils.getSubject().logout();
        ItUsers.login(ownerName);
        assertEquals("action.check.ownAction", key(() -> nonconformities.checkEffectiveness(nc.getId(), first.getId(),
                done.getVersion(), true, today, "looks good")));
        SecurityUtils.getSubject().logout();

        ItUsers.login(checker);
        assertEquals("action.check.date", key(() -> nonconformities.checkEffectiveness(nc.getId(), first.getId(),
                done.getVersion(), true, today.plusDays(1), "tomorrow")));
        CorrectiveAction ineffective = nonconformities.checkEffectiveness(nc.getId(), first.getId(), done.getVersion(), false,
                today, "Backup server still reachable over SMB.");
        assertEquals(CorrectiveAction.Status.INEFFECTIVE, ineffective.getStatus());
        assertEquals(checker, ineffective.getCheckedBy());

        Nonconformity withCause = nonconformities.save(nc.getId(), nc.getVersion(), new NonconformityInput("NC-" + tag,
                nc.getTitle(), nc.getDescription(), nc.getGrade(), actionOwner.getId(), nc.getDetectedOn(), nc.getCorrection(),
                "The concept required offline backups; the implementation used domain accounts.", Set.of()));
        assertThrows(ConflictException.class, () -> nonconformities.save(nc.getId(), nc.getVersion(), new NonconformityInput(
                "NC-" + tag, "stale", null, Nonconformity.Grade.MAJOR, null, today, null, null, Set.of())));
        assertEquals("nonconformity.close.noneEffective", key(() -> nonconformities.close(nc.getId(), withCause.getVersion())));

        CorrectiveAction second = nonconformities.saveAction(nc.getId(), null, 0, new ActionInput("Close SMB to the backup "
                + "network, immutable storage", actionOwner.getId(), today.plusDays(5), Set.of(), Set.of()));
        assertEquals("nonconformity.close.actionOpen", key(() -> nonconformities.close(nc.getId(), withCause.getVersion())));
        CorrectiveAction secondDone = nonconformities.done(nc.getId(), second.getId(), second.getVersion(), "SMB closed.");
        assertEquals("nonconformity.close.unchecked", key(() -> nonconformities.close(nc.getId(), withCause.getVersion())));
        SecurityUtils.getSubject().logout();

        ItUsers.login(manager);
        nonconformities.checkEffectiveness(nc.getId(), second.getId(), secondDone.getVersion(), true, today,
                "Penetration test: backup network unreachable from the domain.");
        Nonconformity closed = nonconformities.close(nc.getId(), withCause.getVersion());
        assertTrue(closed.isClosed());
        assertEquals(manager, closed.getClosedBy());
        assertEquals("nonconformity.closed", key(() -> nonconformities.saveAction(nc.getId(), null, 0,
                new ActionInput("late", actionOwner.getId(), today.plusDays(1), Set.of(), Set.of()))));
        assertFalse(rule().arguments().size() > 1 && rule().arguments().get(1).contains("NC-" + tag),
                "a closed nonconformity no longer fails the rule: " + rule().arguments());
        SecurityUtils.getSubject().logout();

        // a reader sees, but cannot change
        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertEquals(2, nonconformities.nonconformity(nc.getId()).actions().size());
        assertThrows(NotPermittedException.class, () -> nonconformities.save(null, 0, new NonconformityInput("NC-R" + tag,
                "x", null, Nonconformity.Grade.MINOR, null, today, null, null, Set.of())));
    }

    @Test
    public void aKpiOpensANonconformityOnlyOnceItMissedItsTarget() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        var objective = objective("OBJ-" + tag, "Restore works", owner);
        var kpi = objectives.saveKpi(objective.getId(), null, 0, new org.custos.objectives.boundary.ObjectiveService.KpiInput(
                "K-" + tag, "Successful restore tests", null, "%", org.custos.objectives.entity.Kpi.Direction.HIGHER_IS_BETTER,
                new java.math.BigDecimal("100"), new java.math.BigDecimal("95"), new java.math.BigDecimal("90"),
                org.custos.objectives.entity.Kpi.Frequency.MONTHLY, owner.getId(), org.custos.objectives.entity.Kpi.Source.MANUAL));
        NonconformityInput in = new NonconformityInput("NC-K" + tag, "Restore tests failed", null, Nonconformity.Grade.MINOR,
                owner.getId(), today, null, null, Set.of());
        assertEquals("nonconformity.kpi.notMissed", key(() -> nonconformities.openFromKpi(kpi.getId(), in)), "never measured");
        objectives.recordMeasurement(kpi.getId(), today.minusDays(1), new java.math.BigDecimal("97"), null);
        assertEquals("nonconformity.kpi.notMissed", key(() -> nonconformities.openFromKpi(kpi.getId(), in)), "met");
        objectives.recordMeasurement(kpi.getId(), today, new java.math.BigDecimal("80"), "two of ten restores failed");
        Nonconformity nc = nonconformities.openFromKpi(kpi.getId(), in);
        assertEquals(Nonconformity.Source.KPI, nc.getSource());
        assertEquals(kpi.getId(), nc.getKpiId());
    }

    @Test
    public void computedKpisCountOpenMajorNonconformitiesAndTheDaysCorrectiveActionsTake() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        var objective = objective("OBJ-M" + tag, "Certification stays safe", owner);
        Nonconformity major = nonconformities.save(null, 0, new NonconformityInput("NC-M" + tag, "Leavers keep access", null,
                Nonconformity.Grade.MAJOR, owner.getId(), today, null, null, Set.of()));
        CorrectiveAction action = nonconformities.saveAction(major.getId(), null, 0, new ActionInput("Leaver process",
                owner.getId(), today.plusDays(5), Set.of(), Set.of()));
        nonconformities.done(major.getId(), action.getId(), action.getVersion(), "Process in force.");

        long openMajor = nonconformities.nonconformities().stream().map(NonconformityService.NonconformityView::nonconformity)
                .filter(n -> n.getStatus() != Nonconformity.Status.CLOSED && n.getGrade() == Nonconformity.Grade.MAJOR).count();
        assertTrue(openMajor >= 1);
        assertEquals(0, java.math.BigDecimal.valueOf(openMajor).compareTo(measure(objective.getId(), "KM-" + tag,
                org.custos.objectives.entity.Kpi.Source.OPEN_MAJOR_NONCONFORMITIES, owner)), "open major nonconformities, counted");

        // the mean of every action completed in the last year, this one (done within seconds) included
        Instant yearAgo = today.minusYears(1).plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant();
        List<CorrectiveAction> completed = nonconformities.actions().stream()
                .filter(a -> a.getDoneAt() != null && !a.getDoneAt().isBefore(yearAgo)).toList();
        assertTrue(completed.stream().anyMatch(a -> a.getId().equals(action.getId())));
        double days = completed.stream().mapToLong(a -> Duration.between(a.getCreatedAt(), a.getDoneAt()).getSeconds()).sum()
                / 86400.0 / completed.size();
        java.math.BigDecimal measured = measure(objective.getId(), "KD-" + tag,
                org.custos.objectives.entity.Kpi.Source.CORRECTIVE_ACTION_DAYS, owner);
        assertEquals(days, measured.doubleValue(), 0.051, "mean days from creation to completion, one decimal");
    }

    private org.custos.objectives.entity.Objective objective(String code, String title, Person owner) {
        return objectives.saveObjective(null, 0, new org.custos.objectives.boundary.ObjectiveService.ObjectiveInput(code, title,
                null, owner.getId(), LocalDate.now().plusMonths(6), org.custos.objectives.entity.Objective.Status.ACTIVE));
    }

    private java.math.BigDecimal measure(long objectiveId, String code, org.custos.objectives.entity.Kpi.Source source,
            Person owner) {
        var kpi = objectives.saveKpi(objectiveId, null, 0, new org.custos.objectives.boundary.ObjectiveService.KpiInput(code,
                "Computed " + code, null, null, org.custos.objectives.entity.Kpi.Direction.LOWER_IS_BETTER,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN,
                org.custos.objectives.entity.Kpi.Frequency.MONTHLY, owner.getId(), source));
        return objectives.measureNow(kpi.getId()).getValue();
    }
}
