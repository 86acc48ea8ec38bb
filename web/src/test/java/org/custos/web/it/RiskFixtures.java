package org.custos.web.it;

import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.risk.boundary.RiskCriteriaService;
import org.custos.risk.entity.RiskCriteria;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.boundary.RoleService.AppointmentInput;
import org.custos.roles.entity.IsmsRole;

/** What risk tests need before they assess: people who own risks and approved criteria, made the real way. */
final class RiskFixtures {

    private RiskFixtures() {
    }

    /** A new user with a role and a person record for them (owners are persons); nobody is logged in afterwards. */
    static Person person(UserRules rules, UserTransaction tx, OrganisationService organisation, String role) throws Exception {
        String username = ItUsers.create(rules, tx, role);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        if (organisation.organisation().isEmpty()) {
            organisation.saveProfile(null, "Klinikum Teststadt", EnumSet.of(Sector.HOSPITAL), RegulatoryCategory.CRITICAL_FACILITY);
        }
        Person p = organisation.createPerson("Person " + username, null, username + "@example.org", null,
                rules.findByUsername(username).getId());
        SecurityUtils.getSubject().logout();
        return p;
    }

    /**
     * Approved criteria, as a real organisation has them before it assesses: submitted by one ISMS manager,
     * approved by another who holds the top-management role. Nobody is logged in afterwards.
     */
    static void approvedCriteria(UserRules rules, UserTransaction tx, OrganisationService organisation,
            RiskCriteriaService criteria, RoleService roles) throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        if (criteria.approved() != null) {
            SecurityUtils.getSubject().logout();
            return;
        }
        RiskCriteria c = criteria.current();
        if (c.getStatus() == RiskCriteria.Status.DRAFT) {
            c = criteria.submit(c.getId(), c.getVersion(), "Kriterien");
        }
        long id = c.getId();
        SecurityUtils.getSubject().logout();
        Person boss = topManagement(rules, tx, organisation, roles);
        ItUsers.login(boss.getUser().getUsername());
        criteria.approve(id, criteria.version(id).getVersion());
        SecurityUtils.getSubject().logout();
    }

    /** A new ISMS manager appointed to top management since yesterday; nobody is logged in afterwards. */
    static Person topManagement(UserRules rules, UserTransaction tx, OrganisationService organisation, RoleService roles)
            throws Exception {
        Person boss = person(rules, tx, organisation, Role.ISMS_MANAGER);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        IsmsRole top = roles.roles().stream().filter(r -> r.getCode().equals(IsmsRole.TOP_MANAGEMENT)).findFirst().orElseThrow();
        roles.createActive(new AppointmentInput(boss.getId(), top.getId(), Set.of(), null, null, LocalDate.now().minusDays(1),
                null, null, null));
        SecurityUtils.getSubject().logout();
        return boss;
    }
}
