package org.custos.platform.security.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        LoginThrottle throttle = new LoginThrottle("anna");
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.fail(t0.plusSeconds(i), 5, LOCKOUT));
        }
        assertTrue(throttle.fail(t0.plusSeconds(5), 5, LOCKOUT));
        assertTrue(throttle.isLocked(t0.plusSeconds(5).plus(Duration.ofMinutes(14))));
        assertFalse(throttle.isLocked(t0.plusSeconds(5).plus(LOCKOUT).plusSeconds(1)));
    }

    @Test
    void failuresLongAgoDoNotAddUp() {
        LoginThrottle throttle = new LoginThrottle("anna");
        for (int i = 0; i < 4; i++) {
            throttle.fail(t0, 5, LOCKOUT);
        }
        assertFalse(throttle.fail(t0.plus(Duration.ofHours(1)), 5, LOCKOUT));
    }
}
