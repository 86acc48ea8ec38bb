package org.custos.platform.security.control;

import org.apache.shiro.authc.AuthenticationException;

/** The password was right; the account also needs its TOTP code (or a recovery code). */
public class SecondFactorRequiredException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public SecondFactorRequiredException() {
        super("second factor required");
    }
}
