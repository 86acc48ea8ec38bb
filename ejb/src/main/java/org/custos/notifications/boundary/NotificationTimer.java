package org.custos.notifications.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.custos.notifications.control.NotificationCleanup;
import org.custos.notifications.control.NotificationSources;
import org.custos.notifications.control.NotificationSources.Due;
import org.custos.notifications.entity.Notification;
import org.custos.platform.audit.control.AuditTrail;

/**
 * Turns what falls due into notifications, every morning for everything and every hour for incident
 * reporting deadlines (hours matter there), and has them mailed as each user chose: at once, or one digest a
 * day. Each thing is told once per user and due date (dedup key, kept when a notification is deleted); the
 * morning run also deletes what is past its retention. Mail goes out only after the run's transaction has
 * committed ({@link NotificationDelivery}); a failed mail is retried on the next run. A singleton, so runs
 * never overlap. Runs as {@code system} in the audit trail.
 */
@Singleton
public class NotificationTimer {

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    NotificationSources sources;

    @Inject
    NotificationCleanup cleanup;

    @Inject
    NotificationDelivery delivery;

    @Inject
    Event<NotificationDelivery.Recorded> recorded;

    @Inject
    AuditTrail audit;

    @Schedule(hour = "5", minute = "40", persistent = false, info = "notifications: daily run, clean-up and digests")
    void daily() {
        Instant now = Instant.now();
        List<Due> due = sources.all(now);
        int created = store(due, now);
        NotificationCleanup.Result removed = cleanUp(now, due);
        recorded.fire(new NotificationDelivery.Recorded(now, true));
        LOG.info(() -> "Notifications: " + created + " created, " + removed.notifications() + " deleted after retention");
    }

    @Schedule(hour = "*", minute = "20", persistent = false, info = "notifications: incident reporting deadlines")
    void hourly() {
        int created = runIncidents(Instant.now());
        if (created > 0) {
            LOG.info(() -> "Notifications: " + created + " about incident reporting deadlines");
        }
    }

    /**
     * Creates the notifications for everything due at {@code now}; returns how many new. The immediate ones are
     * mailed once this transaction (the caller's, if any) commits, never if it rolls back.
     */
    public int run(Instant now) {
        int created = store(sources.all(now), now);
        recorded.fire(new NotificationDelivery.Recorded(now, false));
        return created;
    }

    /** The same for incident reporting deadlines only. */
    public int runIncidents(Instant now) {
        int created = store(sources.incidents(now), now);
        recorded.fire(new NotificationDelivery.Recorded(now, false));
        return created;
    }

    /** The morning's clean-up on its own, against what falls due at {@code now}. */
    public NotificationCleanup.Result cleanUp(Instant now) {
        return cleanUp(now, sources.all(now));
    }

    private NotificationCleanup.Result cleanUp(Instant now, List<Due> due) {
        NotificationCleanup.Result r = cleanup.cleanUp(now, due);
        if (r.notifications() > 0) {
            audit.event("Notification", null, "CLEAN_UP", Map.of("read", r.read(), "unread", r.unread(),
                    "retentionDays", cleanup.retentionDays()));
        }
        return r;
    }

    private int store(List<Due> due, Instant now) {
        Map<String, Set<String>> known = new HashMap<>();
        Map<String, Object> byKind = new LinkedHashMap<>();
        int created = 0;
        for (Due d : due) {
            Set<String> keys = known.computeIfAbsent(d.username(), cleanup::knownKeys);
            if (keys.add(d.dedupKey())) {
                em.persist(new Notification(d.username(), d.kind(), d.label(), d.link(), d.dueAt(), d.dedupKey(), now));
                byKind.merge(d.kind().name(), 1, (a, b) -> (Integer) a + (Integer) b);
                created++;
            }
        }
        if (created > 0) {
            em.flush();
            audit.event("Notification", null, "NOTIFY", byKind);
        }
        return created;
    }

    /** Mails what is recorded and unmailed now, for those who want it at once (each mail its own transaction). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverImmediate(Instant now) {
        return delivery.deliverImmediate(now);
    }

    /** Sends the daily digests now (each its own transaction). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDigests(Instant now) {
        return delivery.sendDigests(now);
    }
}
