package org.custos.standards.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalog in Custos' template, as CSV (UTF-8, comma-separated, RFC 4180 quoting, one header
 * row) or as the first sheet of an .xlsx workbook with the same header: {@code ref_id, parent_ref_id, assessable, title_en, title_de, description_en,
 * description_de, attributes, implementation_groups}. Parents come before their children; {@code attributes} holds
 * {@code key=value} pairs separated by {@code ;}, or a JSON object (as exports write it). This is how an organisation loads a catalog that
 * exists in no machine-readable form (a licensed B3S, the BNetzA IT-Sicherheitskatalog, …).
 */
public final class TemplateCatalogParser {

    public static final List<String> COLUMNS = List.of("ref_id", "parent_ref_id", "assessable", "title_en",
            "title_de", "description_en", "description_de", "attributes", "implementation_groups");
    private static final int MAX_ROWS = 50_000;

    /** Catalog facts that the CSV itself does not carry. */
    public record Meta(String code, String name, String edition, String publisher, String source, String licence) {
    }

    public CatalogDraft parse(InputStream file, String fileName, Meta meta) {
        TemplateTable table = TemplateTable.read(file, fileName, COLUMNS.subList(0, 4), COLUMNS, MAX_ROWS);
        List<NodeDraft> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> childCount = new LinkedHashMap<>();
        boolean german = false;
        for (TemplateTable.Line row : table.lines()) {
            String where = table.where(row);
            String refId = row.get("ref_id");
            if (refId == null) {
                throw new ImportFailure(where, "ref_id is empty");
            }
            if (!seen.add(refId)) {
                throw new ImportFailure(where, "ref_id '" + refId + "' appears twice");
            }
            String parent = row.get("parent_ref_id");
            if (parent != null && !seen.contains(parent)) {
                throw new ImportFailure(where, "parent '" + parent + "' is unknown or comes later");
            }
            String titleEn = row.get("title_en");
            String titleDe = row.get("title_de");
            if (titleEn == null && titleDe == null) {
                throw new ImportFailure(where, "neither title_en nor title_de is given");
            }
            german |= titleDe != null;
            int order = childCount.merge(parent == null ? "" : parent, 1, Integer::sum) - 1;
            nodes.add(new NodeDraft(refId, parent, titleEn, titleDe, row.get("description_en"),
                    row.get("description_de"), assessable(row.get("assessable"), where), order,
                    attributes(row.get("attributes"), where), groups(row.get("implementation_groups"))));
        }
        if (nodes.isEmpty()) {
            throw new ImportFailure(fileName, "no rows");
        }
        List<String> languages = german ? List.of("en", "de") : List.of("en");
        return new CatalogDraft(meta.code(), meta.name(), meta.edition(), meta.publisher(), meta.source(),
                meta.licence(), languages, nodes, List.of());
    }

    private static List<String> groups(String value) {
        return value == null ? List.of() : java.util.Arrays.stream(value.split(",")).map(String::strip)
                .filter(g -> !g.isEmpty()).toList();
    }

    private static boolean assessable(String value, String where) {
        if (value == null) {
            return true;
        }
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "yes": case "ja": case "1": case "x":
                return true;
            case "false": case "no": case "nein": case "0":
                return false;
            default:
                throw new ImportFailure(where, "assessable must be true or false, not '" + value + "'");
        }
    }

    private static Map<String, String> attributes(String value, String where) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (value == null) {
            return attributes;
        }
        if (value.startsWith("{")) {
            // Exports write attributes as a JSON object, which keeps values with ';' or '=' intact.
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(value))) {
                reader.readObject().forEach((k, v) -> attributes.put(k,
                        v instanceof jakarta.json.JsonString js ? js.getString() : v.toString()));
                return attributes;
            } catch (RuntimeException e) {
                throw new ImportFailure(where, "attributes are not a JSON object: " + e.getMessage());
            }
        }
        for (String pair : value.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ImportFailure(where, "attribute '" + pair.strip() + "' is not key=value");
            }
            attributes.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return attributes;
    }
}
