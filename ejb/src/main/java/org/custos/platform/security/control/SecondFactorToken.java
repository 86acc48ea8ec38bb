package org.custos.platform.security.control;

import org.apache.shiro.authc.HostAuthenticationToken;

/**
 * The second step of a login: user name and TOTP or recovery code. Only the login page creates it,
 * and only after the same session's first step proved the password.
 */
public class SecondFactorToken implements HostAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String code;
    private final String host;

    public SecondFactorToken(String username, String code, String host) {
        this.username = username;
        this.code = code;
        this.host = host;
    }

    public String getUsername() {
        return username;
    }

    public String code() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public String getHost() {
        return host;
    }
}
