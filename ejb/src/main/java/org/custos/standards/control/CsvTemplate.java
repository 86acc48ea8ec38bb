package org.custos.standards.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** What Custos' CSV templates share: RFC 4180 with one header row, UTF-8, required columns, trimmed cells. */
final class CsvTemplate {

    private CsvTemplate() {
    }

    /** Opens the file and checks that the required columns are in its header. */
    static CSVParser open(InputStream csv, String fileName, List<String> required, List<String> all) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        CSVParser parser = CSVParser.parse(new InputStreamReader(csv, StandardCharsets.UTF_8), format);
        for (String column : required) {
            if (!parser.getHeaderNames().contains(column)) {
                parser.close();
                throw new ImportFailure(fileName + " header", "missing column '" + column + "' (expected " + all + ")");
            }
        }
        return parser;
    }

    /** The cell's text, or null when the column is absent or the cell blank. */
    static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
