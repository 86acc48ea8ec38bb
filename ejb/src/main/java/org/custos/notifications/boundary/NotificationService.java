package org.custos.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custos.notifications.control.Mailer;
import org.custos.notifications.control.NotificationCleanup;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.NotificationPreference;
import org.custos.notifications.entity.NotificationPreference.Digest;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.platform.security.entity.UserAccount;

/**
 * The caller's own inbox and mail preferences. Every user has one, whatever the role, so a login is all it
 * takes; another user's notification does not exist for the caller (not found rather than forbidden).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
@RequiresPermission(RequiresPermission.AUTHENTICATED)
public class NotificationService {

    /** The inbox lists at most this many, newest first. */
    static final int INBOX_LIMIT = 200;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    Mailer mailer;

    @Inject
    NotificationCleanup cleanup;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Notification> inbox(boolean unreadOnly) {
        return em.createNamedQuery(unreadOnly ? "Notification.unread" : "Notification.inbox", Notification.class)
                .setParameter("user", actor.name()).setMaxResults(INBOX_LIMIT).getResultList();
    }

    /** One COUNT on an index: shown on every page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadCount() {
        return em.createNamedQuery("Notification.unreadCount", Long.class).setParameter("user", actor.name())
                .getSingleResult();
    }

    public Notification markRead(long id) {
        Notification n = own(id);
        if (!n.isRead()) {
            Map<String, Object> before = n.auditState();
            n.markRead(Instant.now());
            audit.updated("Notification", n.getId(), before, n);
        }
        return n;
    }

    /** The caller's notification; another user's does not exist for the caller. */
    private Notification own(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getUsername().equals(actor.name())) {
            throw new NotFoundException("Notification", id);
        }
        return n;
    }

    /** Marks every unread notification of the caller read; returns how many. */
    public int markAllRead() {
        int marked = em.createNamedQuery("Notification.markAllRead").setParameter("at", Instant.now())
                .setParameter("user", actor.name()).executeUpdate();
        if (marked > 0) {
            audit.event("Notification", actor.name(), "READ_ALL", Map.of("count", marked));
        }
        return marked;
    }

    /**
     * Deletes one read notification of the caller (an unread one is read first: it may still need doing). Its
     * thing is not told again for the same due date.
     */
    public void delete(long id) {
        Notification n = own(id);
        if (!n.isRead()) {
            throw new ValidationException("inbox.deleteUnread");
        }
        Map<String, Object> before = n.auditState();
        cleanup.delete(n, Instant.now());
        audit.deleted("Notification", id, before);
    }

    /** Deletes every read notification of the caller; returns how many. */
    public int deleteAllRead() {
        List<Notification> read = em.createNamedQuery("Notification.readOf", Notification.class)
                .setParameter("user", actor.name()).getResultList();
        Instant now = Instant.now();
        read.forEach(n -> cleanup.delete(n, now));
        if (!read.isEmpty()) {
            em.flush();
            audit.event("Notification", actor.name(), "DELETE_READ", Map.of("count", read.size()));
        }
        return read.size();
    }

    /** The caller's preferences; the defaults (e-mail on, daily digest, version 0) until first saved. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NotificationPreference preferences() {
        NotificationPreference p = em.find(NotificationPreference.class, actor.name());
        return p != null ? p : new NotificationPreference(actor.name());
    }

    public NotificationPreference savePreferences(boolean emailEnabled, Digest digest, long seenVersion) {
        if (digest == null) {
            throw new ValidationException("notification.digest.required");
        }
        NotificationPreference p = em.find(NotificationPreference.class, actor.name());
        if (p == null) {
            Edits.expectVersion(seenVersion, 0, "NotificationPreference");
            p = new NotificationPreference(actor.name());
            p.choose(emailEnabled, digest);
            em.persist(p);
            em.flush();
            audit.created("NotificationPreference", p.getUsername(), p);
        } else {
            Edits.expectVersion(seenVersion, p.getVersion(), "NotificationPreference");
            Map<String, Object> before = p.auditState();
            p.choose(emailEnabled, digest);
            Edits.flush(em, "NotificationPreference");
            audit.updated("NotificationPreference", p.getUsername(), before, p);
        }
        return p;
    }

    /** How many days read notifications are kept (unread ones twice as long). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int retentionDays() {
        return cleanup.retentionDays();
    }

    /** Whether mail can reach the caller at all: a server is configured, and the account has an address. */
    public record MailStatus(boolean serverConfigured, boolean hasAddress) implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MailStatus mailStatus() {
        boolean address = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", actor.name())
                .getResultStream().findFirst().map(u -> u.getEmail() != null && !u.getEmail().isBlank()).orElse(false);
        return new MailStatus(mailer.settings().configured(), address);
    }
}
