package org.custos.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.platform.security.boundary.ApiTokenService;
import org.custos.platform.security.boundary.SecondFactorService;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.UserService;
import org.custos.platform.security.entity.ApiToken;
import org.custos.web.login.LoginView;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/** The user's own page: password change and personal API tokens. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    ApiTokenService tokens;

    private Authorization me;
    private String currentPassword;
    private String newPassword;
    private String newPasswordRepeat;
    private String tokenName;
    private int tokenDays = 90;
    private String createdSecret;
    private List<ApiToken> myTokens;

    @Inject
    SecondFactorService secondFactor;

    private SecondFactorService.Status factorStatus;
    private SecondFactorService.Enrolment enrolment;
    private String factorCode;
    private List<String> recoveryCodes;

    @PostConstruct
    void load() {
        me = users.me();
        myTokens = tokens.mine();
        factorStatus = secondFactor.status();
    }

    public boolean isMustEnrol() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(LoginView.MUST_ENROL_SECOND_FACTOR));
    }

    public void startEnrolment() {
        UiAction.attempt(() -> enrolment = secondFactor.startEnrolment(), null);
        recoveryCodes = null;
    }

    public void confirmEnrolment() {
        if (UiAction.attempt(() -> recoveryCodes = secondFactor.confirm(factorCode), "totp.enabled")) {
            enrolment = null;
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(LoginView.MUST_ENROL_SECOND_FACTOR);
            factorStatus = secondFactor.status();
        }
        factorCode = null;
    }

    public void disableSecondFactor() {
        if (UiAction.attempt(() -> secondFactor.disable(factorCode), "totp.disabled")) {
            factorStatus = secondFactor.status();
        }
        factorCode = null;
    }

    public SecondFactorService.Status getFactorStatus() {
        return factorStatus;
    }

    public SecondFactorService.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getFactorCode() {
        return factorCode;
    }

    public void setFactorCode(String factorCode) {
        this.factorCode = factorCode;
    }

    public boolean isMustChangePassword() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(LoginView.MUST_CHANGE_PASSWORD));
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(newPasswordRepeat)) {
            Messages.error("password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (UiAction.attempt(() -> users.changeOwnPassword(currentPassword, newPassword), "password.changed")) {
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(LoginView.MUST_CHANGE_PASSWORD);
            me = users.me();
        }
        currentPassword = null;
        newPassword = null;
        newPasswordRepeat = null;
    }

    public void createToken() {
        UiAction.attempt(() -> {
            createdSecret = tokens.create(tokenName, tokenDays).secret();
            tokenName = null;
            myTokens = tokens.mine();
        }, "token.created");
    }

    public void revoke(ApiToken token) {
        UiAction.attempt(() -> {
            tokens.revoke(token.getId());
            myTokens = tokens.mine();
        }, "token.revoked", token.getName());
    }

    public Authorization getMe() {
        return me;
    }

    public List<ApiToken> getMyTokens() {
        return myTokens;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public int getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(int tokenDays) {
        this.tokenDays = tokenDays;
    }
}
