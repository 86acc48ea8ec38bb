package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.boundary.LoginResult;
import org.custos.platform.security.boundary.SecondFactorService;
import org.custos.platform.security.control.SecondFactorRequiredException;
import org.custos.platform.security.control.SecondFactorToken;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TOTP second factor: enrolment, the two-step login, recovery codes, required roles, admin reset. */
@ExtendWith(ArquillianExtension.class)
public class SecuritySecondFactorIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(SecuritySecondFactorIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    SecondFactorService secondFactor;

    @Inject
    AccountService accounts;

    @Inject
    AuditorService auditors;

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

    /** What the authenticator app shows now. */
    static String code(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, System.currentTimeMillis() / 1000 / 30);
    }

    @Test
    public void enrolmentThenTheLoginNeedsACodeOrAOneTimeRecoveryCode() throws Exception {
        String name = ItUsers.loginAsNew(rules, tx, Role.READER);
        assertFalse(secondFactor.status().enabled());
        assertFalse(secondFactor.status().required(), "readers may choose");
        SecondFactorService.Enrolment enrolment = secondFactor.startEnrolment();
        assertTrue(enrolment.uri().startsWith("otpauth://totp/") && enrolment.uri().contains("issuer=Custos"), enrolment.uri());
        assertTrue(enrolment.qrDataUri().startsWith("data:image/png;base64,"));
        assertEquals("totp.codeInvalid", assertThrows(ValidationException.class, () -> secondFactor.confirm("000000"))
                .messageKey());
        List<String> recovery = secondFactor.confirm(code(enrolment.secret()));
        assertEquals(10, recovery.size());
        assertTrue(secondFactor.status().enabled());
        logout();

        assertEquals(LoginResult.SECOND_FACTOR, accounts.authenticate(name, ItUsers.PASSWORD));
        assertThrows(SecondFactorRequiredException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken(name, ItUsers.PASSWORD)));
        String wrong = "000000".equals(code(enrolment.secret())) ? "111111" : "000000";
        assertEquals(LoginResult.INVALID, accounts.authenticateSecondFactor(name, wrong));
        SecurityUtils.getSubject().login(new SecondFactorToken(name, code(enrolment.secret()), null));
        assertTrue(SecurityUtils.getSubject().isAuthenticated());
        logout();

        assertEquals(LoginResult.SUCCESS, accounts.authenticateSecondFactor(name, recovery.get(0)));
        assertEquals(LoginResult.INVALID, accounts.authenticateSecondFactor(name, recovery.get(0)), "each recovery code works once");
    }

    @Test
    public void requiredRolesCannotTurnItOffAndAnAdministratorCanResetIt() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        long iso = em.createQuery("SELECT s.id FROM Standard s WHERE s.code = 'ISO27001'", Long.class).getSingleResult();
        String auditor = "tfa-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        auditors.create(auditor, "Audit Or", null, "CertCo", LocalDate.now().plusDays(3), ItUsers.PASSWORD, Set.of(iso), Set.of());
        logout();

        ItUsers.login(auditor);
        assertTrue(secondFactor.status().required(), "the test configuration requires it for external auditors");
        SecondFactorService.Enrolment enrolment = secondFactor.startEnrolment();
        secondFactor.confirm(code(enrolment.secret()));
        String now = code(enrolment.secret());
        assertEquals("totp.required", assertThrows(ValidationException.class, () -> secondFactor.disable(now)).messageKey());
        logout();

        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        UserAccount account = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", auditor).getSingleResult();
        secondFactor.resetFor(account.getId(), account.getVersion());
        logout();
        assertEquals(LoginResult.SUCCESS, accounts.authenticate(auditor, ItUsers.PASSWORD),
                "after the reset the password alone logs in, and the login page asks to enrol again");
    }
}
