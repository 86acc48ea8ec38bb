package org.custos.platform.security.control;

import jakarta.enterprise.context.Dependent;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/**
 * Who is acting: the logged-in user's name, {@code anonymous} for a request without login (such as
 * a failed login), or {@code system} for startup and timer work.
 */
@Dependent
public class CurrentActor {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public String name() {
        Subject subject = subject();
        if (subject == null) {
            return SYSTEM;
        }
        return subject.getPrincipal() == null ? ANONYMOUS : subject.getPrincipal().toString();
    }

    public boolean isAuthenticated() {
        Subject subject = subject();
        return subject != null && subject.isAuthenticated();
    }

    public boolean isPermitted(String permission) {
        Subject subject = subject();
        return subject != null && subject.getPrincipal() != null && subject.isPermitted(permission);
    }

    /** The Shiro subject bound to this thread, or null where no security manager is (timers, startup). */
    static Subject subject() {
        try {
            return SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            return null;
        }
    }
}
