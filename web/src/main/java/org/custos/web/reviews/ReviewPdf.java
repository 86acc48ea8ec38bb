package org.custos.web.reviews;

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
import java.util.Locale;
import org.custos.reviews.boundary.ManagementReviewService.ReviewView;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;
import org.custos.web.incidents.IncidentLabels;
import org.custos.web.support.Messages;

/** The management review on paper (A4, English or German): inputs with the meeting's comments, minutes, decisions, approval. */
public final class ReviewPdf {

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private final Font italic = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);

    public byte[] write(ReviewView v, Locale locale) {
        ManagementReview r = v.review();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(r.getCode() + " " + r.getTitle());
            pdf.addCreator("Custos ISMS");
            pdf.open();
            pdf.add(new Paragraph(r.getCode() + " – " + r.getTitle(), title));
            pdf.add(new Paragraph(Messages.text(locale, "review.pdf.period", r.getHeldOn(), r.getPeriodFrom()), body));
            pdf.add(new Paragraph(r.isApproved()
                    ? Messages.text(locale, "review.pdf.approved", r.getApprovedBy(), IncidentLabels.at(r.getApprovedAt()))
                    : Messages.text(locale, "review.pdf.draft"), bold));
            for (ReviewInput i : v.inputs()) {
                Paragraph h = new Paragraph(Messages.text(locale, "review.input." + i.getInputKey()), heading);
                h.setSpacingBefore(10);
                pdf.add(h);
                for (var fact : i.factList()) {
                    pdf.add(new Paragraph("• " + ReviewLabels.fact(fact, locale), body));
                }
                if (i.getComment() != null) {
                    pdf.add(new Paragraph(Messages.text(locale, "review.comment") + ": " + i.getComment(), italic));
                }
            }
            Paragraph m = new Paragraph(Messages.text(locale, "review.minutes"), heading);
            m.setSpacingBefore(10);
            pdf.add(m);
            pdf.add(new Paragraph(r.getMinutes() == null ? "–" : r.getMinutes(), body));
            Paragraph d = new Paragraph(Messages.text(locale, "review.decisions"), heading);
            d.setSpacingBefore(10);
            d.setSpacingAfter(4);
            pdf.add(d);
            PdfPTable table = new PdfPTable(new float[] {5, 2, 1.5f, 1.5f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String k : new String[] {"review.decision", "review.decision.owner", "review.decision.dueOn", "review.decision.status"}) {
                table.addCell(new PdfPCell(new Paragraph(Messages.text(locale, k), bold)));
            }
            for (ReviewDecision decision : v.decisions()) {
                table.addCell(new PdfPCell(new Paragraph(decision.getDecision(), body)));
                table.addCell(new PdfPCell(new Paragraph(decision.getOwner() == null ? "–" : decision.getOwner().getName(), body)));
                table.addCell(new PdfPCell(new Paragraph(decision.getDueOn() == null ? "–" : decision.getDueOn().toString(), body)));
                table.addCell(new PdfPCell(new Paragraph(Messages.text(locale, "review.decision.status." + decision.getStatus()),
                        body)));
            }
            pdf.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("management review PDF could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }
}
