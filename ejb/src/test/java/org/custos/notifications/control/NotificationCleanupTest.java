package org.custos.notifications.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationCleanupTest {

    private static final Instant NOW = Instant.parse("2026-11-30T04:40:00Z");

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void aReadNotificationGoesAfterTheRetention() {
        assertFalse(NotificationCleanup.expired(daysAgo(180), true, NOW, 180), "exactly the retention: kept one more day");
        assertTrue(NotificationCleanup.expired(daysAgo(180).minusSeconds(1), true, NOW, 180));
        assertTrue(NotificationCleanup.expired(daysAgo(31), true, NOW, 30));
    }

    @Test
    void anUnreadNotificationStaysTwiceAsLong() {
        assertFalse(NotificationCleanup.expired(daysAgo(200), false, NOW, 180), "unread, past the retention but not twice");
        assertFalse(NotificationCleanup.expired(daysAgo(360), false, NOW, 180));
        assertTrue(NotificationCleanup.expired(daysAgo(361), false, NOW, 180));
    }
}
