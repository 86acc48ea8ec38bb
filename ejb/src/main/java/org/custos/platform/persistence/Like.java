package org.custos.platform.persistence;

import java.util.Locale;

/** Search text as a LIKE pattern (escape character backslash), so % and _ typed by a user match themselves. */
public final class Like {

    private Like() {
    }

    /** Lower-cased "contains" pattern for a case-insensitive LIKE. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
