package org.custos.platform.security.control;

import jakarta.enterprise.context.Dependent;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/** Who is acting: the logged-in user's name, or {@code system} for startup and timer work. */
@Dependent
public class CurrentActor {

    public static final String SYSTEM = "system";

    public String name() {
        Subject subject = subject();
        if (subject != null && subject.getPrincipal() != null) {
            return subject.getPrincipal().toString();
        }
        return SYSTEM;
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
