package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.audits.boundary.AuditProgrammeService;
import org.custos.audits.boundary.AuditProgrammeService.AuditInput;
import org.custos.audits.boundary.AuditProgrammeService.FindingInput;
import org.custos.audits.control.AuditCoverage;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.AuditItem;
import org.custos.audits.entity.Finding;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityInput;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audits (9.2): nobody audits their own unit, the checklist follows the requirements in scope and must be
 * complete before the audit is, a completed internal audit passes the certification rule; findings name
 * requirements, major and minor ones raise one nonconformity each; external auditors record findings for
 * external audits of standards in their scope only.
 */
@ExtendWith(ArquillianExtension.class)
public class ProgrammeAuditsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(ProgrammeAuditsIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    AuditProgrammeService audits;

    @Inject
    NonconformityService nonconformities;

    @Inject
    OrganisationService organisation;

    @Inject
    StandardsService standards;

    @Inject
    AuditorService auditors;

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

    private static String key(Runnable call) {
        return assertThrows(ValidationException.class, call::run).messageKey();
    }

    private long standardId(String code) {
        return standards.list().stream().map(StandardSummary::standard).filter(s -> s.getCode().equals(code))
                .findFirst().orElseThrow().getId();
    }

    private static AuditCoverage.Row unitRow(AuditCoverage.Coverage coverage, String unit) {
        return coverage.rows().stream().filter(r -> unit.equals(r.unit())).findFirst().orElseThrow();
    }

    private ReadinessService.Rule rule(String code) {
        return readiness.isoRules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private Requirement requirement(long standard, String refId) {
        return standards.requirements(standard).stream().filter(r -> r.getRefId().equals(refId)).findFirst().orElseThrow();
    }

    @Test
    public void anInternalAuditIsIndependentCompleteAndItsFindingsRaiseNonconformities() throws Exception {
        RiskFixtures.person(rules, tx, organisation, Role.READER); // an organisation profile exists
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        OrgUnit it = organisation.createUnit("IT " + tag, OrgUnit.Kind.SITE, null, null);
        OrgUnit servers = organisation.createUnit("Server " + tag, OrgUnit.Kind.DEPARTMENT, it.getId(), null);
        OrgUnit quality = organisation.createUnit("QM " + tag, OrgUnit.Kind.SITE, null, null);
        Person admin = organisation.createPerson("Sam Server " + tag, null, null, servers.getId(), null);
        Person auditor = organisation.createPerson("Quinn Quality " + tag, null, null, quality.getId(), null);
        long iso = standardId("ISO27001");
        Requirement policies = requirement(iso, "A.5.1");
        Requirement access = requirement(iso, "A.5.15");
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);

        int year = LocalDate.now().getYear();
        // someone below an audited unit is no independent auditor
        assertEquals("audits.independence", key(() -> audits.save(null, 0, new AuditInput("IA-" + tag, "IT", Audit.Kind.INTERNAL,
                2026, iso, null, auditor.getId(), null, null, Set.of(admin.getId()), Set.of(it.getId()),
                Set.of(policies.getId())))));
        assertEquals("audits.requirement.otherStandard", key(() -> audits.save(null, 0, new AuditInput("IA-" + tag, "IT",
                Audit.Kind.INTERNAL, 2026, standardId("NIS2-ART21"), null, auditor.getId(), null, null, Set.of(),
                Set.of(it.getId()), Set.of(policies.getId())))));
        Audit audit = audits.save(null, 0, new AuditInput("IA-" + tag, "Internal audit IT", Audit.Kind.INTERNAL, year, iso, null,
                auditor.getId(), LocalDate.now(), LocalDate.now(), Set.of(), Set.of(it.getId()),
                Set.of(policies.getId(), access.getId())));
        AuditCoverage.Coverage coverage = audits.coverage(year, 3);
        assertEquals(List.of(year - 2, year - 1, year), coverage.years());
        AuditCoverage.Row annexA5 = coverage.rows().stream().filter(r -> "A.5".equals(r.refId())).findFirst().orElseThrow();
        assertTrue(annexA5.cover() != AuditCoverage.Cover.OPEN && annexA5.audits().get(year) >= 1,
                "A.5.1 and A.5.15 lie in the theme A.5");
        assertEquals(AuditCoverage.Cover.PLANNED, unitRow(coverage, "Server " + tag).cover(),
                "auditing a unit takes in the units below it; planned, it does not cover them yet");
        assertEquals(AuditCoverage.Cover.OPEN, unitRow(coverage, "QM " + tag).cover());
        ReadinessService.Rule programme = rule("auditProgramme");
        assertEquals(ReadinessService.RuleStatus.FAILED, programme.status(), "a unit no audit of the cycle takes in");
        assertEquals(String.valueOf(coverage.open().size()), programme.arguments().get(0));
        AuditProgrammeService.AuditView view = audits.audit(audit.getId());
        assertEquals(2, view.items().size(), "one checklist item per requirement in scope");
        AuditItem first = view.items().get(0).item();
        assertEquals("audits.notRunning", key(() -> audits.record(first.getId(), first.getVersion(), AuditItem.Result.CONFORM, null)));
        Audit started = audits.start(audit.getId(), audit.getVersion());
        assertEquals("audits.item.noteRequired", key(() -> audits.record(first.getId(), first.getVersion(),
                AuditItem.Result.NONCONFORM, " ")));
        audits.record(first.getId(), first.getVersion(), AuditItem.Result.CONFORM, "Policy approved and published.");
        assertEquals("audits.complete.openItems", key(() -> audits.complete(audit.getId(), started.getVersion(), LocalDate.now(),
                "done")));
        AuditItem second = audits.audit(audit.getId()).items().get(1).item();
        audits.record(second.getId(), second.getVersion(), AuditItem.Result.NONCONFORM, "Leavers keep their accounts.");

        // findings name requirements; nonconformities raise one nonconformity each, with their grade
        assertEquals("finding.requirement.required", key(() -> audits.addFinding(audit.getId(), new FindingInput("F-1",
                Finding.Kind.MAJOR, "Leavers keep access", Set.of(), Set.of()))));
        Finding major = audits.addFinding(audit.getId(), new FindingInput("F-1", Finding.Kind.MAJOR,
                "7 of 40 leavers kept active accounts for more than 30 days.", Set.of(access.getId()), Set.of()));
        Finding observation = audits.addFinding(audit.getId(), new FindingInput("F-2", Finding.Kind.OBSERVATION,
                "Access reviews are documented in e-mails.", Set.of(), Set.of()));
        assertEquals("finding.code.taken", key(() -> audits.addFinding(audit.getId(), new FindingInput("f-1",
                Finding.Kind.OPPORTUNITY, "x", Set.of(), Set.of()))));
        NonconformityInput in = new NonconformityInput("NC-" + tag, "Leavers keep access", null, null, null, LocalDate.now(),
                null, null, null);
        Nonconformity nc = nonconformities.raiseFromFinding(major.getId(), in);
        assertEquals(Nonconformity.Grade.MAJOR, nc.getGrade());
        assertEquals(Nonconformity.Source.FINDING, nc.getSource());
        assertEquals(major.getId(), nc.getFindingId());
        assertEquals(Set.of(access.getId()), nc.getRequirementIds());
        assertEquals("finding.alreadyRaised", key(() -> nonconformities.raiseFromFinding(major.getId(), in)));
        assertEquals("finding.notNonconformity", key(() -> nonconformities.raiseFromFinding(observation.getId(), in)));
        assertTrue(readiness.isoRules().stream().filter(r -> r.code().equals("nonconformities")).findFirst().orElseThrow()
                .arguments().get(1).contains("NC-" + tag), "the major finding's nonconformity fails 10.2");

        Audit done = audits.complete(audit.getId(), audits.audit(audit.getId()).audit().getVersion(), LocalDate.now(),
                "Access management needs a leaver process; policies in order.");
        assertEquals(Audit.Status.COMPLETED, done.getStatus());
        assertEquals("audits.completed", key(() -> audits.addFinding(audit.getId(), new FindingInput("F-3",
                Finding.Kind.OPPORTUNITY, "late", Set.of(), Set.of()))));
        assertEquals(ReadinessService.RuleStatus.PASSED, rule("internalAudit").status());
        AuditCoverage.Coverage after = audits.coverage(year, 3);
        assertEquals(AuditCoverage.Cover.COMPLETED, unitRow(after, "Server " + tag).cover(), "completed, the audit covers");
        assertEquals(Map.of(year, 1), unitRow(after, "Server " + tag).completed());
        assertTrue(after.rows().stream().filter(r -> "A.5".equals(r.refId())).findFirst().orElseThrow().covered());
        assertTrue(audits.lastInternalSince(LocalDate.now().minusMonths(12)).isPresent());
    }

    @Test
    public void externalAuditorsRecordFindingsOnlyInTheirScope() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        long iso = standardId("ISO27001");
        long nis2 = standardId("NIS2-ART21");
        Requirement access = requirement(iso, "A.5.15");
        Requirement nis2Requirement = standards.requirements(nis2).stream().filter(Requirement::isAssessable).findFirst()
                .orElseThrow();
        String isoAuditor = "aud-" + tag.toLowerCase(Locale.ROOT);
        auditors.create(isoAuditor, "Paula Prüfer", null, "CertCo", LocalDate.now().plusDays(30), ItUsers.PASSWORD, Set.of(iso),
                Set.of());
        assertEquals("audits.body.required", key(() -> audits.save(null, 0, new AuditInput("S2-" + tag, "Stage 2",
                Audit.Kind.CERTIFICATION_STAGE2, 2026, iso, null, null, null, null, Set.of(), Set.of(), Set.of()))));
        Audit stage2 = audits.save(null, 0, new AuditInput("S2-" + tag, "Stage 2", Audit.Kind.CERTIFICATION_STAGE2, 2026, iso,
                "CertCo GmbH", null, LocalDate.now(), LocalDate.now().plusDays(2), Set.of(), Set.of(), Set.of()));
        Audit nis2Proof = audits.save(null, 0, new AuditInput("BSIG-" + tag, "Proof audit", Audit.Kind.BSIG_PROOF, 2026, nis2,
                "Prüfstelle AG", null, null, null, Set.of(), Set.of(), Set.of()));
        Audit internal = audits.save(null, 0, new AuditInput("IA2-" + tag, "Internal", Audit.Kind.INTERNAL, 2026, iso, null, null,
                null, null, Set.of(), Set.of(), Set.of()));
        SecurityUtils.getSubject().logout();

        ItUsers.login(isoAuditor);
        Finding major = audits.addFinding(stage2.getId(), new FindingInput("F-1", Finding.Kind.MAJOR,
                "No evidence of access reviews in 2026.", Set.of(access.getId()), Set.of()));
        assertEquals(isoAuditor, major.getRecordedBy());
        assertTrue(audits.findings().stream().anyMatch(f -> f.getId().equals(major.getId())));
        assertTrue(audits.audits().stream().noneMatch(a -> a.getId().equals(nis2Proof.getId())), "outside the scope: not listed");
        assertThrows(NotPermittedException.class, () -> audits.addFinding(nis2Proof.getId(), new FindingInput("F-1",
                Finding.Kind.MINOR, "x", Set.of(nis2Requirement.getId()), Set.of())));
        assertThrows(NotPermittedException.class, () -> audits.addFinding(internal.getId(), new FindingInput("F-1",
                Finding.Kind.OBSERVATION, "x", Set.of(), Set.of())), "internal audits are the organisation's own");
        assertThrows(NotPermittedException.class, () -> audits.save(stage2.getId(), stage2.getVersion(), new AuditInput("S2-" + tag,
                "changed", Audit.Kind.CERTIFICATION_STAGE2, 2026, iso, "CertCo GmbH", null, null, null, Set.of(), Set.of(),
                Set.of())), "auditors record findings, they do not plan audits");
        assertThrows(NotPermittedException.class, () -> nonconformities.raiseFromFinding(major.getId(), new NonconformityInput(
                "NC-A" + tag, "x", null, null, null, LocalDate.now(), null, null, null)));
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Nonconformity nc = nonconformities.raiseFromFinding(major.getId(), new NonconformityInput("NC-A" + tag,
                "Access reviews missing", null, null, null, LocalDate.now(), null, null, null));
        assertEquals(Nonconformity.Grade.MAJOR, nc.getGrade());
        assertEquals(nc.getId(), nonconformities.ofFinding(major.getId()).orElseThrow().getId());
    }
}
