package org.custos.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;

/** Logout from the top bar of every page (a POST, so the view state guards it against CSRF). */
@Named
@RequestScoped
public class SessionActions {

    public void logout() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login?logout=true");
    }
}
