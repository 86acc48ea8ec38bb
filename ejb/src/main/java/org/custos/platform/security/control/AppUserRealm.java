package org.custos.platform.security.control;

import java.util.Set;
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
import org.custos.platform.persistence.KeptUntilWrite;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.LoginResult;

/**
 * Shiro realm on Custos' own user table. Password checks, lockout and token checks happen in
 * {@link AccountService} (one transaction each), so the realm only translates outcomes. What an API
 * token stands for and a user's roles and permissions are kept until any entity write commits (every
 * change of a user, role or token is one, and is audited) and for 30 seconds at most, so a changed role
 * or a revoked token takes effect at once, and a dashboard polled by many does not read them per request.
 * Within a request they are read once ({@link RequestAuthorizations}).
 */
public class AppUserRealm extends AuthorizingRealm {

    public static final String NAME = "custos";

    private static final java.time.Duration KEPT = java.time.Duration.ofSeconds(30);

    private final Supplier<AccountService> accounts;
    private final KeptUntilWrite<String, AccountService.TokenUser> tokens = new KeptUntilWrite<>(KEPT, 10_000);
    private final KeptUntilWrite<String, AuthorizationInfo> authorizations = new KeptUntilWrite<>(KEPT, 10_000);

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
            String raw = bearer.getToken();
            // kept under the token's hash: the map never holds a secret
            AccountService.TokenUser user = tokens.get(raw == null ? "" : SecretTokens.sha256(raw),
                            () -> accounts.get().authenticateToken(raw))
                    .filter(t -> t.expiresAt().isAfter(java.time.Instant.now()))
                    .orElseThrow(() -> new IncorrectCredentialsException("invalid token"));
            return new SimpleAuthenticationInfo(user.username(), raw, getName());
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
        if (principal == null) {
            return new SimpleAuthorizationInfo();
        }
        String username = principal.toString();
        return RequestAuthorizations.get(username, () -> authorizations.get(username,
                () -> accounts.get().authorization(username).map((Authorization a) -> {
                    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
                    info.setRoles(Set.copyOf(a.roles()));
                    // resolved once here, not at every check
                    info.setObjectPermissions(a.permissions().stream().map(getPermissionResolver()::resolvePermission)
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
                    return info;
                })).orElseGet(SimpleAuthorizationInfo::new));
    }
}
