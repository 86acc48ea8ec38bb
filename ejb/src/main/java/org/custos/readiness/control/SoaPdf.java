package org.custos.readiness.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.custos.readiness.boundary.SoaService;
import org.custos.readiness.entity.SoaStatus;
import org.custos.readiness.entity.SoaVersion;

/** The SoA on paper (landscape A4, English or German): one row per Annex A control and the approval block. */
public final class SoaPdf {

    public byte[] write(SoaVersion v, String organisation, List<SoaService.SoaRow> rows, Locale locale) {
        boolean de = SoaText.german(locale);
        Locale loc = de ? Locale.GERMANY : Locale.UK;
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(loc)
                .withZone(ZoneId.systemDefault());
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font warning = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, new Color(0xB0, 0x1C, 0x1C));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(SoaText.t("title", de));
            pdf.addCreator("Custos ISMS");
            pdf.open();
            pdf.add(new Paragraph(organisation, small));
            pdf.add(new Paragraph(SoaText.t("title", de), title));
            pdf.add(new Paragraph(SoaText.t("subtitle", de), small));
            pdf.add(new Paragraph(String.format(SoaText.t("version", de), v.getNumber()) + " · " + SoaText.t("status", de)
                    + ": " + SoaText.t(v.getStatus().name(), de), small));
            if (v.getStatus() != SoaStatus.APPROVED) {
                pdf.add(new Paragraph(String.format(SoaText.t("notApproved", de), SoaText.t(v.getStatus().name(), de)), warning));
            }
            long applicable = rows.stream().filter(r -> Boolean.TRUE.equals(r.applicable())).count();
            long excluded = rows.stream().filter(r -> Boolean.FALSE.equals(r.applicable())).count();
            pdf.add(new Paragraph(String.format(SoaText.t("summary", de), rows.size(), applicable, excluded,
                    rows.size() - applicable - excluded), small));
            pdf.add(Chunk.NEWLINE);

            PdfPTable table = new PdfPTable(new float[] {1.1f, 4, 1.2f, 5.5f, 1.8f, 3.5f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"control", "name", "applicable", "justification", "implementation", "basis"}) {
                PdfPCell c = new PdfPCell(new Phrase(SoaText.t(h, de), head));
                c.setBackgroundColor(new Color(0xE8, 0xEC, 0xF2));
                table.addCell(c);
            }
            for (SoaService.SoaRow r : rows) {
                table.addCell(new Phrase(r.refId(), body));
                table.addCell(new Phrase(r.title(loc), body));
                table.addCell(new Phrase(r.applicable() == null ? SoaText.t("undecided", de)
                        : SoaText.t(r.applicable() ? "yes" : "no", de), body));
                table.addCell(new Phrase(r.justification() == null ? "" : r.justification(), body));
                table.addCell(new Phrase(r.status() == null ? "" : SoaText.t(r.status().name(), de), body));
                table.addCell(new Phrase(r.basis() == null ? "" : r.basis(), body));
            }
            pdf.add(table);

            pdf.add(Chunk.NEWLINE);
            PdfPTable approval = new PdfPTable(new float[] {2, 6});
            approval.setWidthPercentage(60);
            approval.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            row(approval, SoaText.t("author", de), who(v.getCreatedBy(), v.getCreatedAt(), when), small);
            row(approval, SoaText.t("editors", de), String.join(", ", v.getEditors()), small);
            row(approval, SoaText.t("submitted", de), who(v.getSubmittedBy(), v.getSubmittedAt(), when), small);
            row(approval, SoaText.t("approved", de), who(v.getApprovedBy(), v.getApprovedAt(), when), small);
            if (v.getChangeNote() != null) {
                row(approval, SoaText.t("changeNote", de), v.getChangeNote(), small);
            }
            row(approval, SoaText.t("hash", de), v.getContentHash() == null ? "–" : v.getContentHash(), small);
            pdf.add(approval);
        } catch (DocumentException e) {
            throw new IllegalStateException("SoA PDF could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static String who(String name, Instant at, DateTimeFormatter when) {
        return name == null ? "–" : name + ", " + when.format(at);
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBackgroundColor(new Color(0xF2, 0xF2, 0xF2));
        table.addCell(l);
        table.addCell(new PdfPCell(new Phrase(value, font)));
    }
}
