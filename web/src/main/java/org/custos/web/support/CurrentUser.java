package org.custos.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * The logged-in user for page rendering ({@code #{currentUser.permitted('user:manage')}}). Hiding
 * a control is convenience only: every boundary method checks again.
 */
@Named
@RequestScoped
public class CurrentUser {

    public boolean isLoggedIn() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && subject.getPrincipal() != null;
    }

    public String getName() {
        Object principal = SecurityUtils.getSubject().getPrincipal();
        return principal == null ? "" : principal.toString();
    }

    public boolean permitted(String permission) {
        return isLoggedIn() && SecurityUtils.getSubject().isPermitted(permission);
    }
}
