package org.custos.platform.security.control;

import java.util.function.Supplier;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.LoginResult;

/**
 * Shiro realm on Custos' own user table. Password checks, lockout and token checks happen in
 * {@link AccountService} (one transaction each), so the realm only translates outcomes. Roles and
 * permissions are read on every check, so a changed role takes effect at once.
 */
public class AppUserRealm extends AuthorizingRealm {

    public static final String NAME = "custos";

    private final Supplier<AccountService> accounts;

    public AppUserRealm(Supplier<AccountService> accounts) {
        this.accounts = accounts;
        setName(NAME);
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationTokenClass(AuthenticationToken.class);
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken || token instanceof SecondFactorToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof BearerToken bearer) {
            String user = accounts.get().authenticateToken(bearer.getToken())
                    .orElseThrow(() -> new IncorrectCredentialsException("invalid token"));
            return new SimpleAuthenticationInfo(user, bearer.getToken(), getName());
        }
        if (token instanceof SecondFactorToken second) {
            switch (accounts.get().authenticateSecondFactor(second.getUsername(), second.code())) {
                case SUCCESS:
                    return new SimpleAuthenticationInfo(second.getUsername().strip().toLowerCase(java.util.Locale.ROOT),
                            second.getCredentials(), getName());
                case LOCKED:
                    throw new ExcessiveAttemptsException("locked");
                default:
                    throw new IncorrectCredentialsException("invalid second factor");
            }
        }
        UsernamePasswordToken up = (UsernamePasswordToken) token;
        String password = up.getPassword() == null ? "" : new String(up.getPassword());
        LoginResult result = accounts.get().authenticate(up.getUsername(), password);
        switch (result) {
            case SUCCESS:
                return new SimpleAuthenticationInfo(up.getUsername().strip().toLowerCase(java.util.Locale.ROOT),
                        up.getPassword(), getName());
            case LOCKED:
                throw new ExcessiveAttemptsException("locked");
            case EXPIRED:
                throw new org.apache.shiro.authc.ExpiredCredentialsException("expired");
            case SECOND_FACTOR:
                throw new SecondFactorRequiredException();
            default:
                throw new IncorrectCredentialsException("invalid");
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Object principal = principals.getPrimaryPrincipal();
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal == null) {
            return info;
        }
        accounts.get().authorization(principal.toString()).ifPresent((Authorization a) -> {
            info.setRoles(a.roles());
            info.setStringPermissions(a.permissions());
        });
        return info;
    }
}
