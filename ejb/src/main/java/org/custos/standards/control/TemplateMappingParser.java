package org.custos.standards.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads mappings in Custos' template (CSV, or the first sheet of an .xlsx workbook): {@code source_ref_id, target_ref_id, relationship,
 * strength, rationale} (UTF-8, one header row). Relationship names as in OSCAL or CISO Assistant.
 */
public final class TemplateMappingParser {

    public static final List<String> COLUMNS = List.of("source_ref_id", "target_ref_id", "relationship", "strength",
            "rationale");
    private static final int MAX_ROWS = 200_000;

    public MappingSetDraft parse(InputStream file, String fileName, String name, String sourceCode, String sourceEdition,
            String targetCode, String targetEdition) {
        TemplateTable table = TemplateTable.read(file, fileName, COLUMNS.subList(0, 3), COLUMNS, MAX_ROWS);
        List<MappingDraft> mappings = new ArrayList<>();
        for (TemplateTable.Line row : table.lines()) {
            String where = table.where(row);
            String source = row.get("source_ref_id");
            String target = row.get("target_ref_id");
            if (source == null || target == null) {
                throw new ImportFailure(where, "source_ref_id and target_ref_id are required");
            }
            String rel = row.get("relationship");
            Relationship relationship = Relationship.parse(rel).orElseThrow(() -> new ImportFailure(where,
                    "unknown relationship '" + rel + "' (equal, subset, superset, intersect, not related)"));
            mappings.add(new MappingDraft(source, target, relationship, strength(row.get("strength"), where),
                    row.get("rationale")));
        }
        if (mappings.isEmpty()) {
            throw new ImportFailure(fileName, "no rows");
        }
        return new MappingSetDraft(name, sourceCode, sourceEdition, null, targetCode, targetEdition, null, fileName,
                mappings, List.of());
    }

    private static Integer strength(String value, String where) {
        if (value == null) {
            return null;
        }
        try {
            int s = Integer.parseInt(value);
            if (s < 0 || s > 10) {
                throw new ImportFailure(where, "strength must be 0 to 10, not " + value);
            }
            return s;
        } catch (NumberFormatException e) {
            throw new ImportFailure(where, "strength must be a number 0 to 10, not '" + value + "'");
        }
    }
}
