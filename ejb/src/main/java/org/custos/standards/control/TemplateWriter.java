package org.custos.standards.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.RequirementMapping;

/**
 * Writes catalogs and mappings in the template that {@link TemplateCatalogParser} and
 * {@link TemplateMappingParser} read, as CSV or XLSX, so an export imports back unchanged. With no
 * rows it gives the empty template users download to fill in.
 */
public final class TemplateWriter {

    public enum Format {
        CSV, XLSX
    }

    static final int MAX_CELL_CHARS = 32_767;

    public byte[] catalog(List<Requirement> requirementsParentsFirst, Format format) {
        List<List<String>> rows = new ArrayList<>();
        for (Requirement r : requirementsParentsFirst) {
            rows.add(List.of(r.getRefId(), r.getParent() == null ? "" : r.getParent().getRefId(),
                    Boolean.toString(r.isAssessable()), nz(r.getTitleEn()), nz(r.getTitleDe()),
                    nz(r.getDescriptionEn()), nz(r.getDescriptionDe()), nz(r.getAttributes()),
                    nz(r.getImplementationGroups())));
        }
        return write("Requirements", TemplateCatalogParser.COLUMNS, rows, format);
    }

    public byte[] mappings(List<RequirementMapping> mappings, Format format) {
        List<List<String>> rows = new ArrayList<>();
        for (RequirementMapping m : mappings) {
            rows.add(List.of(m.getSource().getRefId(), m.getTarget().getRefId(),
                    m.getRelationship().name().toLowerCase(java.util.Locale.ROOT),
                    m.getStrength() == null ? "" : m.getStrength().toString(), nz(m.getRationale())));
        }
        return write("Mappings", TemplateMappingParser.COLUMNS, rows, format);
    }

    private static byte[] write(String sheetName, List<String> header, List<List<String>> rows, Format format) {
        return format == Format.XLSX ? xlsx(sheetName, header, rows) : csv(header, rows);
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                head.getCell(c).setCellStyle(bold);
                // Text format: ids like 5.10 must not turn into numbers when users type them.
                sheet.setDefaultColumnStyle(c, textStyle);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (!v.isEmpty()) {
                        if (v.length() > MAX_CELL_CHARS) {
                            throw new IllegalStateException("row " + (r + 2) + " column " + header.get(c)
                                    + " holds more than an Excel cell can (" + MAX_CELL_CHARS + " characters)");
                        }
                        row.createCell(c).setCellValue(v);
                        row.getCell(c).setCellStyle(textStyle);
                    }
                }
            }
            for (int c = 0; c < Math.min(header.size(), 3); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            for (int c = 3; c < header.size(); c++) {
                sheet.setColumnWidth(c, 40 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
