package org.custos.platform.error;

import java.util.regex.Pattern;

/** Server-side checks of entered text; each failure names a message key the UI shows in both languages. */
public final class Checks {

    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Checks() {
    }

    /** The stripped text; refused when blank or longer than {@code max}. */
    public static String required(String value, int max, String messageKey) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new ValidationException(messageKey, max);
        }
        return value.strip();
    }

    /** The stripped text or null when blank; refused when longer than {@code max}. */
    public static String optional(String value, int max, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new ValidationException(messageKey, max);
        }
        return value.strip();
    }

    /** The stripped address or null when blank; refused when malformed. */
    public static String email(String value, String messageKey) {
        String v = optional(value, 254, messageKey);
        if (v != null && !EMAIL.matcher(v).matches()) {
            throw new ValidationException(messageKey, 254);
        }
        return v;
    }
}
