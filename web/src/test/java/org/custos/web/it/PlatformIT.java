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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.audit.boundary.ChainVerification;
import org.custos.platform.audit.entity.AuditRecord;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.boundary.LoginResult;
import org.custos.platform.security.boundary.UserService;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's guarantees, checked inside Payara Micro against the configured database (H2, or
 * MariaDB with CUSTOS_TEST_DB=mariadb): login and lockout, permission checks at the boundary,
 * audit records in the same transaction, tamper detection, optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
public class PlatformIT {

    private static final String PASSWORD = ItUsers.PASSWORD;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(PlatformIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    UserService users;

    @Inject
    AuditService audit;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/custos")
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private String newUser(String role) throws Exception {
        return ItUsers.create(rules, tx, role);
    }

    private void loginAs(String username) {
        ItUsers.login(username);
    }

    @Test
    public void loginSucceedsOnlyWithTheRightPassword() throws Exception {
        String name = newUser(Role.READER);
        assertEquals(LoginResult.SUCCESS, accounts.authenticate(name, PASSWORD));
        assertEquals(LoginResult.SUCCESS, accounts.authenticate(name.toUpperCase(), PASSWORD), "names are case-insensitive");
        assertEquals(LoginResult.INVALID, accounts.authenticate(name, PASSWORD + "x"));
        assertThrows(IncorrectCredentialsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken(name, "wrong password here")));
        loginAs(name);
        assertTrue(SecurityUtils.getSubject().isAuthenticated());
        assertTrue(SecurityUtils.getSubject().isPermitted("documents:read"));
        assertFalse(SecurityUtils.getSubject().isPermitted("documents:edit"));
    }

    @Test
    public void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = newUser(Role.EDITOR);
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginResult.INVALID, accounts.authenticate(name, "wrong-" + i), "attempt " + i);
        }
        assertEquals(LoginResult.LOCKED, accounts.authenticate(name, "wrong-5"));
        assertEquals(LoginResult.LOCKED, accounts.authenticate(name, PASSWORD), "locked even with the right password");
        assertThrows(ExcessiveAttemptsException.class,
                () -> SecurityUtils.getSubject().login(new UsernamePasswordToken(name, PASSWORD)));
        List<AuditRecord> lockouts = asAdmin(() -> audit.search(new AuditQuery(null, "Login", name, null, null), 0, 10));
        assertEquals("LOCKOUT", lockouts.get(0).getAction());
    }

    @Test
    public void unknownNamesAreLockedTheSameWaySoNothingRevealsWhichAccountsExist() {
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginResult.INVALID, accounts.authenticate(ghost, "whatever-" + i));
        }
        assertEquals(LoginResult.LOCKED, accounts.authenticate(ghost, "whatever-5"));
    }

    @Test
    public void boundaryRefusesCallsWithoutPermission() throws Exception {
        assertThrows(NotPermittedException.class, () -> users.list(), "anonymous");
        assertThrows(NotPermittedException.class, () -> audit.count(AuditQuery.all()), "anonymous");

        String reader = newUser(Role.READER);
        loginAs(reader);
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> users.create("it-mallory", "Mallory", null, PASSWORD, Set.of(Role.ADMINISTRATOR)));
        assertEquals("user:manage", refused.permission());
        assertThrows(NotPermittedException.class, () -> audit.verify());
        assertNull(rules.findByUsername("it-mallory"), "nothing was created");
        assertNotNull(users.me(), "a logged-in reader may read their own account");
    }

    @Test
    public void auditRecordIsWrittenInTheSameTransactionAndRolledBackWithIt() throws Exception {
        long before = totalAuditRecords();
        String name = "it-rb-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        try {
            rules.create(name, "Rolled Back", null, PASSWORD, List.of(Role.READER), false);
        } finally {
            tx.rollback();
        }
        assertEquals(before, totalAuditRecords(), "the rolled-back change left no audit record");
        assertNull(rules.findByUsername(name));

        String committed = newUser(Role.READER);
        UserAccount user = rules.findByUsername(committed);
        List<AuditRecord> records = asAdmin(() ->
                audit.search(new AuditQuery(null, "User", user.getId().toString(), null, null), 0, 10));
        assertEquals(1, records.size());
        assertEquals("CREATE", records.get(0).getAction());
        assertTrue(records.get(0).getChanges().contains("\"username\":{\"before\":null,\"after\":\"" + committed + "\"}"),
                records.get(0).getChanges());
        assertFalse(records.get(0).getChanges().contains("shiro2"), "no password hash in the trail");
    }

    @Test
    public void chainVerifiesAndJdbcTamperingIsDetectedAndNamed() throws Exception {
        newUser(Role.READER);
        ChainVerification clean = asAdmin(() -> audit.verify());
        assertTrue(clean.intact(), "fresh chain: " + clean);
        assertTrue(clean.recordsChecked() > 0);

        long victim;
        String original;
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT MAX(seq) FROM audit_record WHERE action = 'CREATE'")) {
            ResultSet rs = q.executeQuery();
            rs.next();
            victim = rs.getLong(1);
        }
        original = actorOf(victim);
        updateActor(victim, "mallory");
        try {
            ChainVerification tampered = asAdmin(() -> audit.verify());
            assertFalse(tampered.intact());
            assertEquals(victim, tampered.firstBrokenSeq());
            assertEquals("audit.verify.content", tampered.reason());
        } finally {
            updateActor(victim, original);
        }
        assertTrue(asAdmin(() -> audit.verify()).intact(), "restored");
    }

    @Test
    public void concurrentEditsEndInAConflictNotALostUpdate() throws Exception {
        String target = newUser(Role.READER);
        UserAccount seenByBoth = rules.findByUsername(target);
        long id = seenByBoth.getId();
        long version = seenByBoth.getVersion();
        asAdmin(() -> users.update(id, version, "First Editor Wins", null, true, Set.of(Role.READER)));
        ConflictException conflict = assertThrows(ConflictException.class, () -> asAdmin(() ->
                users.update(id, version, "Second Editor", null, true, Set.of(Role.EDITOR))));
        assertEquals("error.concurrentEdit", conflict.messageKey());
        UserAccount now = rules.findByUsername(target);
        assertEquals("First Editor Wins", now.getDisplayName());
        assertEquals(Set.of(Role.READER), now.roleCodes());
    }

    @Test
    public void passwordPolicyIsEnforcedServerSide() throws Exception {
        String admin = newUser(Role.ADMINISTRATOR);
        loginAs(admin);
        ValidationException tooShort = assertThrows(ValidationException.class,
                () -> users.create("it-short", "Short Password", null, "elevenchars", Set.of(Role.READER)));
        assertEquals("password.tooShort", tooShort.messageKey());
        ValidationException badName = assertThrows(ValidationException.class,
                () -> users.create("<script>", "Bad Name", null, PASSWORD, Set.of(Role.READER)));
        assertEquals("user.username.invalid", badName.messageKey());
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        String admin = newUser(Role.ADMINISTRATOR);
        loginAs(admin);
        try {
            return work.call();
        } finally {
            SecurityUtils.getSubject().logout();
        }
    }

    private long totalAuditRecords() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return count(c);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_record")) {
            ResultSet rs = q.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private String actorOf(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT actor FROM audit_record WHERE seq = ?")) {
            q.setLong(1, seq);
            ResultSet rs = q.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    private void updateActor(long seq, String actor) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement u = c.prepareStatement("UPDATE audit_record SET actor = ? WHERE seq = ?")) {
            u.setString(1, actor);
            u.setLong(2, seq);
            assertEquals(1, u.executeUpdate());
        }
    }
}
