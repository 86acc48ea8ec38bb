package org.custos.standards.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template file as rows of named cells, read from CSV (RFC 4180, UTF-8, one header row) or from
 * the first sheet of an .xlsx workbook (header in its first row). Both carry the same columns, so
 * one parser serves both.
 */
public final class TemplateTable {

    /** One data row: its number as the user sees it (header = 1) and its non-blank cells, trimmed. */
    public record Line(long number, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    private final String where;
    private final List<Line> lines;

    private TemplateTable(String where, List<Line> lines) {
        this.where = where;
        this.lines = lines;
    }

    public List<Line> lines() {
        return lines;
    }

    /** "file.csv row 7" or "file.xlsx sheet 'Requirements' row 7". */
    public String where(Line line) {
        return where + " row " + line.number();
    }

    /** CSV or XLSX, by content: an .xlsx file is a zip and starts with "PK". */
    public static TemplateTable read(InputStream in, String fileName, List<String> required, List<String> all,
            int maxRows) {
        byte[] bytes = Workbooks.readBounded(in, fileName);
        return Workbooks.isXlsx(bytes) ? xlsx(bytes, fileName, required, all, maxRows)
                : csv(bytes, fileName, required, all, maxRows);
    }

    /** Whether an .xlsx file's first sheet starts with a header holding this column (a Custos template). */
    public static boolean hasHeader(byte[] xlsx, String fileName, String column) {
        if (!Workbooks.isXlsx(xlsx)) {
            return false;
        }
        try (XSSFWorkbook workbook = Workbooks.open(xlsx, fileName)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return false;
            }
            for (var cell : header) {
                if (column.equals(Workbooks.text(cell))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | ImportFailure e) {
            return false; // the importer chosen instead reports what is wrong with the file
        }
    }

    private static TemplateTable csv(byte[] bytes, String fileName, List<String> required, List<String> all,
            int maxRows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            checkHeader(header, fileName, required, all);
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                long number = record.getRecordNumber() + 1;
                if (lines.size() >= maxRows) {
                    throw new ImportFailure(fileName + " row " + number, "more than " + maxRows + " rows");
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    put(cells, header.get(i), record.get(i));
                }
                lines.add(new Line(number, cells));
            }
            return new TemplateTable(fileName, lines);
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ImportFailure(fileName, "not a readable CSV file: " + Workbooks.rootMessage(e));
        }
    }

    private static TemplateTable xlsx(byte[] bytes, String fileName, List<String> required, List<String> all,
            int maxRows) {
        try (XSSFWorkbook workbook = Workbooks.open(bytes, fileName)) {
            Sheet sheet = workbook.getSheetAt(0);
            String where = fileName + " sheet '" + sheet.getSheetName() + "'";
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new ImportFailure(where, "the sheet is empty");
            }
            Map<Integer, String> columns = new HashMap<>();
            List<String> header = new ArrayList<>();
            headerRow.forEach(cell -> {
                String name = Workbooks.text(cell);
                if (!name.isEmpty()) {
                    columns.put(cell.getColumnIndex(), name);
                    header.add(name);
                }
            });
            checkHeader(header, where, required, all);
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                row.forEach(cell -> {
                    String column = columns.get(cell.getColumnIndex());
                    if (column != null) {
                        put(cells, column, Workbooks.exact(cell));
                    }
                });
                if (cells.isEmpty()) {
                    continue;
                }
                if (lines.size() >= maxRows) {
                    throw new ImportFailure(where + " row " + (r + 1), "more than " + maxRows + " rows");
                }
                lines.add(new Line(r + 1, cells));
            }
            return new TemplateTable(where, lines);
        } catch (IOException e) {
            throw new ImportFailure(fileName, "cannot read the workbook: " + e.getMessage());
        }
    }

    private static void put(Map<String, String> cells, String column, String value) {
        if (value != null && !value.isBlank()) {
            cells.put(column, value.strip());
        }
    }

    private static void checkHeader(List<String> header, String where, List<String> required, List<String> all) {
        for (String column : required) {
            if (!header.contains(column)) {
                throw new ImportFailure(where + " header", "missing column '" + column + "' (expected " + all + ")");
            }
        }
    }
}
