package org.custos.web.login;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.custos.platform.security.boundary.SecondFactorService;
import org.custos.platform.security.control.SecondFactorRequiredException;
import org.custos.platform.security.control.SecondFactorToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.SetupService;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.Messages;

/** The login page: checks credentials through Shiro and returns the user to where they were going. */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String MUST_CHANGE_PASSWORD = "custos.mustChangePassword";
    public static final String MUST_ENROL_SECOND_FACTOR = "custos.mustEnrolSecondFactor";
    /** Set when a session's password step succeeded for an account with a second factor. */
    static final String PENDING_SECOND_FACTOR = "custos.pendingSecondFactor";
    static final long SECOND_STEP_MILLIS = 5 * 60 * 1000L;

    /** Who passed the password step, and when; lives in the session only. */
    record Pending(String username, long at) implements Serializable {
    }

    @Inject
    AccountService accounts;

    @Inject
    SetupService setup;

    @Inject
    LocaleView localeView;

    @Inject
    SecondFactorService secondFactor;

    private String username;
    private String password;
    private String code;
    private boolean secondStep;
    private boolean loggedOut;

    public void onLoad() throws IOException {
        if (setup.isOpen()) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/setup");
        }
    }

    public void login() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password));
        } catch (SecondFactorRequiredException e) {
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                    .put(PENDING_SECOND_FACTOR, new Pending(username, System.currentTimeMillis()));
            secondStep = true;
            return;
        } catch (ExcessiveAttemptsException e) {
            Messages.error("login.locked");
            return;
        } catch (org.apache.shiro.authc.ExpiredCredentialsException e) {
            Messages.error("login.expired");
            return;
        } catch (AuthenticationException e) {
            Messages.error("login.invalid");
            return;
        } finally {
            password = null;
        }
        completeLogin(subject);
    }

    /** The second step: the code from the authenticator app, or a recovery code. */
    public void verify() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Object pending = ec.getSessionMap().get(PENDING_SECOND_FACTOR);
        if (!(pending instanceof Pending p) || System.currentTimeMillis() - p.at() > SECOND_STEP_MILLIS) {
            ec.getSessionMap().remove(PENDING_SECOND_FACTOR);
            secondStep = false;
            Messages.error("login.secondFactorExpired");
            return;
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new SecondFactorToken(p.username(), code, ((HttpServletRequest) ec.getRequest()).getRemoteAddr()));
        } catch (ExcessiveAttemptsException e) {
            ec.getSessionMap().remove(PENDING_SECOND_FACTOR);
            secondStep = false;
            Messages.error("login.locked");
            return;
        } catch (AuthenticationException e) {
            Messages.error("login.codeInvalid");
            return;
        } finally {
            code = null;
        }
        ec.getSessionMap().remove(PENDING_SECOND_FACTOR);
        completeLogin(subject);
    }

    private void completeLogin(Subject subject) throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.changeSessionId(); // no session fixation
        Authorization me = accounts.authorization(subject.getPrincipal().toString()).orElseThrow();
        localeView.adopt(accounts.preferredLocale(me.username()));
        String target = ec.getRequestContextPath() + "/";
        SecondFactorService.Status factor = secondFactor.status();
        boolean mustEnrol = factor.required() && !factor.enabled();
        if (mustEnrol) {
            ec.getSessionMap().put(MUST_ENROL_SECOND_FACTOR, Boolean.TRUE);
        }
        if (me.mustChangePassword()) {
            ec.getSessionMap().put(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            target = ec.getRequestContextPath() + "/profile";
        } else if (mustEnrol) {
            target = ec.getRequestContextPath() + "/profile";
        } else {
            SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
            if (saved != null && isPage(saved, ec.getRequestContextPath())) {
                target = saved.getRequestUrl();
            }
        }
        ec.redirect(target);
    }

    // Browsers fetch icons and resources in the background; only a page is worth returning to.
    private static boolean isPage(SavedRequest saved, String contextPath) {
        String url = saved.getRequestUrl();
        if (url == null || !"GET".equalsIgnoreCase(saved.getMethod()) || !url.startsWith(contextPath + "/")
                || url.startsWith("//")) {
            return false;
        }
        String path = saved.getRequestURI().substring(contextPath.length());
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/api/")
                && (!last.contains(".") || last.endsWith(".xhtml"));
    }

    public boolean isSecondStep() {
        return secondStep;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
