package org.custos.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.custos.notifications.boundary.NotificationService;
import org.custos.notifications.control.NotificationText;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.NotificationPreference;
import org.custos.notifications.entity.NotificationPreference.Digest;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/** The caller's notifications, newest first, with their mail preferences. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    LocaleView localeView;

    @Inject
    NotificationBell bell;

    private boolean unreadOnly;
    private List<Notification> list;
    private boolean emailEnabled;
    private Digest digest;
    private long preferenceVersion;
    private NotificationService.MailStatus mailStatus;
    private int retentionDays;

    @PostConstruct
    void load() {
        reload();
        NotificationPreference p = notifications.preferences();
        emailEnabled = p.isEmailEnabled();
        digest = p.getDigest();
        preferenceVersion = p.getVersion();
        mailStatus = notifications.mailStatus();
        retentionDays = notifications.retentionDays();
    }

    public void reload() {
        list = notifications.inbox(unreadOnly);
    }

    /** The line that says what fell due, in the UI language. */
    public String text(Notification n) {
        return NotificationText.subject(n, localeView.getLocale(), Instant.now());
    }

    public String due(Notification n) {
        return NotificationText.date(n.getKind(), n.getDueAt(), NotificationText.german(localeView.getLocale()));
    }

    public String received(Notification n) {
        return NotificationText.date(Notification.Kind.INCIDENT_REPORTING, n.getCreatedAt(),
                NotificationText.german(localeView.getLocale()));
    }

    public boolean overdue(Notification n) {
        return n.overdue(Instant.now());
    }

    /** Marks the notification read and goes to the thing it is about. */
    public void open(Notification n) throws IOException {
        if (!UiAction.attempt(() -> notifications.markRead(n.getId()), null)) {
            return;
        }
        // links are made by the server; still, only a path inside this application is followed
        String link = n.getLink();
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (link.startsWith("/") && !link.startsWith("//")) {
            ec.redirect(ec.getRequestContextPath() + link);
        } else {
            reload();
        }
    }

    public void markRead(Notification n) {
        if (UiAction.attempt(() -> notifications.markRead(n.getId()), null)) {
            bell.recount();
        }
        reload();
    }

    public void markAllRead() {
        int[] marked = new int[1];
        if (UiAction.attempt(() -> marked[0] = notifications.markAllRead(), null)) {
            Messages.info("inbox.markedAll", marked[0]);
            bell.recount();
        }
        reload();
    }

    /** Deletes one read notification (asked to confirm first). */
    public void delete(Notification n) {
        UiAction.attempt(() -> notifications.delete(n.getId()), "inbox.deleted");
        reload();
    }

    /** Deletes every read notification of the caller (asked to confirm first). */
    public void deleteAllRead() {
        int[] deleted = new int[1];
        if (UiAction.attempt(() -> deleted[0] = notifications.deleteAllRead(), null)) {
            Messages.info("inbox.deletedRead", deleted[0]);
        }
        reload();
    }

    public void savePreferences() {
        UiAction.attempt(() -> preferenceVersion = notifications.savePreferences(emailEnabled, digest, preferenceVersion)
                .getVersion(), "notification.saved");
    }

    public Digest[] getDigests() {
        return Digest.values();
    }

    public List<Notification> getList() {
        return list;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }

    public Digest getDigest() {
        return digest;
    }

    public void setDigest(Digest digest) {
        this.digest = digest;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public NotificationService.MailStatus getMailStatus() {
        return mailStatus;
    }
}
