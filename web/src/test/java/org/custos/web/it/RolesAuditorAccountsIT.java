package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.ExpiredCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.boundary.LoginResult;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.custos.roles.boundary.RoleService;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs after FirstRunJourneyIT (alphabetical), which needs an empty database. Certification-body auditor accounts: mandatory expiry, scope enforced at every boundary, page views recorded. */
@ExtendWith(ArquillianExtension.class)
public class RolesAuditorAccountsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(RolesAuditorAccountsIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    AuditorService auditors;

    @Inject
    AccountService accounts;

    @Inject
    StandardsService standards;

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    AuditService audit;

    @Inject
    UserRules rules;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private long standardId(String code) {
        return standards.list().stream().map(StandardSummary::standard).filter(s -> s.getCode().equals(code))
                .findFirst().orElseThrow().getId();
    }

    private static String name() {
        return "aud-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    public void anAuditorAccountNeedsCompanyExpiryAndScope() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        long iso = standardId("ISO27001");
        assertEquals("auditor.expiry.required", assertThrows(ValidationException.class, () -> auditors.create(name(),
                "Paula Prüfer", null, "CertCo", null, ItUsers.PASSWORD, Set.of(iso), Set.of())).messageKey());
        assertEquals("auditor.expiry.range", assertThrows(ValidationException.class, () -> auditors.create(name(),
                "Paula Prüfer", null, "CertCo", LocalDate.now().minusDays(1), ItUsers.PASSWORD, Set.of(iso), Set.of()))
                .messageKey());
        assertEquals("auditor.scope.required", assertThrows(ValidationException.class, () -> auditors.create(name(),
                "Paula Prüfer", null, "CertCo", LocalDate.now().plusDays(5), ItUsers.PASSWORD, Set.of(), Set.of()))
                .messageKey());
        assertEquals("auditor.company.invalid", assertThrows(ValidationException.class, () -> auditors.create(name(),
                "Paula Prüfer", null, " ", LocalDate.now().plusDays(5), ItUsers.PASSWORD, Set.of(iso), Set.of()))
                .messageKey());
        logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        assertThrows(NotPermittedException.class, () -> auditors.create(name(), "X", null, "CertCo",
                LocalDate.now().plusDays(5), ItUsers.PASSWORD, Set.of(iso), Set.of()));
    }

    @Test
    public void anAuditorReadsOnlyTheirScopeAndChangesNothing() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        if (organisation.organisation().isEmpty()) {
            organisation.saveProfile(null, "Stadtwerke Teststadt", EnumSet.of(Sector.WATER), RegulatoryCategory.IMPORTANT);
        }
        long iso = standardId("ISO27001");
        long nis2 = standardId("NIS2-ART21");
        OrgUnit inScope = organisation.createUnit("Werk " + name(), OrgUnit.Kind.SITE, null, null);
        OrgUnit below = organisation.createUnit("Labor " + name(), OrgUnit.Kind.DEPARTMENT, inScope.getId(), null);
        OrgUnit outside = organisation.createUnit("Werk " + name(), OrgUnit.Kind.SITE, null, null);
        Person visible = organisation.createPerson("Vera Sichtbar " + name(), null, null, below.getId(), null);
        Person hidden = organisation.createPerson("Hans Verborgen " + name(), null, null, outside.getId(), null);
        String username = name();
        auditors.create(username, "Paula Prüfer", "p@certco.example", "CertCo GmbH", LocalDate.now().plusDays(14),
                ItUsers.PASSWORD, Set.of(iso), Set.of(inScope.getId()));
        logout();

        ItUsers.login(username);
        assertEquals(List.of("ISO27001"), standards.list().stream().map(s -> s.standard().getCode()).toList());
        assertThrows(NotPermittedException.class, () -> standards.standard(nis2));
        assertThrows(NotPermittedException.class, () -> standards.requirements(nis2));
        Requirement a51 = standards.requirements(iso).stream().filter(r -> r.getRefId().equals("A.5.1")).findFirst().orElseThrow();
        assertTrue(standards.mappingsOf(a51.getId()).stream().allMatch(m -> m.getSource().getStandard().getId() == iso
                && m.getTarget().getStandard().getId() == iso), "no mapping into NIS2 leaks");
        assertTrue(standards.mappingSets().isEmpty(), "every bundled set touches a standard outside the scope");

        List<Long> units = organisation.units().stream().map(OrgUnit::getId).toList();
        assertTrue(units.contains(inScope.getId()) && units.contains(below.getId()), units.toString());
        assertFalse(units.contains(outside.getId()));
        List<Long> people = organisation.persons().stream().map(Person::getId).toList();
        assertTrue(people.contains(visible.getId()));
        assertFalse(people.contains(hidden.getId()));
        assertThrows(NotPermittedException.class, () -> organisation.person(hidden.getId()));

        // nothing changes: a direct boundary call is refused like the hidden button
        assertThrows(NotPermittedException.class, () -> organisation.createPerson("X", null, null, null, null));
        assertThrows(NotPermittedException.class, () -> roles.createDraft(new RoleService.AppointmentInput(visible.getId(),
                1, Set.of(), null, null, LocalDate.now(), null, null, null)));
        assertThrows(NotPermittedException.class, () -> standards.importFile("x.csv", "ref_id".getBytes(), null, null));

        auditors.recordAccess("GET /standards/list");
        logout();
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        assertEquals(1, audit.search(new AuditQuery(username, "PageView", null, null, null), 0, 10).size());
        UserAccount account = auditors.auditors().stream().filter(p -> p.getUser().getUsername().equals(username))
                .findFirst().orElseThrow().getUser();
        assertTrue(account.getLastAccessAt() != null);
    }

    @Test
    public void anExpiredAuditorCannotLogInAndLosesPermissionsAtOnce() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        String username = name();
        auditors.create(username, "Eva Abgelaufen", null, "CertCo GmbH", LocalDate.now(), ItUsers.PASSWORD,
                Set.of(standardId("ISO27001")), Set.of());
        logout();
        assertEquals(LoginResult.SUCCESS, accounts.authenticate(username, ItUsers.PASSWORD), "valid through today");

        tx.begin();
        UserAccount user = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
        user.expireAfter(LocalDate.now().minusDays(1)); // as if a day had passed
        tx.commit();

        assertEquals(LoginResult.EXPIRED, accounts.authenticate(username, ItUsers.PASSWORD));
        assertEquals(LoginResult.INVALID, accounts.authenticate(username, "a wrong password guess"),
                "a wrong password does not learn that the account expired");
        assertThrows(ExpiredCredentialsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken(username, ItUsers.PASSWORD)));
        assertTrue(accounts.authorization(username).isEmpty(), "a session opened before expiry keeps no permissions");
    }
}
