package org.custos.tisax.control;

import java.util.Locale;

/** The three tabs of the ISA workbook, with their sheet names in the official file. */
public enum IsaPart {
    INFORMATION_SECURITY("Information Security"),
    PROTOTYPE_PROTECTION("Prototype Protection"),
    DATA_PROTECTION("Data Protection");

    private final String sheetName;

    IsaPart(String sheetName) {
        this.sheetName = sheetName;
    }

    public String sheetName() {
        return sheetName;
    }

    /** By the imported {@code tab} attribute (ISA 5 writes "Data protection"), else by chapter 8 or 9. */
    public static IsaPart of(String refId, String tab) {
        if (tab != null) {
            for (IsaPart p : values()) {
                if (p.sheetName.equalsIgnoreCase(tab.strip())) {
                    return p;
                }
            }
        }
        String chapter = chapter(refId);
        return switch (chapter) {
            case "8" -> PROTOTYPE_PROTECTION;
            case "9" -> DATA_PROTECTION;
            default -> INFORMATION_SECURITY;
        };
    }

    /** "5.2.3" → "5". */
    public static String chapter(String refId) {
        String r = refId == null ? "" : refId.strip();
        int dot = r.indexOf('.');
        return (dot < 0 ? r : r.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    /** "8.4.1" → "8.4"; a two-part number is its own section (ISA 5 data protection: "9.1"). */
    public static String section(String refId) {
        String[] parts = refId == null ? new String[0] : refId.strip().split("\\.");
        return parts.length < 2 ? chapter(refId) : parts[0] + "." + parts[1];
    }
}
