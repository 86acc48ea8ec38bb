package org.custos.standards.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads mappings in Custos' CSV template: {@code source_ref_id, target_ref_id, relationship,
 * strength, rationale} (UTF-8, one header row). Relationship names as in OSCAL or CISO Assistant.
 */
public final class TemplateMappingCsvParser {

    public static final List<String> COLUMNS = List.of("source_ref_id", "target_ref_id", "relationship", "strength",
            "rationale");
    private static final int MAX_ROWS = 200_000;

    public MappingSetDraft parse(InputStream csv, String fileName, String name, String sourceCode, String sourceEdition,
            String targetCode, String targetEdition) {
        try (CSVParser parser = CsvTemplate.open(csv, fileName, COLUMNS.subList(0, 3), COLUMNS)) {
            List<MappingDraft> mappings = new ArrayList<>();
            for (CSVRecord row : parser) {
                String where = fileName + " row " + (row.getRecordNumber() + 1);
                if (mappings.size() >= MAX_ROWS) {
                    throw new ImportFailure(where, "more than " + MAX_ROWS + " rows");
                }
                String source = CsvTemplate.value(row, "source_ref_id");
                String target = CsvTemplate.value(row, "target_ref_id");
                if (source == null || target == null) {
                    throw new ImportFailure(where, "source_ref_id and target_ref_id are required");
                }
                String rel = CsvTemplate.value(row, "relationship");
                Relationship relationship = Relationship.parse(rel).orElseThrow(() -> new ImportFailure(where,
                        "unknown relationship '" + rel + "' (equal, subset, superset, intersect, not related)"));
                mappings.add(new MappingDraft(source, target, relationship, strength(CsvTemplate.value(row, "strength"), where),
                        CsvTemplate.value(row, "rationale")));
            }
            if (mappings.isEmpty()) {
                throw new ImportFailure(fileName, "no rows");
            }
            return new MappingSetDraft(name, sourceCode, sourceEdition, null, targetCode, targetEdition, null, fileName,
                    mappings, List.of());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportFailure(fileName, "not a readable CSV file: " + e.getMessage());
        }
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
