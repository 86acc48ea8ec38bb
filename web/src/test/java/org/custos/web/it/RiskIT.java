package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.AssetService.AssetInput;
import org.custos.risk.boundary.RiskCriteriaService;
import org.custos.risk.control.ProtectionNeedCalculator.Source;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.custos.risk.entity.RiskCriteria;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.boundary.RoleService.AppointmentInput;
import org.custos.roles.entity.IsmsRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after FirstRunJourneyIT (alphabetical). Risk criteria approved by top management with four eyes,
 * the matrix refusing values outside its scales; assets whose protection needs are inherited along
 * dependencies (maximum principle), lowered only with a reason, without cycles.
 */
@ExtendWith(ArquillianExtension.class)
public class RiskIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(RiskIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    AssetService assets;

    @Inject
    RiskCriteriaService criteria;

    @Inject
    OrganisationService organisation;

    @Inject
    ReadinessService readiness;

    @Inject
    RoleService roles;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static AssetInput input(String code, Asset.Type type, Set<Long> dependsOn, Map<Objective, Need> needs,
            Set<Objective> overrides, String reason) {
        return new AssetInput(code, "Asset " + code, type, null, null, "RZ Nord", null, true, null, dependsOn, needs,
                overrides, reason);
    }

    @Test
    public void protectionNeedsAreInheritedAlongDependenciesAndCyclesRefused() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        String tag = UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        Asset storage = assets.save(null, 0, input("SAN-" + tag, Asset.Type.IT_SYSTEM, Set.of(),
                Map.of(Objective.AVAILABILITY, Need.HIGH), Set.of(Objective.AVAILABILITY), "Redundantes Speicherpaar"));
        Asset server = assets.save(null, 0, input("SRV-" + tag, Asset.Type.IT_SYSTEM, Set.of(storage.getId()), Map.of(),
                Set.of(), null));
        Asset kis = assets.save(null, 0, input("KIS-" + tag, Asset.Type.SERVICE, Set.of(server.getId()),
                Map.of(Objective.AVAILABILITY, Need.VERY_HIGH, Objective.CONFIDENTIALITY, Need.HIGH), Set.of(), null));

        var s = assets.asset(server.getId());
        assertEquals(Need.VERY_HIGH, s.effective(Objective.AVAILABILITY).need(), "a system serving a very-high service");
        assertEquals(Source.INHERITED, s.effective(Objective.AVAILABILITY).source());
        assertTrue(s.effective(Objective.AVAILABILITY).from().contains(kis.getCode()), s.effective(Objective.AVAILABILITY).from());
        var t = assets.asset(storage.getId());
        assertEquals(Need.HIGH, t.effective(Objective.AVAILABILITY).need(), "lowered with a reason");
        assertEquals(Source.OVERRIDDEN, t.effective(Objective.AVAILABILITY).source());
        assertEquals(Need.HIGH, t.effective(Objective.CONFIDENTIALITY).need(), "inherited over two steps");
        assertEquals(Need.NORMAL, t.effective(Objective.INTEGRITY).need());

        assertEquals("asset.override.reason", assertThrows(ValidationException.class, () -> assets.save(null, 0,
                input("X-" + tag, Asset.Type.IT_SYSTEM, Set.of(), Map.of(Objective.AVAILABILITY, Need.NORMAL),
                        Set.of(Objective.AVAILABILITY), " "))).messageKey());
        Asset current = assets.asset(storage.getId()).asset();
        assertEquals("asset.dependency.cycle", assertThrows(ValidationException.class, () -> assets.save(current.getId(),
                current.getVersion(), input(current.getCode(), Asset.Type.IT_SYSTEM, Set.of(kis.getId()),
                        Map.of(Objective.AVAILABILITY, Need.HIGH), Set.of(Objective.AVAILABILITY), "Redundantes Speicherpaar")))
                .messageKey());
        Asset srv = assets.asset(server.getId()).asset();
        assertEquals("asset.hasDependents", assertThrows(ValidationException.class,
                () -> assets.delete(srv.getId(), srv.getVersion())).messageKey());
    }

    @Test
    public void criteriaAreApprovedByTopManagementWithFourEyes() throws Exception {
        String author = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        RiskCriteria c = criteria.current();
        if (c == null || c.getStatus() == RiskCriteria.Status.APPROVED) {
            c = criteria.start();
        } else if (c.getStatus() == RiskCriteria.Status.IN_REVIEW) {
            c = criteria.returnToDraft(c.getId(), c.getVersion(), "Neu einreichen");
        }
        long id = c.getId();
        assertEquals("risk.likelihood.range", assertThrows(ValidationException.class,
                () -> criteria.matrix(id).level(9, 1)).messageKey());
        RiskCriteria saved = criteria.save(id, c.getVersion(), criteria.content(id));
        RiskCriteria submitted = criteria.submit(id, saved.getVersion(), "Kriterien 2027");
        assertEquals("risk.criteria.fourEyes", assertThrows(ValidationException.class,
                () -> criteria.approve(id, submitted.getVersion())).messageKey(), "the author may not approve");
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        assertEquals("risk.criteria.topManagement", assertThrows(ValidationException.class,
                () -> criteria.approve(id, submitted.getVersion())).messageKey(), "only top management approves criteria");
        SecurityUtils.getSubject().logout();

        String boss = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        if (organisation.organisation().isEmpty()) {
            organisation.saveProfile(null, "Klinikum Teststadt", EnumSet.of(Sector.HOSPITAL), RegulatoryCategory.CRITICAL_FACILITY);
        }
        Person person = organisation.createPerson("Person " + boss, null, boss + "@example.org", null,
                rules.findByUsername(boss).getId());
        IsmsRole top = roles.roles().stream().filter(r -> r.getCode().equals(IsmsRole.TOP_MANAGEMENT)).findFirst().orElseThrow();
        roles.createActive(new AppointmentInput(person.getId(), top.getId(), Set.of(), null, null, LocalDate.now().minusDays(1),
                null, null, null));
        RiskCriteria approved = criteria.approve(id, criteria.version(id).getVersion());
        assertEquals(RiskCriteria.Status.APPROVED, approved.getStatus());
        assertEquals(approved.getId(), criteria.approved().getId());
        assertTrue(criteria.intact(id), "the sealed content is unchanged");
        assertEquals(ReadinessService.RuleStatus.PASSED, readiness.isoRules().stream()
                .filter(r -> r.code().equals("riskCriteria")).findFirst().orElseThrow().status(),
                "the certification rule for 6.1.2 sees the approved criteria");
        assertEquals(boss, approved.getApprovedBy());
        assertTrue(approved.getEditors().contains(author) || author.equals(approved.getSubmittedBy()), "the author is recorded");
    }
}
