package org.custos.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.notifications.control.Mailer;
import org.custos.notifications.control.NotificationText;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.NotificationPreference;
import org.custos.notifications.entity.NotificationPreference.Digest;
import org.custos.platform.security.entity.UserAccount;

/**
 * Mails notifications that are recorded, never ones that might still be rolled back: the runs that record
 * them fire {@link Recorded} inside their transaction, and delivery starts only once that transaction has
 * committed. Each mail (one notification, or one user's digest) then has a transaction of its own that marks
 * it mailed only when the SMTP server took it; a failed send leaves it unmailed for the next run, and a
 * failure with one notification cannot undo what was mailed before it. The remaining gap is a commit that
 * fails right after the server took the mail: that mail goes out once more on the next run (at least once,
 * never lost).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    /** Older unmailed notifications are not mailed any more (e.g. when mail is switched on later). */
    static final Duration MAIL_WINDOW = Duration.ofDays(7);
    /** A digest at most this often, so a late or repeated daily run does not send a second one. */
    static final Duration DIGEST_GAP = Duration.ofHours(20);

    /** Fired in the transaction that recorded notifications: mail after it commits, digests too if asked. */
    public record Recorded(Instant at, boolean digests) {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Resource
    SessionContext context;

    /** Runs after the recording transaction committed; never after a rollback. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded recorded) {
        int sent = deliverImmediate(recorded.at());
        int digests = recorded.digests() ? sendDigests(recorded.at()) : 0;
        if (sent + digests > 0) {
            LOG.info(() -> "Notifications: " + sent + " mailed at once, " + digests + " digests sent");
        }
    }

    /** Mails each unmailed notification of the users who want them at once; returns how many went out. */
    public int deliverImmediate(Instant now) {
        Mailer.Settings settings = mailer.settings();
        if (!settings.configured()) {
            return 0;
        }
        int sent = 0;
        Map<String, NotificationPreference> prefs = preferences();
        NotificationDelivery self = context.getBusinessObject(NotificationDelivery.class);
        for (Map.Entry<String, List<Notification>> e : unmailed(now).entrySet()) {
            NotificationPreference p = prefs.get(e.getKey());
            UserAccount account = account(e.getKey());
            if (p == null || !p.wants(Digest.IMMEDIATE) || account == null || !account.isEnabled()) {
                continue;
            }
            for (Notification n : e.getValue()) {
                Boolean mailed = self.mailOne(n.getId(), account.getEmail(), locale(account), settings, now);
                if (mailed == null) {
                    continue;
                }
                if (!mailed) {
                    break; // the server or the address fails: try again on the next run
                }
                sent++;
            }
        }
        return sent;
    }

    /**
     * Mails one notification in a transaction of its own and marks it mailed if the server took it: true;
     * false when the send failed; null when there was nothing to send any more (read, mailed or deleted
     * meanwhile). The row stays locked while sending, so a concurrent delivery waits and then skips it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Boolean mailOne(long id, String to, Locale locale, Mailer.Settings settings, Instant now) {
        Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || n.getEmailedAt() != null || n.isRead()) {
            return null;
        }
        NotificationText.Mail m = NotificationText.single(n, locale, settings.baseUrl(), now);
        if (!mailer.send(settings, to, m.subject(), m.body())) {
            return false;
        }
        n.emailed(now);
        return true;
    }

    /** Sends one digest to each user on the daily digest (the default) with unmailed notifications. */
    public int sendDigests(Instant now) {
        Mailer.Settings settings = mailer.settings();
        if (!settings.configured()) {
            return 0;
        }
        int sent = 0;
        Map<String, NotificationPreference> prefs = preferences();
        NotificationDelivery self = context.getBusinessObject(NotificationDelivery.class);
        for (Map.Entry<String, List<Notification>> e : unmailed(now).entrySet()) {
            NotificationPreference p = prefs.get(e.getKey());
            boolean wants = p == null || p.wants(Digest.DAILY);
            UserAccount account = account(e.getKey());
            if (wants && account != null && account.isEnabled()
                    && self.mailDigest(e.getKey(), e.getValue().stream().map(Notification::getId).toList(), account.getEmail(),
                            locale(account), settings, now)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * One user's digest in a transaction of its own: the notifications still unmailed and unread, at most one
     * digest per {@link #DIGEST_GAP} (the preference row, locked, says when the last went out).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean mailDigest(String username, List<Long> ids, String to, Locale locale, Mailer.Settings settings, Instant now) {
        NotificationPreference p = em.find(NotificationPreference.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (p != null && p.getLastDigestAt() != null && !p.getLastDigestAt().isBefore(now.minus(DIGEST_GAP))) {
            return false;
        }
        List<Notification> items = new ArrayList<>();
        for (Long id : ids) {
            Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (n != null && n.getEmailedAt() == null && !n.isRead()) {
                items.add(n);
            }
        }
        if (items.isEmpty()) {
            return false;
        }
        NotificationText.Mail m = NotificationText.digest(items, locale, settings.baseUrl(), now);
        if (!mailer.send(settings, to, m.subject(), m.body())) {
            return false;
        }
        items.forEach(n -> n.emailed(now));
        if (p == null) {
            p = new NotificationPreference(username);
            em.persist(p);
        }
        p.digestSent(now);
        return true;
    }

    private Map<String, List<Notification>> unmailed(Instant now) {
        Map<String, List<Notification>> byUser = new LinkedHashMap<>();
        em.createNamedQuery("Notification.unmailed", Notification.class).setParameter("since", now.minus(MAIL_WINDOW))
                .getResultList().forEach(n -> byUser.computeIfAbsent(n.getUsername(), u -> new ArrayList<>()).add(n));
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
