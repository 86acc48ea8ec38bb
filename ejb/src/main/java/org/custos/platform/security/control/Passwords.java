package org.custos.platform.security.control;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Password hashing with Shiro's default (Argon2id, in Shiro's {@code $shiro2$} format). */
public final class Passwords {

    private static final PasswordService SERVICE = new DefaultPasswordService();
    // Compared against when a user name is unknown, so that both paths cost one hash check.
    private static final String DUMMY = SERVICE.encryptPassword("not a real password, only spends the same time");

    private Passwords() {
    }

    public static String hash(String plain) {
        return SERVICE.encryptPassword(plain);
    }

    public static boolean matches(String plain, String hash) {
        if (plain == null) {
            return false;
        }
        if (hash == null) {
            SERVICE.passwordsMatch(plain, DUMMY);
            return false;
        }
        return SERVICE.passwordsMatch(plain, hash);
    }
}
