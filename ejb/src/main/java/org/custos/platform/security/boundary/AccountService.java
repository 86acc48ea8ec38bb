package org.custos.platform.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.security.control.Directory;
import org.custos.platform.security.control.Passwords;
import org.custos.platform.security.control.SecondFactor;
import org.custos.platform.security.control.SecretTokens;
import org.custos.platform.security.entity.ApiToken;
import org.custos.platform.security.entity.LoginThrottle;
import org.custos.platform.security.entity.RecoveryCode;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authentication support for the Shiro realm: password and API-token checks with lockout. It is
 * called before anyone is logged in, so it has no permission checks; it returns outcomes instead
 * of throwing so that a failed attempt's counter is committed.
 */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "custos.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "custos.login.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    private final Clock clock = Clock.systemUTC();

    public LoginResult authenticate(String enteredName, String password) {
        String username = UserAccount.normalise(enteredName);
        if (username == null || username.isEmpty() || username.length() > 80) {
            return LoginResult.INVALID;
        }
        Instant now = clock.instant();
        LoginThrottle throttle = em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLocked(now)) {
            LOG.warning(() -> "Login refused for locked name " + username);
            return LoginResult.LOCKED;
        }
        Optional<UserAccount> user = findUser(username);
        boolean ok = Passwords.matches(password, user.map(UserAccount::getPasswordHash).orElse(null))
                && user.get().isEnabled();
        if (!ok && directory.enabled() && (user.isEmpty() || user.get().isDirectory())) {
            // Local accounts win; names without one, and directory accounts, ask the directory.
            user = fromDirectory(username, password, user, now);
            ok = user.isPresent() && user.get().isEnabled();
        }
        if (ok && user.get().isExpired(java.time.LocalDate.now())) {
            // Only after the right password: an expired account is told so, a guess learns nothing.
            audit.event("Login", username, "EXPIRED", Map.of("expiresOn", user.get().getExpiresOn().toString()));
            LOG.warning(() -> "Login refused for expired account " + username);
            return LoginResult.EXPIRED;
        }
        if (ok && user.get().isTotpEnabled()) {
            // The password is right; the login completes with authenticateSecondFactor.
            return LoginResult.SECOND_FACTOR;
        }
        if (ok) {
            if (throttle != null) {
                em.remove(throttle);
            }
            recordLogin(user.get(), now);
            LOG.info(() -> "Login of " + username);
            return LoginResult.SUCCESS;
        }
        Duration lockout = Duration.ofMinutes(lockoutMinutes);
        if (throttle == null) {
            // A new name: forget names whose failures and lockout are over, so guessing many
            // names cannot grow the table without bound.
            em.createNamedQuery("LoginThrottle.purgeStale")
                    .setParameter("before", now.minus(lockout))
                    .setParameter("now", now)
                    .executeUpdate();
            throttle = new LoginThrottle(username);
            em.persist(throttle);
        }
        if (throttle.fail(now, maxFailures, lockout)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("lockedUntil", throttle.getLockedUntil().toString());
            details.put("failedAttempts", maxFailures);
            audit.event("Login", username, "LOCKOUT", details);
            LOG.warning(() -> "Login name " + username + " locked after " + maxFailures + " failed attempts");
            return LoginResult.LOCKED;
        }
        return LoginResult.INVALID;
    }

    /**
     * Second step of a login whose password was right: a current TOTP code or an unused recovery
     * code. Wrong codes count towards the lockout like wrong passwords.
     */
    public LoginResult authenticateSecondFactor(String enteredName, String code) {
        String username = UserAccount.normalise(enteredName);
        Instant now = clock.instant();
        LoginThrottle throttle = username == null ? null : em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLocked(now)) {
            return LoginResult.LOCKED;
        }
        Optional<UserAccount> user = username == null ? Optional.empty() : findUser(username);
        if (user.isEmpty() || !user.get().isEnabled() || !user.get().isTotpEnabled()
                || user.get().isExpired(java.time.LocalDate.now())) {
            return LoginResult.INVALID;
        }
        UserAccount u = user.get();
        boolean ok = SecondFactor.verify(u.getTotpSecret(), code);
        if (!ok) {
            String hash = SecretTokens.sha256(SecondFactor.normaliseRecoveryCode(code));
            Optional<RecoveryCode> recovery = em.createNamedQuery("RecoveryCode.ofUser", RecoveryCode.class)
                    .setParameter("user", u.getId()).getResultStream()
                    .filter(c -> !c.isUsed() && c.getCodeHash().equals(hash)).findFirst();
            if (recovery.isPresent()) {
                recovery.get().use(now);
                audit.event("User", u.getId(), "RECOVERY_CODE_USED", Map.of("username", u.getUsername()));
                ok = true;
            }
        }
        if (ok) {
            if (throttle != null) {
                em.remove(throttle);
            }
            recordLogin(u, now);
            LOG.info(() -> "Login of " + username + " with second factor");
            return LoginResult.SUCCESS;
        }
        if (throttle == null) {
            throttle = new LoginThrottle(username);
            em.persist(throttle);
        }
        if (throttle.fail(now, maxFailures, Duration.ofMinutes(lockoutMinutes))) {
            audit.event("Login", username, "LOCKOUT", Map.of("lockedUntil", throttle.getLockedUntil().toString()));
            return LoginResult.LOCKED;
        }
        return LoginResult.INVALID;
    }

    /** Whom a token authenticates, and until when (the realm keeps this for a few seconds). */
    public record TokenUser(String username, Instant expiresAt) {
    }

    /** The user a valid, unexpired, unrevoked API token belongs to. */
    public Optional<TokenUser> authenticateToken(String rawToken) {
        if (rawToken == null || rawToken.length() < 20 || rawToken.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", SecretTokens.sha256(rawToken))
                .getResultStream()
                .filter(t -> t.isUsable(now) && t.getUser().isEnabled()
                        && !t.getUser().isExpired(java.time.LocalDate.now()))
                .findFirst()
                .map(t -> {
                    // to the minute, and without the token's version: parallel requests with one token must not
                    // fail each other with an optimistic-lock conflict over a timestamp
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id").setParameter("now", now)
                                .setParameter("id", t.getId()).executeUpdate();
                    }
                    return new TokenUser(t.getUser().getUsername(), t.getExpiresAt());
                });
    }

    /**
     * The directory's verdict on the password; on success the local account is created or brought
     * up to date (name, mail, roles from the mapped groups). A directory user in no mapped group is
     * refused: the directory knows them, but Custos has no role for them.
     */
    private Optional<UserAccount> fromDirectory(String username, String password, Optional<UserAccount> local, Instant now) {
        Optional<Directory.Entry> entry;
        try {
            entry = directory.authenticate(username, password);
        } catch (Directory.Unavailable | IllegalStateException e) {
            // unreachable or misconfigured: nobody logs in through the directory, local accounts still do
            LOG.severe(() -> "Directory login of " + username + " impossible: " + e.getMessage());
            return Optional.empty();
        }
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Directory.Entry d = entry.get();
        if (d.roles().isEmpty()) {
            LOG.warning(() -> "Directory user " + username + " is in no group mapped to a Custos role " + d.groups());
            audit.event("Login", username, "DIRECTORY_NO_ROLE", Map.of("groups", String.join(",", d.groups())));
            return Optional.empty();
        }
        java.util.List<Role> roles = em.createQuery("SELECT r FROM Role r WHERE r.code IN :codes", Role.class)
                .setParameter("codes", d.roles()).getResultList();
        UserAccount account = local.orElse(null);
        if (account == null) {
            account = new UserAccount(username, d.displayName(), d.email(), null, now);
            account.fromDirectory(d.dn(), d.displayName(), d.email());
            account.replaceRoles(roles);
            em.persist(account);
            em.flush();
            audit.created("User", account.getId(), account);
            LOG.info("Directory user " + username + " signed in for the first time with roles " + d.roles());
        } else {
            Map<String, Object> before = account.auditState();
            account.fromDirectory(d.dn(), d.displayName(), d.email());
            account.replaceRoles(roles);
            em.flush();
            if (!before.equals(account.auditState())) {
                audit.updated("User", account.getId(), before, account);
            }
        }
        return Optional.of(account);
    }

    public Optional<Authorization> authorization(String username) {
        // An account that expired during a session loses its permissions at once.
        return findUser(UserAccount.normalise(username))
                .filter(u -> u.isEnabled() && !u.isExpired(java.time.LocalDate.now()))
                .map(u -> new Authorization(u.getUsername(), u.getDisplayName(), u.roleCodes(), u.permissions(),
                        u.isMustChangePassword()));
    }

    public String preferredLocale(String username) {
        return findUser(UserAccount.normalise(username)).map(UserAccount::getPreferredLocale).orElse(null);
    }

    public Set<String> permissions(String username) {
        return authorization(username).map(Authorization::permissions).orElse(Set.of());
    }

    private Optional<UserAccount> findUser(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * Notes the login without touching the account's version: parallel API requests of one user each log
     * in, and must not fail each other with an optimistic-lock conflict over a timestamp.
     */
    private void recordLogin(UserAccount user, Instant now) {
        em.createQuery("UPDATE UserAccount u SET u.lastLoginAt = :now WHERE u.id = :id").setParameter("now", now)
                .setParameter("id", user.getId()).executeUpdate();
    }
}
