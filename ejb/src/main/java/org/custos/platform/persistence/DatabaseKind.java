package org.custos.platform.persistence;

import java.util.regex.Pattern;

/** The two databases Custos runs on, recognised from the JDBC URL. */
public enum DatabaseKind {
    H2, MARIADB, UNKNOWN;

    private static final Pattern SECRET = Pattern.compile("(?i)(password|pwd)=[^;&]*");

    public static DatabaseKind of(String url) {
        if (url == null) {
            return UNKNOWN;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        return UNKNOWN;
    }

    /** The URL as it may appear in a log: any inline password masked. */
    public static String describe(String url) {
        return url == null ? "(none)" : SECRET.matcher(url).replaceAll("$1=***");
    }
}
