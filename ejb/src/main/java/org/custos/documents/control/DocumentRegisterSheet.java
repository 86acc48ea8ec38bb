package org.custos.documents.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.documents.entity.Document;

/** The document register as a spreadsheet for auditors: one row per document, filterable. */
public final class DocumentRegisterSheet {

    private static final String[][] HEADER = {
        {"Code", "Kürzel"}, {"Title", "Titel"}, {"Type", "Art"}, {"Parent", "Übergeordnet"}, {"Status", "Status"},
        {"Version in force", "Geltende Version"}, {"Version in work", "Version in Arbeit"}, {"Owner", "Verantwortlich"},
        {"Responsible role", "Verantwortliche Rolle"}, {"Review interval (months)", "Überprüfungsintervall (Monate)"},
        {"Last review", "Letzte Überprüfung"}, {"Next review", "Nächste Überprüfung"},
        {"Review overdue", "Überprüfung überfällig"}, {"Review needed", "Überprüfung nötig"}};

    public byte[] write(List<Document> documents, Locale locale) {
        boolean de = locale != null && "de".equals(locale.getLanguage());
        Locale loc = de ? Locale.GERMANY : Locale.UK;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(de ? "Dokumentenregister" : "Document register");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i][de ? 1 : 0]);
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Document d : documents) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.getCode());
                row.createCell(1).setCellValue(d.getTitle());
                row.createCell(2).setCellValue(DocumentPdf.t(d.getType().name(), de));
                row.createCell(3).setCellValue(d.getParent() == null ? "" : d.getParent().getCode());
                row.createCell(4).setCellValue(DocumentPdf.t(d.getStatus().name(), de));
                if (d.getPublishedNumber() != null) {
                    row.createCell(5).setCellValue(d.getPublishedNumber());
                }
                if (d.getWorkingNumber() != null) {
                    row.createCell(6).setCellValue(d.getWorkingNumber());
                }
                row.createCell(7).setCellValue(d.getOwner() == null ? "" : d.getOwner().getName());
                row.createCell(8).setCellValue(d.getResponsibleRole() == null ? "" : d.getResponsibleRole().name(loc));
                row.createCell(9).setCellValue(d.getReviewMonths());
                if (d.getLastReviewOn() != null) {
                    row.createCell(10).setCellValue(d.getLastReviewOn());
                    row.getCell(10).setCellStyle(date);
                }
                if (d.getNextReviewOn() != null) {
                    row.createCell(11).setCellValue(d.getNextReviewOn());
                    row.getCell(11).setCellStyle(date);
                }
                row.createCell(12).setCellValue(d.isReviewOverdue() ? (de ? "ja" : "yes") : "");
                row.createCell(13).setCellValue(d.isReviewNeeded() ? (de ? "ja" : "yes") : "");
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, r - 1), 0, HEADER.length - 1));
            for (int i = 0; i < HEADER.length; i++) {
                sheet.setColumnWidth(i, i == 1 ? 60 * 256 : 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
