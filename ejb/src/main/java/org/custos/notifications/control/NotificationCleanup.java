package org.custos.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.custos.notifications.control.NotificationSources.Due;
import org.custos.notifications.entity.DeletedNotification;
import org.custos.notifications.entity.Notification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Deleting notifications without telling them again: a deleted notification leaves its dedup key behind
 * ({@link DeletedNotification}) for as long as its thing is still due, and the keys the daily run checks are
 * those of existing and of deleted notifications alike. The retention: read notifications go after
 * {@code custos.notifications.retention.days} (default 180) from when they were told, unread ones after twice
 * as long (someone who never reads the inbox still finds the recent ones there).
 */
@Dependent
public class NotificationCleanup {

    public static final int DEFAULT_RETENTION_DAYS = 180;
    private static final Logger LOG = Logger.getLogger(NotificationCleanup.class.getName());
    private static final AtomicBoolean TOLD_INVALID = new AtomicBoolean();

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** What one clean-up removed: read and unread notifications, and keys of things no longer due. */
    public record Result(int read, int unread, int keysDropped) {

        public int notifications() {
            return read + unread;
        }
    }

    /** The configured retention; a value below one day is a mistake, logged once, and the default applies. */
    public int retentionDays() {
        int days = ConfigProvider.getConfig().getOptionalValue("custos.notifications.retention.days", Integer.class)
                .orElse(DEFAULT_RETENTION_DAYS);
        if (days < 1) {
            if (TOLD_INVALID.compareAndSet(false, true)) {
                LOG.warning(() -> "custos.notifications.retention.days=" + days + " is not a number of days: "
                        + DEFAULT_RETENTION_DAYS + " apply");
            }
            return DEFAULT_RETENTION_DAYS;
        }
        return days;
    }

    /** Whether a notification told at {@code createdAt} is past its retention at {@code now}. */
    public static boolean expired(Instant createdAt, boolean read, Instant now, int retentionDays) {
        Duration keep = Duration.ofDays(read ? retentionDays : 2L * retentionDays);
        return createdAt.isBefore(now.minus(keep));
    }

    /** The dedup keys already told to the user: those of the existing notifications and of the deleted ones. */
    public Set<String> knownKeys(String username) {
        Set<String> keys = new HashSet<>(em.createNamedQuery("Notification.keysOf", String.class).setParameter("user", username)
                .getResultList());
        keys.addAll(em.createNamedQuery("DeletedNotification.keysOf", String.class).setParameter("user", username)
                .getResultList());
        return keys;
    }

    /** Deletes the notification and keeps its key, so the next run does not tell the same thing again. */
    public void delete(Notification n, Instant now) {
        keepKey(n.getUsername(), n.getDedupKey(), now);
        em.remove(n);
    }

    /**
     * Deletes what is past its retention, and forgets the keys of things no longer due ({@code current}: all
     * that falls due now, as the daily run found it), so that the table of keys stays as small as what is open.
     */
    public Result cleanUp(Instant now, Collection<Due> current) {
        int days = retentionDays();
        Set<String> due = new HashSet<>();
        current.forEach(d -> due.add(d.username() + "\n" + d.dedupKey()));
        int read = 0;
        int unread = 0;
        List<Notification> old = em.createNamedQuery("Notification.createdBefore", Notification.class)
                .setParameter("before", now.minus(Duration.ofDays(days))).getResultList();
        for (Notification n : old) {
            if (expired(n.getCreatedAt(), n.isRead(), now, days)) {
                if (due.contains(n.getUsername() + "\n" + n.getDedupKey())) {
                    keepKey(n.getUsername(), n.getDedupKey(), now);
                }
                em.remove(n);
                if (n.isRead()) {
                    read++;
                } else {
                    unread++;
                }
            }
        }
        int dropped = 0;
        for (DeletedNotification d : em.createNamedQuery("DeletedNotification.all", DeletedNotification.class).getResultList()) {
            if (!due.contains(d.getUsername() + "\n" + d.getDedupKey())) {
                em.remove(d);
                dropped++;
            }
        }
        em.flush();
        return new Result(read, unread, dropped);
    }

    private void keepKey(String username, String key, Instant now) {
        if (em.createNamedQuery("DeletedNotification.find", DeletedNotification.class).setParameter("user", username)
                .setParameter("key", key).getResultList().isEmpty()) {
            em.persist(new DeletedNotification(username, key, now));
        }
    }
}
