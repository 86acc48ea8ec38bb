package org.custos.risk.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.risk.entity.RiskLevel;

/**
 * The risk register and the treatment plan as a spreadsheet (English or German): one row per risk, header
 * bold, frozen and filterable, dates as date cells, levels as text. Every text the users wrote goes in as a
 * string cell, never as a formula, so "=1+1" or "@SUM(...)" stays what it is.
 */
public final class RiskReportSheet {

    private static final String[] REGISTER = {"code", "title", "threatCode", "threat", "vulnerability", "assets", "owner",
        "inherentL", "inherentI", "inherentLevel", "residualL", "residualI", "residualLevel", "criteriaVersion", "treatment",
        "acceptance", "acceptedBy", "acceptedAt", "reassessment", "reassessmentState"};
    private static final int[] REGISTER_WIDTHS = {12, 40, 12, 36, 40, 20, 22, 10, 10, 13, 10, 10, 13, 10, 14, 22, 18, 17,
        14, 18};
    private static final String[] PLAN = {"code", "title", "treatment", "planText", "treatmentOwner", "due", "dueState",
        "measures", "residualLevel", "acceptance", "planComplete"};
    private static final int[] PLAN_WIDTHS = {12, 40, 14, 60, 22, 14, 20, 60, 13, 22, 12};

    /** The whole register: sheets register, treatment plan and about. */
    public byte[] register(RiskReport report, Locale locale) {
        return write(report, locale, true);
    }

    /** The treatment plan alone: sheets treatment plan and about. */
    public byte[] treatmentPlan(RiskReport report, Locale locale) {
        return write(report, locale, false);
    }

    private byte[] write(RiskReport report, Locale locale, boolean withRegister) {
        boolean de = RiskReportText.german(locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(book, de);
            if (withRegister) {
                register(book.createSheet(RiskReportText.t("sheet.register", de)), report, s, locale);
            }
            plan(book.createSheet(RiskReportText.t("sheet.plan", de)), report, s);
            about(book.createSheet(RiskReportText.t("about", de)), report, s);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void register(Sheet sheet, RiskReport report, Styles s, Locale locale) {
        boolean de = s.de;
        head(sheet, REGISTER, REGISTER_WIDTHS, s);
        int n = 1;
        for (RiskReportRow r : report.rows()) {
            Row x = sheet.createRow(n++);
            int c = 0;
            text(x, c++, r.code(), null);
            text(x, c++, r.title(), s.wrap);
            text(x, c++, r.threat() == null ? null : r.threat().code(), null);
            text(x, c++, r.threat() == null ? r.threatText()
                    : r.threatText() == null ? r.threat().name(locale) : r.threat().name(locale) + "\n" + r.threatText(), s.wrap);
            text(x, c++, r.vulnerability(), s.wrap);
            text(x, c++, String.join(", ", r.assets()), s.wrap);
            text(x, c++, r.owner(), null);
            c = score(x, c, r.inherent(), de);
            c = score(x, c, r.residual(), de);
            RiskReportRow.Score latest = r.residual() != null ? r.residual() : r.inherent();
            if (latest != null) {
                x.createCell(c).setCellValue(latest.criteriaNumber());
            }
            c++;
            text(x, c++, RiskReportText.t(r.treatment(), de), null);
            text(x, c++, RiskReportText.t(r.acceptance(), de), null);
            boolean accepted = r.acceptance() == org.custos.risk.boundary.RiskService.Acceptance.ACCEPTED;
            text(x, c++, accepted ? r.acceptedBy() : null, null);
            dateTime(x, c++, accepted ? r.acceptedAt() : null, report, s);
            date(x, c++, r.nextReassessment(), s);
            text(x, c++, r.reassessmentOverdue(report.today()) ? RiskReportText.t("overdue", de)
                    : r.reassessmentDue() ? RiskReportText.t("flagged", de) : null, null);
        }
        finish(sheet, n, REGISTER.length);
    }

    private static void plan(Sheet sheet, RiskReport report, Styles s) {
        boolean de = s.de;
        head(sheet, PLAN, PLAN_WIDTHS, s);
        int n = 1;
        for (RiskReportRow r : report.treated()) {
            Row x = sheet.createRow(n++);
            int c = 0;
            text(x, c++, r.code(), null);
            text(x, c++, r.title(), s.wrap);
            text(x, c++, RiskReportText.t(r.treatment(), de), null);
            text(x, c++, r.treatmentPlan(), s.wrap);
            text(x, c++, r.treatmentOwner(), null);
            date(x, c++, r.treatmentDue(), s);
            text(x, c++, r.treatmentOverdue(report.today()) ? RiskReportText.t("overdue", de)
                    : r.measuresDone() ? RiskReportText.t("done", de) : null, null);
            text(x, c++, measures(r.measures(), de), s.wrap);
            text(x, c++, r.residual() == null ? null : RiskReportText.t(r.residual().level(), de), null);
            text(x, c++, RiskReportText.t(r.acceptance(), de), null);
            text(x, c++, RiskReportText.t(r.planComplete() ? "yes" : "no", de), null);
        }
        finish(sheet, n, PLAN.length);
    }

    private static void about(Sheet sheet, RiskReport report, Styles s) {
        boolean de = s.de;
        String[] labels = {"about.generated", "about.criteria", "about.approved", "about.threshold"};
        for (int i = 0; i < labels.length; i++) {
            Row x = sheet.createRow(i);
            Cell l = x.createCell(0);
            l.setCellValue(RiskReportText.t(labels[i], de));
            l.setCellStyle(s.bold);
        }
        dateTime(sheet.getRow(0), 1, report.generatedAt(), report, s);
        if (report.criteriaNumber() == null) {
            text(sheet.getRow(1), 1, RiskReportText.t("criteria.none", de), null);
        } else {
            sheet.getRow(1).createCell(1).setCellValue(report.criteriaNumber());
            dateTime(sheet.getRow(2), 1, report.criteriaApprovedAt(), report, s);
            RiskLevel threshold = report.criteria() == null ? null : report.criteria().threshold();
            text(sheet.getRow(3), 1, RiskReportText.t(threshold, de), null);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }

    // ---------------------------------------------------------------- cells

    private static void head(Sheet sheet, String[] keys, int[] widths, Styles s) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(RiskReportText.t(keys[i], s.de));
            c.setCellStyle(s.bold);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows - 1), 0, columns - 1));
    }

    /** A string cell: setCellValue(String) never makes a formula of it. Nothing for null. */
    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static int score(Row row, int column, RiskReportRow.Score score, boolean de) {
        if (score != null) {
            row.createCell(column).setCellValue(score.likelihood());
            row.createCell(column + 1).setCellValue(score.impact());
            text(row, column + 2, RiskReportText.t(score.level(), de), null);
        }
        return column + 3;
    }

    private static void date(Row row, int column, LocalDate value, Styles s) {
        if (value != null) {
            Cell c = row.createCell(column);
            c.setCellValue(value);
            c.setCellStyle(s.date);
        }
    }

    private static void dateTime(Row row, int column, Instant value, RiskReport report, Styles s) {
        if (value != null) {
            Cell c = row.createCell(column);
            c.setCellValue(value.atZone(report.zone()).toLocalDateTime());
            c.setCellStyle(s.dateTime);
        }
    }

    private static String measures(List<RiskReportRow.PlannedMeasure> measures, boolean de) {
        return measures.stream().map(m -> m.code() + " " + (m.title() == null ? "" : m.title())
                + (m.status() == null ? "" : " (" + RiskReportText.t(m.status(), de) + ")"))
                .collect(Collectors.joining("\n"));
    }

    /** The few styles a workbook shares (a workbook holds at most 64,000). */
    private static final class Styles {

        final boolean de;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(XSSFWorkbook book, boolean de) {
            this.de = de;
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            short df = book.createDataFormat().getFormat(de ? "dd.mm.yyyy" : "yyyy-mm-dd");
            short dtf = book.createDataFormat().getFormat(de ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm");
            date = book.createCellStyle();
            date.setDataFormat(df);
            dateTime = book.createCellStyle();
            dateTime.setDataFormat(dtf);
        }
    }
}
