package org.custos.documents.control;

import com.lowagie.text.Chunk;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentAttachment;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentVersion;
import org.custos.standards.entity.Requirement;

/**
 * One document version on paper (German or English): header with code, version and status, the
 * derivation path from the guideline, the text, the requirements addressed, the attached files, and
 * the approval block with author, approver, dates and the content hash.
 */
public final class DocumentPdf {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("version", new String[] {"Version %d", "Version %d"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("notInForce", new String[] {"NOT IN FORCE – %s", "NICHT IN KRAFT – %s"}),
            Map.entry("path", new String[] {"Derived from", "Abgeleitet von"}),
            Map.entry("top", new String[] {"Top-level document", "Oberstes Dokument"}),
            Map.entry("owner", new String[] {"Owner", "Verantwortlich"}),
            Map.entry("role", new String[] {"Responsible role", "Verantwortliche Rolle"}),
            Map.entry("review", new String[] {"Review every %d months", "Überprüfung alle %d Monate"}),
            Map.entry("requirements", new String[] {"Requirements addressed", "Adressierte Anforderungen"}),
            Map.entry("attachments", new String[] {"Attached files", "Angehängte Dateien"}),
            Map.entry("approval", new String[] {"Approval", "Freigabe"}),
            Map.entry("author", new String[] {"Written by", "Verfasst von"}),
            Map.entry("editors", new String[] {"Changed by", "Geändert von"}),
            Map.entry("submitted", new String[] {"Submitted for review", "Zur Prüfung eingereicht"}),
            Map.entry("approved", new String[] {"Approved", "Freigegeben"}),
            Map.entry("published", new String[] {"Published (in force from)", "Veröffentlicht (in Kraft ab)"}),
            Map.entry("retired", new String[] {"Out of force", "Außer Kraft"}),
            Map.entry("hash", new String[] {"Content hash (SHA-256)", "Inhalts-Prüfsumme (SHA-256)"}),
            Map.entry("change", new String[] {"Change note", "Änderungshinweis"}),
            Map.entry("page", new String[] {"%s, version %d", "%s, Version %d"}),
            Map.entry("DRAFT", new String[] {"Draft", "Entwurf"}),
            Map.entry("IN_REVIEW", new String[] {"In review", "In Prüfung"}),
            Map.entry("APPROVED", new String[] {"Approved", "Freigegeben"}),
            Map.entry("PUBLISHED", new String[] {"Published", "Veröffentlicht"}),
            Map.entry("SUPERSEDED", new String[] {"Superseded", "Ersetzt"}),
            Map.entry("WITHDRAWN", new String[] {"Withdrawn", "Zurückgezogen"}),
            Map.entry("GUIDELINE", new String[] {"Guideline", "Leitlinie"}),
            Map.entry("REGULATION", new String[] {"Regulation", "Richtlinie"}),
            Map.entry("CONCEPT", new String[] {"Concept", "Konzept"}),
            Map.entry("SCOPE", new String[] {"Scope statement", "Geltungsbereich"}),
            Map.entry("RECORD", new String[] {"Record", "Nachweis"}));

    /** Everything the page shows besides the version itself. */
    public record Context(String organisation, List<Document> path, List<Requirement> requirements,
            List<DocumentAttachment> attachments) {
    }

    public byte[] write(DocumentVersion v, Context context, Locale locale) {
        boolean de = locale != null && "de".equals(locale.getLanguage());
        Locale loc = de ? Locale.GERMANY : Locale.UK;
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(loc)
                .withZone(ZoneId.systemDefault());
        Document d = v.getDocument();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font warning = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, new Color(0xB0, 0x1C, 0x1C));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(d.getCode() + " " + v.getTitle());
            pdf.addCreator("Custos ISMS");
            pdf.open();
            pdf.add(new Paragraph(context.organisation() + " · " + t(d.getType().name(), de) + " · " + d.getCode(), small));
            if (v.getStatus() != DocumentStatus.PUBLISHED) {
                pdf.add(new Paragraph(String.format(t("notInForce", de), t(v.getStatus().name(), de)), warning));
            }
            pdf.add(Chunk.NEWLINE);
            pdf.add(new Paragraph(v.getTitle(), title));
            pdf.add(new Paragraph(String.format(t("version", de), v.getNumber()) + " · " + t("status", de) + ": "
                    + t(v.getStatus().name(), de), small));

            section(pdf, t("path", de), heading);
            List<Document> above = context.path().subList(0, Math.max(0, context.path().size() - 1));
            if (above.isEmpty()) {
                pdf.add(new Paragraph(t("top", de), body));
            }
            for (int i = 0; i < above.size(); i++) {
                Document p = above.get(i);
                Paragraph line = new Paragraph("  ".repeat(i) + (i == 0 ? "" : "└ ") + t(p.getType().name(), de) + " "
                        + p.getCode() + " – " + p.getTitle(), body);
                pdf.add(line);
            }
            pdf.add(new Paragraph(line(t("owner", de), v.getOwnerName()) + "   " + line(t("role", de), v.getRoleName())
                    + "   " + String.format(t("review", de), v.getReviewMonths()), small));

            pdf.add(Chunk.NEWLINE);
            for (String text : DocumentContent.lines(v.getContent())) {
                if (text.startsWith("# ")) {
                    section(pdf, text.substring(2), heading);
                } else {
                    Paragraph p = new Paragraph(text, body);
                    p.setSpacingAfter(4);
                    if (text.startsWith("• ")) {
                        p.setIndentationLeft(12);
                    }
                    pdf.add(p);
                }
            }
            if (v.getChangeNote() != null) {
                section(pdf, t("change", de), heading);
                pdf.add(new Paragraph(v.getChangeNote(), body));
            }
            if (!context.requirements().isEmpty()) {
                section(pdf, t("requirements", de), heading);
                for (Requirement r : context.requirements()) {
                    String name = r.title(loc);
                    pdf.add(new Paragraph(r.getStandard().getCode() + " " + r.getRefId() + (name == null ? "" : " – " + name),
                            small));
                }
            }
            if (!context.attachments().isEmpty()) {
                section(pdf, t("attachments", de), heading);
                for (DocumentAttachment a : context.attachments()) {
                    pdf.add(new Paragraph(a.getFileName() + " (" + a.getSizeBytes() + " B, SHA-256 " + a.getSha256() + ")",
                            small));
                }
            }
            section(pdf, t("approval", de), heading);
            pdf.add(approval(v, de, when, small));
        } catch (DocumentException e) {
            throw new IllegalStateException("document PDF could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable approval(DocumentVersion v, boolean de, DateTimeFormatter when, Font font) {
        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        row(table, t("author", de), who(v.getCreatedBy(), v.getCreatedAt(), when), font);
        row(table, t("editors", de), String.join(", ", v.getEditors()), font);
        row(table, t("submitted", de), who(v.getSubmittedBy(), v.getSubmittedAt(), when), font);
        row(table, t("approved", de), who(v.getApprovedBy(), v.getApprovedAt(), when), font);
        row(table, t("published", de), who(v.getPublishedBy(), v.getPublishedAt(), when), font);
        if (v.getRetiredAt() != null) {
            row(table, t("retired", de), who(v.getRetiredBy(), v.getRetiredAt(), when), font);
        }
        row(table, t("hash", de), v.getContentHash() == null ? "–" : v.getContentHash(), font);
        return table;
    }

    private static String who(String name, Instant at, DateTimeFormatter when) {
        return name == null ? "–" : name + ", " + when.format(at);
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBackgroundColor(new Color(0xF2, 0xF2, 0xF2));
        PdfPCell r = new PdfPCell(new Phrase(value, font));
        r.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(l);
        table.addCell(r);
    }

    private static String line(String label, String value) {
        return label + ": " + (value == null ? "–" : value);
    }

    private static void section(com.lowagie.text.Document pdf, String name, Font heading) throws DocumentException {
        Paragraph p = new Paragraph(name, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        pdf.add(p);
    }

    static String t(String key, boolean de) {
        return TEXT.get(key)[de ? 1 : 0];
    }
}
