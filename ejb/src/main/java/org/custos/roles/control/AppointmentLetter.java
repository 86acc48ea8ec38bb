package org.custos.roles.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.roles.entity.Appointment;

/**
 * The appointment letter (German or English): who is appointed to what, for which scope and period,
 * with which tasks and powers, who stands in, and a signature block for top management and the
 * appointee.
 */
public final class AppointmentLetter {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("title", new String[] {"Appointment as %s", "Bestellung: %s"}),
            Map.entry("intro", new String[] {"%s hereby appoints %s%s as %s with effect from %s%s.",
                    "%s bestellt hiermit %s%s mit Wirkung vom %s%s als %s."}),
            Map.entry("until", new String[] {" until %s", " bis %s"}),
            Map.entry("scope", new String[] {"Scope", "Geltungsbereich"}),
            Map.entry("whole", new String[] {"The whole organisation", "Die gesamte Organisation"}),
            Map.entry("tasks", new String[] {"Tasks", "Aufgaben"}),
            Map.entry("powers", new String[] {"Powers", "Befugnisse"}),
            Map.entry("deputy", new String[] {"Deputy", "Stellvertretung"}),
            Map.entry("noDeputy", new String[] {"No deputy has been named.", "Es ist keine Stellvertretung benannt."}),
            Map.entry("deputyText", new String[] {"%s stands in for the appointee during absence, with the same tasks and powers.",
                    "%s vertritt bei Abwesenheit mit denselben Aufgaben und Befugnissen."}),
            Map.entry("basis", new String[] {"This role serves ISO/IEC 27001:2022 %s.", "Diese Rolle dient ISO/IEC 27001:2022 %s."}),
            Map.entry("report", new String[] {"The appointee reports directly to top management.",
                    "Die bestellte Person berichtet unmittelbar an die oberste Leitung."}),
            Map.entry("place", new String[] {"Place, date", "Ort, Datum"}),
            Map.entry("forManagement", new String[] {"For top management", "Für die oberste Leitung"}),
            Map.entry("acknowledged", new String[] {"Acknowledged and accepted", "Zur Kenntnis genommen und angenommen"}),
            Map.entry("draft", new String[] {"DRAFT – not yet in force", "ENTWURF – noch nicht in Kraft"}));

    public byte[] write(Appointment a, Organisation org, Locale locale) {
        boolean de = locale != null && "de".equals(locale.getLanguage());
        Locale loc = de ? Locale.GERMANY : Locale.UK;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(loc);
        String role = a.getRole().name(loc);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(String.format(t("title", de), role));
            doc.addCreator("Custos ISMS");
            doc.open();
            doc.add(new Paragraph(org.getName(), small));
            doc.add(Chunk.NEWLINE);
            if (a.getStatus() == Appointment.Status.DRAFT) {
                doc.add(new Paragraph(t("draft", de), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            }
            doc.add(new Paragraph(String.format(t("title", de), role), title));
            doc.add(Chunk.NEWLINE);
            String function = a.getPerson().getFunction() == null ? "" : " (" + a.getPerson().getFunction() + ")";
            String until = a.getEndDate() == null ? "" : String.format(t("until", de), dates.format(a.getEndDate()));
            String intro = de
                    ? String.format(t("intro", de), org.getName(), a.getPerson().getName(), function,
                            dates.format(a.getStartDate()), until, role)
                    : String.format(t("intro", de), org.getName(), a.getPerson().getName(), function, role,
                            dates.format(a.getStartDate()), until);
            doc.add(new Paragraph(intro, body));

            section(doc, t("scope", de), heading);
            doc.add(new Paragraph(a.isWholeOrganisation() ? t("whole", de)
                    : a.getUnits().stream().map(OrgUnit::getName).sorted().collect(Collectors.joining(", ")), body));
            section(doc, t("tasks", de), heading);
            doc.add(bullets(a.getTasks() != null ? a.getTasks() : a.getRole().tasks(loc), body));
            section(doc, t("powers", de), heading);
            doc.add(bullets(a.getPowers() != null ? a.getPowers() : a.getRole().powers(loc), body));
            section(doc, t("deputy", de), heading);
            doc.add(new Paragraph(a.getDeputy() == null ? t("noDeputy", de)
                    : String.format(t("deputyText", de), a.getDeputy().getName()
                            + (a.getDeputy().getFunction() == null ? "" : " (" + a.getDeputy().getFunction() + ")")), body));
            doc.add(Chunk.NEWLINE);
            if (a.getRole().getIsoReference() != null) {
                doc.add(new Paragraph(String.format(t("basis", de), a.getRole().getIsoReference()), small));
            }
            doc.add(new Paragraph(t("report", de), small));
            doc.add(Chunk.NEWLINE);
            doc.add(Chunk.NEWLINE);
            doc.add(signatures(de, a, body, small));
        } catch (DocumentException e) {
            throw new IllegalStateException("appointment letter could not be written", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable signatures(boolean de, Appointment a, Font body, Font small) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(30);
        String appointer = a.getAppointedBy() == null ? "" : a.getAppointedBy().getName();
        table.addCell(signature(t("place", de) + "\n\n\n" + appointer, t("forManagement", de), small));
        table.addCell(signature(t("place", de) + "\n\n\n" + a.getPerson().getName(), t("acknowledged", de), small));
        return table;
    }

    private static PdfPCell signature(String text, String caption, Font font) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.TOP);
        cell.setPaddingTop(6);
        cell.setPaddingRight(20);
        Paragraph p = new Paragraph(caption + "\n" + text, font);
        p.setAlignment(Element.ALIGN_LEFT);
        cell.addElement(p);
        return cell;
    }

    private static void section(Document doc, String name, Font heading) throws DocumentException {
        Paragraph p = new Paragraph(name, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static List bullets(String lines, Font font) {
        List list = new List(List.UNORDERED, 12);
        list.setListSymbol("•");
        if (lines != null) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> list.add(new ListItem(l, font)));
        }
        return list;
    }

    private static String t(String key, boolean de) {
        return TEXT.get(key)[de ? 1 : 0];
    }
}
