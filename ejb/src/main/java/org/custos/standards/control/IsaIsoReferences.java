package org.custos.standards.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ISO 27001 references out of one "Reference to other standards" cell of a VDA ISA
 * workbook. The cell holds one line per standard, e.g. {@code ISO 27001:2013: A.5.1.1, A6.1.2} and
 * {@code ISO 27001:2022: A.5.24-27, 8.5}; lines without a label continue the previous one. Other
 * standards (ISO 27017, ISA/IEC 62443, NIST CSF) are skipped. Only identifiers that exist in the
 * named ISO 27001 edition are accepted; everything else is returned as unparsed.
 */
final class IsaIsoReferences {

    static final String V2013 = "2013";
    static final String V2022 = "2022";

    /** One ISO 27001 target; {@code note} says how it was interpreted when the cell was not explicit. */
    record Ref(String version, String refId, String note) {
    }

    record Result(List<Ref> refs, List<String> unparsed) {
    }

    private static final Pattern ISO_LABEL = Pattern.compile(
            "^(?:reference\\s+to\\s+)?ISO\\s*(?:/\\s*IEC\\s*)?(2700[12])\\s*(?::\\s*(\\d{4}))?\\s*:(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "^(?:reference\\s+to\\s+)?[A-Za-z][^:]{0,60}:(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[,;]|\\s+and\\s+|\\s+&\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("^(A)?\\s*\\.?\\s*(\\d+(?:\\.\\d+)*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*[-–]\\s*(.+)$");
    private static final int MAX_RANGE = 40;

    private static final Set<String> CLAUSES_2022 = Set.of("4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2",
            "5.3", "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5",
            "7.5.1", "7.5.2", "7.5.3", "8", "8.1", "8.2", "8.3", "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3",
            "9.3.1", "9.3.2", "9.3.3", "10", "10.1", "10.2");
    private static final Set<String> CLAUSES_2013 = Set.of("4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2",
            "5.3", "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1",
            "7.5.2", "7.5.3", "8", "8.1", "8.2", "8.3", "9", "9.1", "9.2", "9.3", "10", "10.1", "10.2");
    private static final Set<String> ANNEX_2022 = annex2022();
    private static final Set<String> ANNEX_2013 = annex2013();

    private IsaIsoReferences() {
    }

    private enum Kind {
        ISO27001, ISO27002, OTHER
    }

    static Result parse(String cell) {
        List<Ref> refs = new ArrayList<>();
        List<String> unparsed = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return new Result(refs, unparsed);
        }
        Kind kind = null;
        String labelVersion = null;
        for (String raw : cell.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String rest;
            Matcher iso = ISO_LABEL.matcher(line);
            Matcher other = OTHER_LABEL.matcher(line);
            if (iso.matches()) {
                kind = iso.group(1).equals("27001") ? Kind.ISO27001 : Kind.ISO27002;
                labelVersion = iso.group(2);
                rest = iso.group(3);
            } else if (other.matches()) {
                kind = Kind.OTHER;
                labelVersion = null;
                rest = other.group(1);
            } else {
                rest = line;
            }
            if (kind == Kind.OTHER) {
                continue;
            }
            for (String t : SEPARATORS.split(rest)) {
                String token = t.strip();
                if (token.endsWith(".")) {
                    token = token.substring(0, token.length() - 1).strip();
                }
                if (token.isEmpty()) {
                    continue;
                }
                List<Ref> read = kind == null ? List.of() : readToken(token, kind, labelVersion);
                if (read.isEmpty()) {
                    unparsed.add(token);
                } else {
                    refs.addAll(read);
                }
            }
        }
        return new Result(refs, unparsed);
    }

    private static List<Ref> readToken(String token, Kind kind, String labelVersion) {
        String version;
        String note = null;
        if (labelVersion == null) {
            // ISA up to 5.x predates ISO 27001:2022; unversioned references use 2013 numbering (A.9.x etc.).
            version = V2013;
            note = kind == Kind.ISO27002
                    ? "cited as ISO 27002 " + token + "; ISO 27001:2013 Annex A uses the same numbers"
                    : "edition not stated in the workbook; read as ISO 27001:2013";
        } else if (labelVersion.equals(V2013) || labelVersion.equals(V2022)) {
            version = labelVersion;
            if (kind == Kind.ISO27002) {
                note = "cited as ISO 27002:" + version + " " + token + "; same number as ISO 27001 Annex A";
            }
        } else {
            return List.of();
        }
        Matcher range = RANGE.matcher(token);
        if (range.matches()) {
            return readRange(range.group(1).strip(), range.group(2).strip(), token, kind, version, note);
        }
        Ref single = readId(token, kind, version, note);
        return single == null ? List.of() : List.of(single);
    }

    private static List<Ref> readRange(String from, String to, String token, Kind kind, String version,
            String note) {
        Matcher a = ID.matcher(from);
        if (!a.matches()) {
            return List.of();
        }
        String prefix = a.group(1) != null ? "A" : "";
        String[] first = a.group(2).split("\\.");
        String last;
        if (to.matches("\\d+")) {
            last = to; // "A.5.24-27"
        } else {
            Matcher b = ID.matcher(to);
            if (!b.matches() || (b.group(1) != null) != (a.group(1) != null)) {
                return List.of();
            }
            String[] second = b.group(2).split("\\.");
            if (second.length != first.length) {
                return List.of();
            }
            for (int i = 0; i < first.length - 1; i++) {
                if (!first[i].equals(second[i])) {
                    return List.of();
                }
            }
            last = second[second.length - 1];
        }
        int start = Integer.parseInt(first[first.length - 1]);
        int end = Integer.parseInt(last);
        if (end < start || end - start >= MAX_RANGE) {
            return List.of();
        }
        String stem = String.join(".", Arrays.copyOf(first, first.length - 1));
        String rangeNote = note == null ? "from range " + token : note + "; from range " + token;
        List<Ref> out = new ArrayList<>();
        for (int n = start; n <= end; n++) {
            Ref r = readId(prefix + stem + "." + n, kind, version, rangeNote);
            if (r == null) {
                return List.of();
            }
            out.add(r);
        }
        return out;
    }

    private static Ref readId(String token, Kind kind, String version, String note) {
        Matcher m = ID.matcher(token);
        if (!m.matches()) {
            return null;
        }
        boolean annexPrefix = m.group(1) != null;
        String number = m.group(2);
        Set<String> annex = version.equals(V2022) ? ANNEX_2022 : ANNEX_2013;
        Set<String> clauses = version.equals(V2022) ? CLAUSES_2022 : CLAUSES_2013;
        String asAnnex = "A." + number;
        if (annexPrefix || kind == Kind.ISO27002) {
            return annex.contains(asAnnex) ? new Ref(version, asAnnex, note) : null;
        }
        if (clauses.contains(number)) {
            return new Ref(version, number, note);
        }
        if (annex.contains(asAnnex)) {
            String why = "written " + number + "; ISO 27001:" + version + " has no clause " + number
                    + ", read as " + asAnnex;
            return new Ref(version, asAnnex, note == null ? why : note + "; " + why);
        }
        return null;
    }

    private static Set<String> annex2022() {
        Set<String> ids = new LinkedHashSet<>();
        int[][] themes = {{5, 37}, {6, 8}, {7, 14}, {8, 34}};
        for (int[] theme : themes) {
            ids.add("A." + theme[0]);
            for (int c = 1; c <= theme[1]; c++) {
                ids.add("A." + theme[0] + "." + c);
            }
        }
        return Set.copyOf(ids);
    }

    /** Annex A of ISO 27001:2013: clause.objective:number of controls. */
    private static Set<String> annex2013() {
        String table = "5.1:2 6.1:5 6.2:2 7.1:2 7.2:3 7.3:1 8.1:4 8.2:3 8.3:3 9.1:2 9.2:6 9.3:1 9.4:5 10.1:2 "
                + "11.1:6 11.2:9 12.1:4 12.2:1 12.3:1 12.4:4 12.5:1 12.6:2 12.7:1 13.1:3 13.2:4 14.1:3 14.2:9 "
                + "14.3:1 15.1:3 15.2:2 16.1:7 17.1:3 17.2:1 18.1:5 18.2:3";
        Set<String> ids = new LinkedHashSet<>();
        for (String entry : table.split(" ")) {
            String[] parts = entry.split(":");
            String objective = parts[0];
            ids.add("A." + objective.substring(0, objective.indexOf('.')));
            ids.add("A." + objective);
            int controls = Integer.parseInt(parts[1]);
            for (int c = 1; c <= controls; c++) {
                ids.add("A." + objective + "." + c);
            }
        }
        return Set.copyOf(ids);
    }
}
