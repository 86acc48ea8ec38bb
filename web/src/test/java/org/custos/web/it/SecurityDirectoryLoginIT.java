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
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.boundary.UserService;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.custos.standards.boundary.StandardsService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory login against a real OpenLDAP (deployment/ldap/test-slapd.sh, started by the build on
 * loopback): groups map to Custos roles, the local account follows the directory, people in no
 * mapped group are refused. Runs after FirstRunJourneyIT (alphabetical order), which needs an empty database.
 */
@ExtendWith(ArquillianExtension.class)
public class SecurityDirectoryLoginIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(SecurityDirectoryLoginIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    StandardsService standards;

    @Inject
    UserService users;

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

    private UserAccount account(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    @Test
    public void directoryUsersLogInWithTheRolesOfTheirGroups() throws Exception {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("alice", "alice directory password"));
        assertEquals("alice", SecurityUtils.getSubject().getPrincipal());
        assertTrue(SecurityUtils.getSubject().hasRole(Role.ISMS_MANAGER), "isms-team → ISMS manager");
        assertTrue(SecurityUtils.getSubject().isPermitted("standards:import"));
        logout();

        UserAccount alice = account("alice");
        assertTrue(alice.isDirectory());
        assertEquals("uid=alice,ou=people,dc=custos,dc=test", alice.getDirectoryDn());
        assertEquals("Alice Adler", alice.getDisplayName());
        assertEquals("alice.adler@klinikum.test", alice.getEmail());
        assertEquals(Set.of(Role.ISMS_MANAGER, Role.READER), alice.roleCodes());
        assertEquals(null, alice.getPasswordHash(), "no local password for directory users");

        SecurityUtils.getSubject().login(new UsernamePasswordToken("BOB", "bob directory password"));
        assertTrue(SecurityUtils.getSubject().hasRole(Role.READER));
        assertFalse(SecurityUtils.getSubject().hasRole(Role.ISMS_MANAGER));
        assertThrows(NotPermittedException.class, () -> standards.importFile("x.csv", new byte[] {1}, null, null));
    }

    @Test
    public void wrongPasswordsAndPeopleWithoutAMappedGroupAreRefused() throws Exception {
        assertThrows(IncorrectCredentialsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken("alice", "not alice's password")));
        assertThrows(IncorrectCredentialsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken("alice", "")));
        assertThrows(IncorrectCredentialsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken("nobody", "whatever password")));
        assertThrows(IncorrectCredentialsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken("carol", "carol directory password")));
        assertEquals(null, account("carol"), "someone in no mapped group gets no account");
        assertEquals(null, account("nobody"));
    }

    @Test
    public void aDirectoryAccountHasNoLocalPasswordToReset() throws Exception {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("bob", "bob directory password"));
        logout();
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        UserAccount bob = account("bob");
        assertEquals("user.directoryPassword", assertThrows(ValidationException.class,
                () -> users.resetPassword(bob.getId(), bob.getVersion(), "a new temporary password")).messageKey());
    }
}
