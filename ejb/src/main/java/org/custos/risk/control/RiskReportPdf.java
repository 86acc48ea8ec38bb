package org.custos.risk.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.entity.RiskLevel;

/**
 * The risk register and the risk treatment plan on paper (landscape A4, English or German). Pure: plain
 * data in, PDF bytes out. The standard fonts show WinAnsi only, which covers the German umlauts.
 */
public final class RiskReportPdf {

    private static final Color HEAD = new Color(0xE8, 0xEC, 0xF2);
    private static final Color WARNING = new Color(0xB0, 0x1C, 0x1C);

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private final Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f);
    private final Font alert = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, WARNING);
    private final Font tiny = FontFactory.getFont(FontFactory.HELVETICA, 6.5f);
    private final Font tinyBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6.5f);

    /** The register: header, heat maps of inherent and residual risk, one row per open risk. */
    public byte[] register(RiskReport report, Locale locale) {
        boolean de = RiskReportText.german(locale);
        Format f = new Format(report, de);
        return write(RiskReportText.t("register", de), pdf -> {
            header(pdf, report, f, "register");
            List<RiskReportRow> rows = report.rows();
            long unassessed = rows.stream().filter(r -> r.acceptance() == Acceptance.UNASSESSED).count();
            long pending = rows.stream().filter(r -> r.acceptance() == Acceptance.PENDING).count();
            long due = rows.stream().filter(RiskReportRow::reassessmentDue).count();
            pdf.add(new Paragraph(String.format(RiskReportText.t("register.summary", de), rows.size(), unassessed, pending, due),
                    small));
            pdf.add(Chunk.NEWLINE);
            if (report.criteria() != null && rows.stream().anyMatch(r -> r.inherent() != null)) {
                pdf.add(heatMaps(report, f));
                pdf.add(Chunk.NEWLINE);
            }
            if (rows.isEmpty()) {
                pdf.add(new Paragraph(RiskReportText.t("register.empty", de), small));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {1.1f, 2.8f, 2.6f, 2.6f, 1.4f, 1.8f, 1.3f, 1.3f, 1.3f, 2, 1.6f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"code", "title", "threat", "vulnerability", "assets", "owner", "inherent",
                "residual", "treatment", "acceptance", "reassessment"}) {
                table.addCell(headCell(RiskReportText.t(h, de)));
            }
            for (RiskReportRow r : rows) {
                table.addCell(cell(r.code(), bold));
                table.addCell(cell(r.title(), body));
                table.addCell(cell(r.threat(f.locale), body));
                table.addCell(cell(r.vulnerability(), body));
                table.addCell(cell(String.join(", ", r.assets()), body));
                table.addCell(cell(r.owner(), body));
                table.addCell(score(r.inherent(), report, f));
                table.addCell(score(r.residual(), report, f));
                table.addCell(cell(RiskReportText.t(r.treatment(), de), body));
                table.addCell(acceptance(r, f));
                table.addCell(reassessment(r, report.today(), f));
            }
            pdf.add(table);
        });
    }

    /** The treatment plan: for each open risk with a treatment its option, plan, owner, due date and measures. */
    public byte[] treatmentPlan(RiskReport report, Locale locale) {
        boolean de = RiskReportText.german(locale);
        Format f = new Format(report, de);
        return write(RiskReportText.t("plan", de), pdf -> {
            header(pdf, report, f, "plan");
            List<RiskReportRow> treated = report.treated();
            long overdue = treated.stream().filter(r -> r.treatmentOverdue(report.today())).count();
            pdf.add(new Paragraph(String.format(RiskReportText.t("plan.summary", de), treated.size(), overdue), small));
            List<RiskReportRow> untreated = report.untreated();
            if (!untreated.isEmpty()) {
                pdf.add(new Paragraph(String.format(RiskReportText.t("plan.untreated", de),
                        untreated.stream().map(RiskReportRow::code).collect(Collectors.joining(", "))), small));
            }
            pdf.add(Chunk.NEWLINE);
            if (treated.isEmpty()) {
                pdf.add(new Paragraph(RiskReportText.t("plan.empty", de), small));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {2.6f, 1.3f, 4, 1.6f, 1.5f, 3.6f, 1.3f, 2});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"title", "treatment", "planText", "treatmentOwner", "due", "measures",
                "residualLevel", "acceptance"}) {
                table.addCell(headCell(RiskReportText.t(h, de)));
            }
            for (RiskReportRow r : treated) {
                Phrase risk = new Phrase();
                risk.add(new Chunk(r.code(), bold));
                risk.add(new Chunk("\n" + r.title(), body));
                table.addCell(new PdfPCell(risk));
                Phrase option = new Phrase(RiskReportText.t(r.treatment(), de), body);
                if (!r.planComplete()) {
                    option.add(new Chunk("\n" + RiskReportText.t("incomplete", de), alert));
                }
                table.addCell(new PdfPCell(option));
                table.addCell(cell(r.treatmentPlan(), body));
                table.addCell(cell(r.treatmentOwner(), body));
                table.addCell(due(r, report.today(), f));
                table.addCell(measures(r, f));
                table.addCell(level(r.residual() == null ? null : r.residual().level(), de));
                table.addCell(acceptance(r, f));
            }
            pdf.add(table);
        });
    }

    // ---------------------------------------------------------------- parts

    private interface Body {
        void add(Document pdf) throws DocumentException;
    }

    private static byte[] write(String documentTitle, Body content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(documentTitle);
            pdf.addCreator("Custos ISMS");
            pdf.open();
            content.add(pdf);
        } catch (DocumentException e) {
            throw new IllegalStateException(documentTitle + " PDF could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    /** Title, subtitle, when it was generated and the criteria version in force; no organisation named. */
    private void header(Document pdf, RiskReport report, Format f, String which) throws DocumentException {
        boolean de = f.de;
        pdf.add(new Paragraph(RiskReportText.t(which, de), title));
        pdf.add(new Paragraph(RiskReportText.t(which + ".subtitle", de), small));
        pdf.add(new Paragraph(String.format(RiskReportText.t("generated", de), f.dateTime(report.generatedAt())), small));
        if (report.criteriaNumber() == null) {
            pdf.add(new Paragraph(RiskReportText.t("criteria.none", de),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, WARNING)));
        } else {
            String threshold = report.criteria() == null ? "–" : RiskReportText.t(report.criteria().threshold(), de);
            pdf.add(new Paragraph(String.format(RiskReportText.t("criteria", de), report.criteriaNumber(),
                    report.criteriaApprovedAt() == null ? "–" : f.date(report.criteriaApprovedAt()), threshold), small));
        }
    }

    /** Inherent and residual heat maps side by side; assessments on other scales land on the nearest edge. */
    private PdfPTable heatMaps(RiskReport report, Format f) {
        PdfPTable both = new PdfPTable(2);
        both.setWidthPercentage(90);
        both.setHorizontalAlignment(Element.ALIGN_LEFT);
        both.getDefaultCell().setBorder(PdfPCell.NO_BORDER);
        both.getDefaultCell().setPaddingRight(18);
        both.addCell(heatMap(report, false, f));
        both.addCell(heatMap(report, true, f));
        return both;
    }

    private PdfPTable heatMap(RiskReport report, boolean residual, Format f) {
        CriteriaContent criteria = report.criteria();
        RiskMatrix matrix = criteria.matrix();
        int nl = matrix.likelihoodLevels();
        int ni = matrix.impactLevels();
        int[][] counts = counts(report.rows(), matrix, residual);
        float[] widths = new float[ni + 1];
        widths[0] = 2;
        for (int i = 1; i <= ni; i++) {
            widths[i] = 1.5f;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        PdfPCell caption = new PdfPCell(new Phrase(RiskReportText.t(residual ? "heat.residual" : "heat.inherent", f.de), head));
        caption.setColspan(ni + 1);
        caption.setBorder(PdfPCell.NO_BORDER);
        caption.setPaddingBottom(4);
        t.addCell(caption);
        for (int l = nl; l >= 1; l--) {
            t.addCell(cell(l + " " + name(criteria.likelihood(), l, f.locale), tiny));
            for (int i = 1; i <= ni; i++) {
                PdfPCell c = new PdfPCell(new Phrase(counts[l][i] == 0 ? "" : String.valueOf(counts[l][i]), tinyBold));
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                c.setBackgroundColor(colour(matrix.level(l, i)));
                t.addCell(c);
            }
        }
        PdfPCell corner = cell(RiskReportText.t("heat.corner", f.de), tiny);
        corner.setBackgroundColor(HEAD);
        t.addCell(corner);
        for (int i = 1; i <= ni; i++) {
            PdfPCell c = cell(i + "\n" + name(criteria.impact(), i, f.locale), tiny);
            c.setBackgroundColor(HEAD);
            t.addCell(c);
        }
        return t;
    }

    /**
     * The number of risks per cell, indexed [likelihood][impact] from 1; an assessment on older criteria with
     * other scales lands on the nearest edge of today's matrix, as on the register's heat map.
     */
    static int[][] counts(List<RiskReportRow> rows, RiskMatrix matrix, boolean residual) {
        int nl = matrix.likelihoodLevels();
        int ni = matrix.impactLevels();
        int[][] counts = new int[nl + 1][ni + 1];
        for (RiskReportRow r : rows) {
            RiskReportRow.Score s = residual ? r.residual() : r.inherent();
            if (s != null) {
                counts[Math.min(Math.max(s.likelihood(), 1), nl)][Math.min(Math.max(s.impact(), 1), ni)]++;
            }
        }
        return counts;
    }

    private static String name(List<CriteriaContent.Level> levels, int value, Locale locale) {
        return levels.stream().filter(v -> v.value() == value).map(v -> v.name(locale)).filter(n -> n != null)
                .findFirst().orElse("");
    }

    private PdfPCell score(RiskReportRow.Score s, RiskReport report, Format f) {
        if (s == null) {
            return cell("–", body);
        }
        Phrase p = new Phrase(s.likelihood() + " × " + s.impact() + "\n", body);
        p.add(new Chunk(RiskReportText.t(s.level(), f.de), bold));
        if (report.criteriaNumber() != null && s.criteriaNumber() != report.criteriaNumber()) {
            p.add(new Chunk("\n(" + String.format(RiskReportText.t("criteriaShort", f.de), s.criteriaNumber()) + ")", tiny));
        }
        PdfPCell c = new PdfPCell(p);
        c.setBackgroundColor(colour(s.level()));
        return c;
    }

    private PdfPCell level(RiskLevel level, boolean de) {
        if (level == null) {
            return cell("–", body);
        }
        PdfPCell c = cell(RiskReportText.t(level, de), bold);
        c.setBackgroundColor(colour(level));
        return c;
    }

    private PdfPCell acceptance(RiskReportRow r, Format f) {
        Phrase p = new Phrase(RiskReportText.t(r.acceptance(), f.de), r.acceptance() == Acceptance.PENDING ? alert : body);
        if (r.acceptance() == Acceptance.ACCEPTED && r.acceptedBy() != null) {
            p.add(new Chunk("\n" + String.format(RiskReportText.t("acceptedByAt", f.de), r.acceptedBy(),
                    r.acceptedAt() == null ? "–" : f.date(r.acceptedAt())), tiny));
        }
        return new PdfPCell(p);
    }

    private PdfPCell reassessment(RiskReportRow r, LocalDate today, Format f) {
        Phrase p = new Phrase(r.nextReassessment() == null ? "–" : f.date(r.nextReassessment()), body);
        if (r.reassessmentOverdue(today)) {
            p.add(new Chunk("\n" + RiskReportText.t("overdue", f.de), alert));
        } else if (r.reassessmentDue()) {
            p.add(new Chunk("\n" + RiskReportText.t("flagged", f.de), alert));
        }
        return new PdfPCell(p);
    }

    private PdfPCell due(RiskReportRow r, LocalDate today, Format f) {
        Phrase p = new Phrase(r.treatmentDue() == null ? "–" : f.date(r.treatmentDue()), body);
        if (r.treatmentOverdue(today)) {
            p.add(new Chunk("\n" + RiskReportText.t("overdue", f.de), alert));
        } else if (r.measuresDone()) {
            p.add(new Chunk("\n" + RiskReportText.t("done", f.de), tiny));
        }
        return new PdfPCell(p);
    }

    private PdfPCell measures(RiskReportRow r, Format f) {
        if (r.measures().isEmpty()) {
            return cell("–", body);
        }
        Phrase p = new Phrase();
        boolean first = true;
        for (RiskReportRow.PlannedMeasure m : r.measures()) {
            p.add(new Chunk((first ? "" : "\n") + m.code(), bold));
            p.add(new Chunk(" " + (m.title() == null ? "" : m.title()), body));
            if (m.status() != null) {
                p.add(new Chunk(" (" + RiskReportText.t(m.status(), f.de) + ")", m.done() ? tiny : tinyBold));
            }
            first = false;
        }
        return new PdfPCell(p);
    }

    private PdfPCell headCell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, head));
        c.setBackgroundColor(HEAD);
        return c;
    }

    private static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Phrase(text == null ? "" : text, font));
    }

    private static Color colour(RiskLevel level) {
        if (level == null) {
            return Color.WHITE;
        }
        return switch (level) {
            case LOW -> new Color(0xDF, 0xF0, 0xDF);
            case MEDIUM -> new Color(0xFF, 0xF2, 0xC2);
            case HIGH -> new Color(0xFD, 0xD8, 0xB0);
            case CRITICAL -> new Color(0xF6, 0xC0, 0xC0);
        };
    }

    /** Dates and times in the document's language. */
    static final class Format {

        final boolean de;
        final Locale locale;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;
        private final java.time.ZoneId zone;

        Format(RiskReport report, boolean de) {
            this.de = de;
            this.locale = de ? Locale.GERMANY : Locale.UK;
            this.zone = report.zone();
            this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        }

        String date(LocalDate d) {
            return date.format(d);
        }

        String date(java.time.Instant at) {
            return date.format(at.atZone(zone));
        }

        String dateTime(java.time.Instant at) {
            return dateTime.format(at.atZone(zone));
        }
    }
}
