package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Measure;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.ReadinessService.Rule;
import org.custos.readiness.boundary.ReadinessService.RuleStatus;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.AssetService.AssetInput;
import org.custos.risk.boundary.OpportunityService;
import org.custos.risk.boundary.RiskCriteriaService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.boundary.RiskService.AssessmentInput;
import org.custos.risk.boundary.RiskService.RiskInput;
import org.custos.risk.boundary.RiskService.RiskView;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.custos.risk.entity.Opportunity;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.Threat;
import org.custos.risk.entity.Treatment;
import org.custos.roles.boundary.RoleService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The risk register: levels from the approved criteria's matrix, every assessment kept, the owner's
 * sign-off of a residual risk above the threshold (never the assessor's, never anybody else's), reopened
 * by any change; a changed asset flags its risks; the certification rules 8.2, 8.3 and 6.1.3 f.
 */
@ExtendWith(ArquillianExtension.class)
public class RiskRegisterIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(RiskRegisterIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    RiskService risks;

    @Inject
    RiskCriteriaService criteria;

    @Inject
    AssetService assets;

    @Inject
    MeasureService measures;

    @Inject
    OpportunityService opportunities;

    @Inject
    OrganisationService organisation;

    @Inject
    ReadinessService readiness;

    @Inject
    RoleService roles;

    @Inject
    AuditService audit;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    }

    private Person person(String role) throws Exception {
        return RiskFixtures.person(rules, tx, organisation, role);
    }

    private void approvedCriteria() throws Exception {
        RiskFixtures.approvedCriteria(rules, tx, organisation, criteria, roles);
    }

    private RiskInput input(String code, Threat threat, Person owner, Set<Long> assetIds, String vulnerability) {
        return new RiskInput(code, "Ransomware im " + code, "Verschlüsselung der Patientendaten", threat.getId(), null,
                vulnerability, owner.getId(), assetIds, Set.of(), null, null, null, null, Set.of(), null);
    }

    private Asset asset(String code, Need confidentiality) {
        return assets.save(null, 0, new AssetInput(code, "System " + code, Asset.Type.IT_SYSTEM, null, null, "RZ", null, true,
                null, Set.of(), Map.of(Objective.CONFIDENTIALITY, confidentiality), Set.of(), null));
    }

    private Rule rule(String code) {
        return readiness.isoRules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** How many things a risk rule lists (other tests' data is there too, so tests compare before and after). */
    private int count(String code) {
        Rule r = rule(code);
        if (r.status() == RuleStatus.PASSED || r.arguments().isEmpty()) {
            return 0;
        }
        return Integer.parseInt(r.arguments().get("riskAssessment".equals(code) ? 1 : 0));
    }

    /** Whether a rule names a code; only the first ten are named, so beyond that it cannot tell. */
    private boolean names(String rule, String code) {
        return count(rule) > 10 || rule(rule).arguments().toString().contains(code);
    }

    @Test
    public void levelsComeFromTheApprovedMatrixAndEveryAssessmentIsKept() throws Exception {
        approvedCriteria();
        Person owner = person(Role.READER);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Threat malware = risks.threats().stream().filter(t -> t.getCode().equals("G 0.39")).findFirst().orElseThrow();
        assertEquals("Schadprogramme", malware.getNameDe());
        assertEquals(47, risks.threats().stream().filter(t -> t.getSource() == Threat.Source.BSI).count(),
                "the BSI elementary threats G 0.1 to G 0.47");
        String tag = tag();
        Risk r = risks.save(null, 0, input("R-" + tag, malware, owner, Set.of(), "Ungepatchte Server"));
        var matrix = criteria.matrix(criteria.approved().getId());

        assertEquals("risk.likelihood.range", assertThrows(ValidationException.class, () -> risks.assess(r.getId(),
                r.getVersion(), new AssessmentInput(matrix.likelihoodLevels() + 1, 1, 1, 1, null, null, null))).messageKey());
        assertEquals("risk.residual.aboveInherent", assertThrows(ValidationException.class, () -> risks.assess(r.getId(),
                r.getVersion(), new AssessmentInput(2, 2, 3, 2, null, null, null))).messageKey());
        assertEquals("risk.category.unknown", assertThrows(ValidationException.class, () -> risks.assess(r.getId(),
                r.getVersion(), new AssessmentInput(2, 2, 1, 1, "NO_SUCH", null, null))).messageKey());

        RiskAssessment first = risks.assess(r.getId(), r.getVersion(), new AssessmentInput(4, 4, 3, 2, "CONFIDENTIALITY",
                "Erstbewertung", null));
        assertEquals(matrix.level(4, 4), first.getInherentLevel());
        assertEquals(matrix.level(3, 2), first.getResidualLevel());
        assertEquals(criteria.approved().getId(), first.getCriteria().getId(), "the assessment names its criteria version");
        RiskView v = risks.risk(r.getId());
        assertEquals(LocalDate.now().plusMonths(12), v.risk().getNextReassessment(), "reassessed a year later by default");
        assertEquals("error.concurrentEdit", assertThrows(ConflictException.class, () -> risks.assess(r.getId(),
                r.getVersion(), new AssessmentInput(1, 1, 1, 1, null, null, null))).messageKey(), "the old version is refused");

        RiskAssessment second = risks.assess(r.getId(), v.risk().getVersion(), new AssessmentInput(3, 3, 1, 1, null,
                "Nach Segmentierung", LocalDate.now().plusMonths(6)));
        assertEquals(2, second.getNumber());
        List<RiskAssessment> trend = risks.assessments(r.getId());
        assertEquals(List.of(2, 1), trend.stream().map(RiskAssessment::getNumber).toList(), "every assessment kept, newest first");
        assertEquals(LocalDate.now().plusMonths(6), risks.risk(r.getId()).risk().getNextReassessment());

        var heat = risks.heatMap(true, RiskService.Filter.OPEN);
        assertTrue(heat.cell(1, 1).riskIds().contains(r.getId()), "the residual heat map shows the risk in its cell");
        assertTrue(risks.heatMap(false, RiskService.Filter.OPEN).cell(3, 3).riskIds().contains(r.getId()));
        assertTrue(risks.risks(new RiskService.Filter(null, null, null, null, null, false, tag)).stream()
                .anyMatch(x -> x.risk().getId().equals(r.getId())), "found by its code");
        assertEquals("risk.delete.assessed", assertThrows(ValidationException.class,
                () -> risks.delete(r.getId(), risks.risk(r.getId()).risk().getVersion())).messageKey(),
                "an assessed risk stays on record");
    }

    @Test
    public void onlyTheOwnerAcceptsAResidualRiskAboveTheThresholdAndAnyChangeReopensIt() throws Exception {
        approvedCriteria();
        Person owner = person(Role.READER);
        Person assessorWhoOwns = person(Role.EDITOR);
        String assessor = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Threat threat = risks.threats().get(22);
        String tag = tag();
        Measure backup = measures.save(null, 0, new MeasureService.MeasureInput("M-" + tag, "Offline-Backup", null, null,
                Measure.Status.PLANNED, null, Set.of(), Set.of()));
        // several assets: the seal must not depend on the order a reloaded collection comes in
        Set<Long> on = Set.of(asset("DB-" + tag, Need.HIGH).getId(), asset("WEB-" + tag, Need.NORMAL).getId(),
                asset("APP-" + tag, Need.NORMAL).getId());
        int pending = count("riskAcceptance");
        Risk r = risks.save(null, 0, input("A-" + tag, threat, owner, on, "Flaches Netz"));
        RiskAssessment high = risks.assess(r.getId(), r.getVersion(), new AssessmentInput(4, 4, 4, 4, null, "hoch", null));
        assertTrue(high.needsAcceptance(), high.getResidualLevel() + " above " + high.getThreshold());
        assertEquals(Acceptance.PENDING, risks.risk(r.getId()).acceptance());
        assertEquals(pending + 1, count("riskAcceptance"), "6.1.3 f counts the unaccepted risk");
        assertTrue(names("riskAcceptance", "A-" + tag));
        long version = risks.risk(r.getId()).risk().getVersion();
        assertEquals("risk.accept.notOwner", assertThrows(ValidationException.class,
                () -> risks.accept(r.getId(), version, "passt")).messageKey(), "the assessor is not the owner");
        SecurityUtils.getSubject().logout();

        // a risk its owner assessed alone: the owner may not accept it
        ItUsers.login(assessorWhoOwns.getUser().getUsername());
        Risk own = risks.save(null, 0, input("B-" + tag, threat, assessorWhoOwns, Set.of(), "keine"));
        risks.assess(own.getId(), own.getVersion(), new AssessmentInput(4, 4, 4, 4, null, null, null));
        long ownVersion = risks.risk(own.getId()).risk().getVersion();
        assertEquals("risk.accept.ownAssessment", assertThrows(ValidationException.class,
                () -> risks.accept(own.getId(), ownVersion, "passt schon")).messageKey(), "never by the author alone");
        SecurityUtils.getSubject().logout();

        ItUsers.login(owner.getUser().getUsername());
        assertEquals("risk.accept.note", assertThrows(ValidationException.class,
                () -> risks.accept(r.getId(), version, " ")).messageKey(), "an acceptance gives its reason");
        assertThrows(NotPermittedException.class, () -> risks.save(r.getId(), version,
                input("A-" + tag, threat, owner, Set.of(), "x")), "a reader owns risks but does not edit them");
        Risk accepted = risks.accept(r.getId(), version, "Budget 2027 beantragt, Restrisiko bis dahin getragen");
        RiskView v = risks.risk(r.getId());
        assertEquals(Acceptance.ACCEPTED, v.acceptance());
        assertEquals(owner.getUser().getUsername(), accepted.getAcceptedBy());
        assertNotNull(accepted.getAcceptedAt());
        assertTrue(risks.acceptanceIntact(r.getId()), "the accepted state is sealed");
        assertEquals("risk.accept.already", assertThrows(ValidationException.class,
                () -> risks.accept(r.getId(), accepted.getVersion(), "nochmal")).messageKey());
        assertEquals(pending + 1, count("riskAcceptance"), "A is accepted, B (assessed by its owner) is not");
        SecurityUtils.getSubject().logout();

        // any later change reopens it; the assessment keeps the record of its acceptance
        ItUsers.login(assessor);
        Risk changed = risks.save(r.getId(), accepted.getVersion(), new RiskInput("A-" + tag, accepted.getTitle(),
                accepted.getDescription(), threat.getId(), null, "Flaches Netz, jetzt mit VPN", owner.getId(), on,
                Set.of(), Treatment.MITIGATE, "Segmentierung", owner.getId(), LocalDate.now().plusMonths(3),
                Set.of(backup.getId()), null));
        assertNull(changed.getAcceptedBy());
        assertEquals(Acceptance.PENDING, risks.risk(r.getId()).acceptance());
        assertFalse(risks.acceptanceIntact(r.getId()));
        RiskAssessment record = risks.assessments(r.getId()).get(0);
        assertEquals(owner.getUser().getUsername(), record.getAcceptedBy(), "who accepted stays on record");
        assertNotNull(record.getReopenedAt());
        assertTrue(audit.search(new AuditQuery(null, "Risk", String.valueOf(r.getId()), null, null), 0, 50).stream()
                .anyMatch(a -> "REOPENED".equals(a.getAction())), "the reopening is audited");
        assertTrue(risks.risk(r.getId()).planComplete(), "treatment, owner, due date and a measure");

        Risk within = risks.save(null, 0, input("C-" + tag, threat, owner, Set.of(), "—"));
        risks.assess(within.getId(), within.getVersion(), new AssessmentInput(2, 2, 1, 1, null, null, null));
        assertEquals(Acceptance.WITHIN_THRESHOLD, risks.risk(within.getId()).acceptance());
        SecurityUtils.getSubject().logout();
        ItUsers.login(owner.getUser().getUsername());
        assertEquals("risk.accept.notNeeded", assertThrows(ValidationException.class, () -> risks.accept(within.getId(),
                risks.risk(within.getId()).risk().getVersion(), "ok")).messageKey());
    }

    @Test
    public void aChangedAssetFlagsItsRisksAndTheCertificationRulesFollowTheRegister() throws Exception {
        approvedCriteria();
        Person owner = person(Role.READER);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = tag();
        Threat threat = risks.threats().get(0);
        Risk other = risks.save(null, 0, input("D-" + tag, threat, owner, Set.of(), "—"));
        risks.assess(other.getId(), other.getVersion(), new AssessmentInput(1, 1, 1, 1, null, null, null));
        assertEquals(RuleStatus.PASSED, rule("riskCriteria").status(), "6.1.2: criteria approved");
        int uncovered = count("riskAssessment");
        Asset pacs = asset("PACS-" + tag, Need.VERY_HIGH);
        assertEquals(uncovered + 1, count("riskAssessment"), "8.2: a very-high asset without an assessed risk");
        assertEquals(RuleStatus.FAILED, rule("riskAssessment").status());
        assertTrue(names("riskAssessment", pacs.getCode()));
        Asset printer = asset("PRN-" + tag, Need.NORMAL);
        assertEquals(uncovered + 1, count("riskAssessment"), "normal needs need no risk of their own");

        Risk r = risks.save(null, 0, input("F-" + tag, threat, owner, Set.of(pacs.getId()), "Serverraum ohne Löschanlage"));
        assertEquals(uncovered + 1, count("riskAssessment"), "identified is not assessed");
        risks.assess(r.getId(), r.getVersion(), new AssessmentInput(2, 3, 1, 2, null, null, null));
        assertEquals(uncovered, count("riskAssessment"), "covered by an assessed risk");
        assertFalse(risks.risk(r.getId()).reassessmentDue());
        int due = count("riskReassessment");
        int incomplete = count("riskTreatment");

        Asset current = assets.asset(pacs.getId()).asset();
        assets.save(current.getId(), current.getVersion(), new AssetInput(current.getCode(), current.getName(),
                Asset.Type.MEDICAL_DEVICE, null, null, "RZ", null, true, null, Set.of(),
                Map.of(Objective.CONFIDENTIALITY, Need.VERY_HIGH, Objective.AVAILABILITY, Need.HIGH), Set.of(), null));
        RiskView flagged = risks.risk(r.getId());
        assertTrue(flagged.reassessmentDue(), "a changed asset flags the risks on it");
        assertEquals("risk.flag.assetChanged|" + pacs.getCode(), flagged.risk().getReassessmentReason());
        assertTrue(risks.reassessmentsDue().stream().anyMatch(x -> x.risk().getId().equals(r.getId())));
        assertEquals(due + 1, count("riskReassessment"), "8.2: no risk past reassessment or flagged");
        assertTrue(names("riskReassessment", "F-" + tag));

        risks.assess(r.getId(), flagged.risk().getVersion(), new AssessmentInput(2, 3, 1, 2, null, "neu bewertet", null));
        assertFalse(risks.risk(r.getId()).reassessmentDue(), "the new assessment clears the flag");
        assertEquals(due, count("riskReassessment"));

        // a reassessment date that has passed makes it overdue
        Risk late = risks.risk(r.getId()).risk();
        risks.save(late.getId(), late.getVersion(), new RiskInput(late.getCode(), late.getTitle(), null, threat.getId(), null,
                late.getVulnerability(), owner.getId(), Set.of(pacs.getId()), Set.of(), Treatment.MITIGATE, "Löschanlage",
                null, null, Set.of(), LocalDate.now().minusDays(1)));
        assertTrue(risks.risks(new RiskService.Filter(null, null, true, null, null, false, null)).stream()
                .anyMatch(x -> x.risk().getId().equals(r.getId())), "listed as overdue");
        assertEquals(due + 1, count("riskReassessment"), "past its date");
        assertEquals(incomplete + 1, count("riskTreatment"), "8.3: a plan without owner and due date");
        assertEquals("asset.hasRisks", assertThrows(ValidationException.class, () -> assets.delete(pacs.getId(),
                assets.asset(pacs.getId()).asset().getVersion())).messageKey());

        Risk closed = risks.close(r.getId(), risks.risk(r.getId()).risk().getVersion(), "Gerät ausgemustert");
        assertTrue(closed.isClosed());
        assertEquals(due, count("riskReassessment"), "closed risks are not due");
        assertEquals(incomplete, count("riskTreatment"));
        assertTrue(risks.risks(RiskService.Filter.OPEN).stream().noneMatch(x -> x.risk().getId().equals(r.getId())));

        Opportunity o = opportunities.save(null, 0, new OpportunityService.OpportunityInput("O-" + tag, "SIEM gemeinsam mit "
                + "dem Verbund", null, "Geteilte Kosten", owner.getId(), Opportunity.Status.OPEN, LocalDate.now().minusDays(1)));
        assertTrue(opportunities.overdue(LocalDate.now()).stream().anyMatch(x -> x.getId().equals(o.getId())));
        assertEquals("opportunity.followUp.required", assertThrows(ValidationException.class, () -> opportunities.save(
                null, 0, new OpportunityService.OpportunityInput("P-" + tag, "x", null, null, owner.getId(),
                        Opportunity.Status.OPEN, null))).messageKey());
    }
}
