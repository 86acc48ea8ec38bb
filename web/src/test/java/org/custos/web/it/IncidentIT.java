package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.boundary.IncidentService.IncidentInput;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.control.ReportingDuties.Duty;
import org.custos.incidents.control.ReportingDuties.Kind;
import org.custos.incidents.entity.Incident;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.ReadinessService.Rule;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Risk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Incidents: reporting duties from the organisation's category with their deadlines (24 h, 72 h, a month;
 * GDPR 72 h), reports checked against detection, the timeline, closing only with lessons learned, and the
 * risks on a hit asset flagged for reassessment.
 */
@ExtendWith(ArquillianExtension.class)
public class IncidentIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(IncidentIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    IncidentService incidents;

    @Inject
    RiskService risks;

    @Inject
    AssetService assets;

    @Inject
    OrganisationService organisation;

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

    /** How many incidents the reporting rule lists (0 when it passes). */
    private int missed() {
        Rule r = readiness.isoRules().stream().filter(x -> x.code().equals("incidentReporting")).findFirst().orElseThrow();
        return r.arguments().isEmpty() ? 0 : Integer.parseInt(r.arguments().get(0));
    }

    private static Duty duty(List<Duty> duties, Kind kind) {
        return duties.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    public void dutiesFollowTheCategoryAndReportsAreCheckedAgainstDetection() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.READER);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        RegulatoryCategory category = organisation.organisation().orElseThrow().getRegulatoryCategory();
        boolean regulated = category != null && category != RegulatoryCategory.NONE;
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        Asset kis = assets.save(null, 0, new AssetService.AssetInput("KIS-" + tag, "KIS", Asset.Type.SERVICE, null, null, null,
                null, true, null, Set.of(), Map.of(), Set.of(), null));
        Risk risk = risks.save(null, 0, new RiskService.RiskInput("RI-" + tag, "Ransomware", null, risks.threats().get(38).getId(),
                null, null, owner.getId(), Set.of(kis.getId()), Set.of(), null, null, null, null, Set.of(), null));
        Instant detected = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);

        assertEquals("incident.occurred.afterDetection", assertThrows(ValidationException.class, () -> incidents.save(null, 0,
                new IncidentInput("I-" + tag, "x", null, Incident.Category.MALWARE, Incident.Severity.HIGH,
                        detected.plusSeconds(60), detected, true, true, Set.of()))).messageKey());
        assertEquals("incident.detected.invalid", assertThrows(ValidationException.class, () -> incidents.save(null, 0,
                new IncidentInput("I-" + tag, "x", null, Incident.Category.MALWARE, Incident.Severity.HIGH, null,
                        Instant.now().plus(Duration.ofHours(1)), true, true, Set.of()))).messageKey());

        Incident i = incidents.save(null, 0, new IncidentInput("I-" + tag, "Verschlüsselung auf dem KIS", null,
                Incident.Category.MALWARE, Incident.Severity.CRITICAL, detected.minus(Duration.ofHours(1)), detected, true, true,
                Set.of(kis.getId())));
        assertEquals("risk.flag.incident|I-" + tag, risks.risk(risk.getId()).risk().getReassessmentReason(),
                "an incident flags the risks on the assets it hit");
        assertTrue(risks.risk(risk.getId()).reassessmentDue());

        List<Duty> duties = incidents.incident(i.getId()).duties();
        assertEquals(detected.plus(Duration.ofHours(72)), duty(duties, Kind.GDPR_NOTIFICATION).dueAt());
        assertEquals(regulated ? 4 : 1, duties.size(), "category " + category);
        if (regulated) {
            assertEquals(detected.plus(Duration.ofHours(24)), duty(duties, Kind.BSI_EARLY_WARNING).dueAt());
            assertEquals(detected.plus(Duration.ofHours(72)), duty(duties, Kind.BSI_NOTIFICATION).dueAt());
            assertEquals(detected.plus(Duration.ofHours(72)).atZone(ReportingDuties.LEGAL_ZONE).plusMonths(1).toInstant(),
                    duty(duties, Kind.BSI_FINAL_REPORT).dueAt());
            assertEquals(ReportingDuties.State.DUE, duty(duties, Kind.BSI_EARLY_WARNING).state());
            assertEquals(Kind.BSI_EARLY_WARNING, incidents.incident(i.getId()).nextDeadline().kind(), "the 24 hours first");
        }

        assertEquals("incident.report.beforeDetection", assertThrows(ValidationException.class, () -> incidents.report(i.getId(),
                Kind.GDPR_NOTIFICATION, detected.minusSeconds(1), null)).messageKey(), "a reporting time before detection");
        assertEquals("incident.report.future", assertThrows(ValidationException.class, () -> incidents.report(i.getId(),
                Kind.GDPR_NOTIFICATION, Instant.now().plus(Duration.ofHours(2)), null)).messageKey());
        incidents.report(i.getId(), Kind.GDPR_NOTIFICATION, detected.plus(Duration.ofMinutes(90)), "LfD-1");
        assertEquals(ReportingDuties.State.ON_TIME, duty(incidents.incident(i.getId()).duties(), Kind.GDPR_NOTIFICATION).state());
        assertEquals("incident.report.already", assertThrows(ValidationException.class, () -> incidents.report(i.getId(),
                Kind.GDPR_NOTIFICATION, detected.plus(Duration.ofMinutes(100)), null)).messageKey());
        Incident current = incidents.incident(i.getId()).incident();
        assertEquals("incident.detected.reported", assertThrows(ValidationException.class, () -> incidents.save(i.getId(),
                current.getVersion(), new IncidentInput("I-" + tag, current.getTitle(), null, current.getCategory(),
                        current.getSeverity(), null, detected.minus(Duration.ofHours(5)), true, true, Set.of(kis.getId()))))
                .messageKey(), "deadlines already reported against do not move");

        Incident quiet = incidents.save(null, 0, new IncidentInput("J-" + tag, "Phishing ohne Folgen", null,
                Incident.Category.OTHER, Incident.Severity.LOW, null, detected, false, false, Set.of()));
        assertEquals(List.of(), incidents.incident(quiet.getId()).duties(), "nothing to report");
        assertEquals("incident.report.notDue", assertThrows(ValidationException.class, () -> incidents.report(quiet.getId(),
                Kind.GDPR_NOTIFICATION, detected.plusSeconds(60), null)).messageKey());

        assertEquals("incident.step.time", assertThrows(ValidationException.class, () -> incidents.addStep(i.getId(),
                detected.minus(Duration.ofHours(2)), "vorher")).messageKey());
        incidents.addStep(i.getId(), detected.plus(Duration.ofMinutes(10)), "Server isoliert");
        incidents.addStep(i.getId(), detected.plus(Duration.ofMinutes(5)), "Krisenstab informiert");
        assertEquals(List.of("Krisenstab informiert", "Server isoliert"), incidents.timeline(i.getId()).stream()
                .map(s -> s.getDescription()).toList(), "the timeline in the order things happened");

        // a personal data breach detected 80 hours ago and not notified: the certification rule says so
        int missed = missed();
        Incident breach = incidents.save(null, 0, new IncidentInput("L-" + tag, "Patientenliste im Altpapier", null,
                Incident.Category.PHYSICAL, Incident.Severity.MEDIUM, null, Instant.now().minus(Duration.ofHours(80)), false,
                true, Set.of()));
        assertEquals(ReportingDuties.State.OVERDUE, duty(incidents.incident(breach.getId()).duties(),
                Kind.GDPR_NOTIFICATION).state());
        assertEquals(missed + 1, missed(), "incident reporting deadlines not met");
        incidents.report(breach.getId(), Kind.GDPR_NOTIFICATION, Instant.now().minus(Duration.ofHours(1)), "LfD-2");
        assertEquals(ReportingDuties.State.LATE, duty(incidents.incident(breach.getId()).duties(),
                Kind.GDPR_NOTIFICATION).state());
        assertEquals(missed + 1, missed(), "a late report stays a missed deadline");

        Incident open = incidents.incident(i.getId()).incident();
        assertEquals("incident.lessons.required", assertThrows(ValidationException.class,
                () -> incidents.close(i.getId(), open.getVersion(), " ")).messageKey());
        Incident closed = incidents.close(i.getId(), open.getVersion(), "Offline-Backups haben funktioniert; MFA ausweiten.");
        assertEquals(Incident.Status.CLOSED, closed.getStatus());
        assertEquals("incident.closed", assertThrows(ValidationException.class, () -> incidents.save(i.getId(),
                closed.getVersion(), new IncidentInput("I-" + tag, "x", null, Incident.Category.MALWARE,
                        Incident.Severity.LOW, null, detected, true, true, Set.of()))).messageKey());
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertTrue(incidents.incidents().stream().anyMatch(v -> v.incident().getId().equals(i.getId())), "readers see incidents");
        assertThrows(NotPermittedException.class, () -> incidents.save(null, 0, new IncidentInput("K-" + tag, "x", null,
                Incident.Category.OTHER, Incident.Severity.LOW, null, detected, false, false, Set.of())));
    }
}
