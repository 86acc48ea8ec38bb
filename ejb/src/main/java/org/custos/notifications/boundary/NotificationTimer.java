package org.custos.notifications.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.custos.notifications.control.Mailer;
import org.custos.notifications.control.NotificationSources;
import org.custos.notifications.control.NotificationSources.Due;
import org.custos.notifications.control.NotificationText;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.NotificationPreference;
import org.custos.notifications.entity.NotificationPreference.Digest;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.security.entity.UserAccount;

/**
 * Turns what falls due into notifications, every morning for everything and every hour for incident
 * reporting deadlines (hours matter there), and mails them as each user chose: at once, or one digest a
 * day. Each thing is told once per user and due date (dedup key); a failed mail is retried on the next run.
 * A singleton, so runs never overlap. Runs as {@code system} in the audit trail.
 */
@Singleton
public class NotificationTimer {

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());
    /** Older unmailed notifications are not mailed any more (e.g. when mail is switched on later). */
    static final Duration MAIL_WINDOW = Duration.ofDays(7);
    /** A digest at most this often, so a late or repeated daily run does not send a second one. */
    static final Duration DIGEST_GAP = Duration.ofHours(20);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    NotificationSources sources;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Schedule(hour = "5", minute = "40", persistent = false, info = "notifications: daily run and digests")
    void daily() {
        Instant now = Instant.now();
        int created = run(now);
        int digests = sendDigests(now);
        LOG.info(() -> "Notifications: " + created + " created, " + digests + " digests sent");
    }

    @Schedule(hour = "*", minute = "20", persistent = false, info = "notifications: incident reporting deadlines")
    void hourly() {
        int created = runIncidents(Instant.now());
        if (created > 0) {
            LOG.info(() -> "Notifications: " + created + " about incident reporting deadlines");
        }
    }

    /** Creates the notifications for everything due at {@code now}; mails the immediate ones; returns how many new. */
    public int run(Instant now) {
        int created = store(sources.all(now), now);
        deliverImmediate(now);
        return created;
    }

    /** The same for incident reporting deadlines only. */
    public int runIncidents(Instant now) {
        int created = store(sources.incidents(now), now);
        deliverImmediate(now);
        return created;
    }

    private int store(List<Due> due, Instant now) {
        Map<String, Set<String>> known = new HashMap<>();
        Map<String, Object> byKind = new LinkedHashMap<>();
        int created = 0;
        for (Due d : due) {
            Set<String> keys = known.computeIfAbsent(d.username(), u -> new HashSet<>(em
                    .createNamedQuery("Notification.keysOf", String.class).setParameter("user", u).getResultList()));
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

    /** Mails each unmailed notification of the users who want them at once; returns how many went out. */
    public int deliverImmediate(Instant now) {
        Mailer.Settings settings = mailer.settings();
        if (!settings.configured()) {
            return 0;
        }
        int sent = 0;
        Map<String, NotificationPreference> prefs = preferences();
        for (Map.Entry<String, List<Notification>> e : unmailed(now).entrySet()) {
            NotificationPreference p = prefs.get(e.getKey());
            UserAccount account = account(e.getKey());
            if (p == null || !p.wants(Digest.IMMEDIATE) || account == null || !account.isEnabled()) {
                continue;
            }
            Locale locale = locale(account);
            for (Notification n : e.getValue()) {
                NotificationText.Mail m = NotificationText.single(n, locale, settings.baseUrl(), now);
                if (mailer.send(settings, account.getEmail(), m.subject(), m.body())) {
                    n.emailed(now);
                    sent++;
                } else {
                    break; // the server or the address fails: try again on the next run
                }
            }
        }
        return sent;
    }

    /** Sends one digest to each user on the daily digest (the default) with unmailed notifications. */
    public int sendDigests(Instant now) {
        Mailer.Settings settings = mailer.settings();
        if (!settings.configured()) {
            return 0;
        }
        int sent = 0;
        Map<String, NotificationPreference> prefs = preferences();
        for (Map.Entry<String, List<Notification>> e : unmailed(now).entrySet()) {
            NotificationPreference p = prefs.get(e.getKey());
            boolean wants = p == null || p.wants(Digest.DAILY);
            boolean due = p == null || p.getLastDigestAt() == null || p.getLastDigestAt().isBefore(now.minus(DIGEST_GAP));
            UserAccount account = account(e.getKey());
            if (!wants || !due || account == null || !account.isEnabled()) {
                continue;
            }
            NotificationText.Mail m = NotificationText.digest(e.getValue(), locale(account), settings.baseUrl(), now);
            if (mailer.send(settings, account.getEmail(), m.subject(), m.body())) {
                e.getValue().forEach(n -> n.emailed(now));
                if (p == null) {
                    p = new NotificationPreference(e.getKey());
                    em.persist(p);
                }
                p.digestSent(now);
                sent++;
            }
        }
        return sent;
    }

    private Map<String, List<Notification>> unmailed(Instant now) {
        Map<String, List<Notification>> byUser = new LinkedHashMap<>();
        em.createNamedQuery("Notification.unmailed", Notification.class).setParameter("since", now.minus(MAIL_WINDOW))
                .getResultList().forEach(n -> byUser.computeIfAbsent(n.getUsername(), u -> new java.util.ArrayList<>()).add(n));
        return byUser;
    }

    private Map<String, NotificationPreference> preferences() {
        Map<String, NotificationPreference> prefs = new HashMap<>();
        em.createQuery("SELECT p FROM NotificationPreference p", NotificationPreference.class).getResultList()
                .forEach(p -> prefs.put(p.getUsername(), p));
        return prefs;
    }

    private UserAccount account(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    private static Locale locale(UserAccount account) {
        return account.getPreferredLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(account.getPreferredLocale());
    }
}
