package org.custos.platform.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins for one entered user name. Kept for names with and without an account, so a
 * locked-out answer never tells an attacker whether the account exists.
 */
@Entity
@Table(name = "login_throttle")
@NamedQuery(name = "LoginThrottle.purgeStale",
        query = "DELETE FROM LoginThrottle t WHERE t.lastFailureAt < :before AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
public class LoginThrottle {

    @Id
    @Column(length = 80)
    private String username;

    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username) {
        this.username = username;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; returns true when this failure locks the name. */
    public boolean fail(Instant now, int maxFailures, Duration lockout) {
        if (lastFailureAt != null && lastFailureAt.isBefore(now.minus(lockout))) {
            failures = 0; // failures long ago do not add up with new ones
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failures = 0;
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
