package org.custos.platform.security.control;

import java.util.Optional;

/** The password rules: at least 12 characters, at most 256, not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("password.blank");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }
}
