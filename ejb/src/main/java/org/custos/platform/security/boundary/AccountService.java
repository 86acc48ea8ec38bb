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
import org.custos.platform.security.control.Passwords;
import org.custos.platform.security.control.SecretTokens;
import org.custos.platform.security.entity.ApiToken;
import org.custos.platform.security.entity.LoginThrottle;
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
        if (ok && user.get().isExpired(java.time.LocalDate.now())) {
            // Only after the right password: an expired account is told so, a guess learns nothing.
            audit.event("Login", username, "EXPIRED", Map.of("expiresOn", user.get().getExpiresOn().toString()));
            LOG.warning(() -> "Login refused for expired account " + username);
            return LoginResult.EXPIRED;
        }
        if (ok) {
            if (throttle != null) {
                em.remove(throttle);
            }
            user.get().recordLogin(now);
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

    /** The user a valid, unexpired, unrevoked API token belongs to. */
    public Optional<String> authenticateToken(String rawToken) {
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
                    t.markUsed(now);
                    return t.getUser().getUsername();
                });
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
}
