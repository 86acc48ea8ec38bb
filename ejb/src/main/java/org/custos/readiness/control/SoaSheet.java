package org.custos.readiness.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.readiness.boundary.SoaService;
import org.custos.readiness.entity.SoaVersion;

/** The SoA as a spreadsheet: one row per Annex A control, filterable, with the approval on a second sheet. */
public final class SoaSheet {

    private static final String[] COLUMNS = {"control", "name", "applicable", "justification", "implementation", "basis"};

    public byte[] write(SoaVersion v, String organisation, List<SoaService.SoaRow> rows, Locale locale) {
        boolean de = SoaText.german(locale);
        Locale loc = de ? Locale.GERMANY : Locale.UK;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(de ? "Anwendbarkeit" : "Applicability");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(SoaText.t(COLUMNS[i], de));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (SoaService.SoaRow row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.refId());
                x.createCell(1).setCellValue(row.title(loc));
                x.createCell(2).setCellValue(row.applicable() == null ? SoaText.t("undecided", de)
                        : SoaText.t(row.applicable() ? "yes" : "no", de));
                x.createCell(3).setCellValue(row.justification() == null ? "" : row.justification());
                x.getCell(3).setCellStyle(wrap);
                x.createCell(4).setCellValue(row.status() == null ? "" : SoaText.t(row.status().name(), de));
                x.createCell(5).setCellValue(row.basis() == null ? "" : row.basis());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, COLUMNS.length - 1));
            int[] widths = {10, 50, 12, 70, 22, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }

            Sheet about = book.createSheet(de ? "Freigabe" : "Approval");
            String[][] facts = {
                {SoaText.t("title", de), organisation},
                {String.format(SoaText.t("version", de), v.getNumber()), SoaText.t(v.getStatus().name(), de)},
                {SoaText.t("author", de), v.getCreatedBy()},
                {SoaText.t("editors", de), String.join(", ", v.getEditors())},
                {SoaText.t("submitted", de), v.getSubmittedBy() == null ? "" : v.getSubmittedBy() + " " + v.getSubmittedAt()},
                {SoaText.t("approved", de), v.getApprovedBy() == null ? "" : v.getApprovedBy() + " " + v.getApprovedAt()},
                {SoaText.t("changeNote", de), v.getChangeNote() == null ? "" : v.getChangeNote()},
                {SoaText.t("hash", de), v.getContentHash() == null ? "" : v.getContentHash()}};
            for (int i = 0; i < facts.length; i++) {
                Row x = about.createRow(i);
                x.createCell(0).setCellValue(facts[i][0]);
                x.getCell(0).setCellStyle(bold);
                x.createCell(1).setCellValue(facts[i][1]);
            }
            about.setColumnWidth(0, 30 * 256);
            about.setColumnWidth(1, 80 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
