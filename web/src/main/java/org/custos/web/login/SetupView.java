package org.custos.web.login;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.custos.platform.error.CustosException;
import org.custos.platform.security.boundary.SetupService;
import org.custos.web.support.Messages;

/** First start: the setup token from the log creates the first administrator. */
@Named
@ViewScoped
public class SetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SetupService setup;

    private String token;
    private String username;
    private String displayName;
    private String password;
    private String passwordRepeat;

    public boolean isOpen() {
        return setup.isOpen();
    }

    public void complete() throws IOException {
        if (password == null || !password.equals(passwordRepeat)) {
            Messages.error("password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            setup.complete(token, username, displayName, password);
        } catch (CustosException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.getFlash().setKeepMessages(true);
        Messages.info("setup.done", username);
        ec.redirect(ec.getRequestContextPath() + "/login");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
