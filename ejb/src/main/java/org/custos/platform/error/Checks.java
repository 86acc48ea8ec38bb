package org.custos.platform.error;

import java.util.regex.Pattern;

/** Server-side checks of entered text; each failure names a message key the UI shows in both languages. */
public final class Checks {

    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** A register code such as "R-01" or "INC-2026-07": letters, digits, spaces and . _ / -, at most 40. */
    public static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,39}");

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

    /** The stripped register code; refused (with the maximum length) when blank or not a {@link #CODE}. */
    public static String code(String value, String messageKey) {
        String v = required(value, 40, messageKey);
        if (!CODE.matcher(v).matches()) {
            throw new ValidationException(messageKey, 40);
        }
        return v;
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
