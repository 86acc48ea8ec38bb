package org.custos.web.audits;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.audits.boundary.AuditProgrammeService.AuditView;
import org.custos.audits.boundary.AuditProgrammeService.Item;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.Finding;
import org.custos.web.support.Messages;

/** The audit report on paper (A4, English or German): scope, team, checklist with results, findings, conclusion. */
public final class AuditReportPdf {

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    /**
     * @param names what the report shows for ids: "lead", "team", "units", "standard" and requirement ids
     *              ("req:ID") as the caller may read them
     */
    public byte[] write(AuditView v, Map<String, String> names, Locale locale) {
        Audit a = v.audit();
        boolean de = "de".equals(locale.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(a.getCode() + " " + a.getTitle());
            pdf.addCreator("Custos ISMS");
            pdf.open();
            pdf.add(new Paragraph(Messages.text(locale, "audits.report.title") + ": " + a.getCode() + " – " + a.getTitle(), title));
            PdfPTable facts = new PdfPTable(new float[] {1.3f, 3});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(8);
            row(facts, Messages.text(locale, "audits.kind"), Messages.text(locale, "audits.kind." + a.getKind()));
            row(facts, Messages.text(locale, "audits.status"), Messages.text(locale, "audits.status." + a.getStatus()));
            row(facts, Messages.text(locale, "audits.year"), String.valueOf(a.getProgrammeYear()));
            row(facts, Messages.text(locale, "audits.standard"), names.getOrDefault("standard", "–"));
            row(facts, Messages.text(locale, "audits.body"), a.getBody() == null ? "–" : a.getBody());
            row(facts, Messages.text(locale, "audits.lead"), names.getOrDefault("lead", "–"));
            row(facts, Messages.text(locale, "audits.team"), names.getOrDefault("team", "–"));
            row(facts, Messages.text(locale, "audits.units"), names.getOrDefault("units", "–"));
            row(facts, Messages.text(locale, "audits.plannedFrom"), (a.getPlannedFrom() == null ? "–" : a.getPlannedFrom())
                    + " – " + (a.getPlannedTo() == null ? "–" : a.getPlannedTo()));
            row(facts, Messages.text(locale, "audits.performedOn"), a.getPerformedOn() == null ? "–" : a.getPerformedOn().toString());
            pdf.add(facts);

            pdf.add(heading(Messages.text(locale, "audits.checklist")));
            PdfPTable checklist = new PdfPTable(new float[] {3.5f, 1.3f, 3});
            checklist.setWidthPercentage(100);
            checklist.setHeaderRows(1);
            for (String k : List.of("audits.item.requirement", "audits.item.resultLabel", "audits.item.noteLabel")) {
                checklist.addCell(new PdfPCell(new Paragraph(Messages.text(locale, k), bold)));
            }
            for (Item i : v.items()) {
                checklist.addCell(new PdfPCell(new Paragraph(i.refId() + " " + (de && i.titleDe() != null ? i.titleDe() : i.titleEn()),
                        body)));
                checklist.addCell(new PdfPCell(new Paragraph(Messages.text(locale, "audits.result." + i.item().getResult()), body)));
                checklist.addCell(new PdfPCell(new Paragraph(i.item().getNote() == null ? "" : i.item().getNote(), body)));
            }
            pdf.add(checklist);

            pdf.add(heading(Messages.text(locale, "audits.findings")));
            if (v.findings().isEmpty()) {
                pdf.add(new Paragraph(Messages.text(locale, "audits.findings.empty"), body));
            }
            for (Finding f : v.findings()) {
                Paragraph p = new Paragraph(f.getCode() + " – " + Messages.text(locale, "finding.kind." + f.getKind()), bold);
                p.setSpacingBefore(4);
                pdf.add(p);
                pdf.add(new Paragraph(f.getStatement(), body));
                String refs = String.join(", ", f.getRequirementIds().stream().map(id -> names.getOrDefault("req:" + id, "#" + id))
                        .toList());
                if (!refs.isEmpty()) {
                    pdf.add(new Paragraph(Messages.text(locale, "finding.requirements") + ": " + refs + " · "
                            + Messages.text(locale, "finding.recordedBy") + ": " + f.getRecordedBy(), body));
                }
            }
            pdf.add(heading(Messages.text(locale, "audits.conclusion")));
            pdf.add(new Paragraph(a.getConclusion() == null ? "–" : a.getConclusion(), body));
        } catch (DocumentException e) {
            throw new IllegalStateException("audit report PDF could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private Paragraph heading(String text) {
        Paragraph h = new Paragraph(text, heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        return h;
    }

    private void row(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Paragraph(label, bold));
        l.setBorder(PdfPCell.NO_BORDER);
        PdfPCell v = new PdfPCell(new Paragraph(value, body));
        v.setBorder(PdfPCell.NO_BORDER);
        t.addCell(l);
        t.addCell(v);
    }
}
