package org.custos.risk.control;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.custos.standards.control.TemplateTable;

/**
 * Reads an asset list (a CMDB export as CSV or XLSX) into rows, collecting every problem with its row
 * instead of stopping at the first, so the user can fix the file in one go. Names of owners and codes of
 * dependencies are resolved by the boundary, which knows the database.
 */
public final class AssetImport {

    public static final List<String> COLUMNS = List.of("code", "name", "type", "owner", "location", "depends_on",
            "confidentiality", "integrity", "availability", "in_scope");
    static final List<String> REQUIRED = List.of("code", "name", "type");
    public static final int MAX_ROWS = 10_000;
    public static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,39}");

    /**
     * One row as read. Absent cells are null: for a new asset they mean "none" (in scope: yes), for an
     * existing one "keep what is stored".
     */
    public record Row(long number, String code, String name, Asset.Type type, String owner, String location,
            Set<String> dependsOn, Map<Objective, Need> needs, Boolean inScope) implements Serializable {
    }

    /** A problem in a row: a message key and its arguments (row number first). */
    public record RowError(long row, String key, List<String> args) implements Serializable {

        public static RowError of(long row, String key, Object... args) {
            List<String> a = new ArrayList<>();
            a.add(String.valueOf(row));
            for (Object o : args) {
                a.add(String.valueOf(o));
            }
            return new RowError(row, key, List.copyOf(a));
        }
    }

    /** The rows read and the problems found. */
    public record Parsed(List<Row> rows, List<RowError> errors) implements Serializable {
    }

    private AssetImport() {
    }

    /** Parses the file; a file that is not a table at all is refused with {@code import.failed}. */
    public static Parsed parse(String fileName, byte[] data) {
        TemplateTable table = TemplateTable.read(new ByteArrayInputStream(data), fileName, REQUIRED, COLUMNS, MAX_ROWS);
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (TemplateTable.Line line : table.lines()) {
            long n = line.number();
            int before = errors.size();
            String code = line.get("code");
            if (code == null || !CODE.matcher(code).matches()) {
                errors.add(RowError.of(n, "asset.import.code.invalid", code == null ? "" : code));
            } else if (!codes.add(code.toLowerCase(Locale.ROOT))) {
                errors.add(RowError.of(n, "asset.import.code.duplicate", code));
            }
            String name = line.get("name");
            if (name == null || name.length() > 300) {
                errors.add(RowError.of(n, "asset.import.name.invalid", 300));
            }
            Asset.Type type = type(line.get("type"));
            if (type == null) {
                errors.add(RowError.of(n, "asset.import.type.invalid", nullToEmpty(line.get("type"))));
            }
            String location = line.get("location");
            if (location != null && location.length() > 300) {
                errors.add(RowError.of(n, "asset.import.location.invalid", 300));
            }
            Map<Objective, Need> needs = new EnumMap<>(Objective.class);
            for (Objective o : Objective.values()) {
                String raw = line.get(o.name().toLowerCase(Locale.ROOT));
                if (raw != null) {
                    Need need = need(raw);
                    if (need == null) {
                        errors.add(RowError.of(n, "asset.import.need.invalid", o.name().toLowerCase(Locale.ROOT), raw));
                    } else {
                        needs.put(o, need);
                    }
                }
            }
            Boolean inScope = null;
            String scope = line.get("in_scope");
            if (scope != null) {
                inScope = bool(scope);
                if (inScope == null) {
                    errors.add(RowError.of(n, "asset.import.inScope.invalid", scope));
                }
            }
            Set<String> dependsOn = null;
            String deps = line.get("depends_on");
            if (deps != null) {
                dependsOn = new LinkedHashSet<>();
                for (String d : deps.split(";")) {
                    if (!d.isBlank()) {
                        dependsOn.add(d.strip());
                    }
                }
            }
            if (errors.size() == before) {
                rows.add(new Row(n, code, name, type, line.get("owner"), location, dependsOn, needs, inScope));
            }
        }
        return new Parsed(rows, errors);
    }

    /** IT_SYSTEM, "IT system", it-system. */
    static Asset.Type type(String raw) {
        if (raw == null) {
            return null;
        }
        String key = raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        try {
            return Asset.Type.valueOf(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** NORMAL, HIGH, VERY_HIGH, "very high", and the German normal, hoch, sehr hoch. */
    static Need need(String raw) {
        String key = raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (key) {
            case "NORMAL" -> Need.NORMAL;
            case "HIGH", "HOCH" -> Need.HIGH;
            case "VERY_HIGH", "SEHR_HOCH" -> Need.VERY_HIGH;
            default -> null;
        };
    }

    static Boolean bool(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x", "ja", "j", "wahr" -> Boolean.TRUE;
            case "false", "no", "n", "0", "nein", "falsch" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
