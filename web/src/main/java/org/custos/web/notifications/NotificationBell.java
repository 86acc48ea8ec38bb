package org.custos.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.custos.notifications.boundary.NotificationService;
import org.custos.platform.error.CustosException;
import org.custos.web.support.CurrentUser;

/** The unread count in the top bar: counted at most once per request, however often the page asks. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = currentUser.isLoggedIn() ? notifications.unreadCount() : 0L;
            } catch (CustosException e) {
                unread = 0L;
            }
        }
        return unread;
    }

    /** Called after marking read on the same request, so the bell shows the new count. */
    public void recount() {
        unread = null;
    }
}
