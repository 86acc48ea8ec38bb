package org.custos.tisax.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.tisax.entity.TisaxLabel;

/**
 * Writes a self-assessment in the layout of the official ISA 6 workbook: one sheet per applicable tab
 * with the official sheet name, title and header texts, columns in the official order from "Control
 * number" up to the last requirement tier, and chapter/section heading rows between the controls.
 *
 * <p>Differences from the official file: the technical columns A/B ("Row_Format", "Is_Title?") and all
 * columns after the requirement tiers (references, guidance, examples, dates, contacts) are left out, so
 * "Control number" is column A; no Cover, Results or other tabs and no formulas; tier texts that do not
 * apply for the labels are left empty; the SGA tier is not written; two columns named as on the official
 * Results tab are added at the end: "Target maturity level" and "Cutback result". The self-assessment
 * columns are filled from Custos: maturity level, implementation description (the justification) and
 * reference documentation (the linked measures); "Findings" stays empty for the assessor. The export is
 * therefore a modified document, not the ENX/VDA workbook, and says so in its first row.
 */
public final class TisaxWorkbook {

    static final String TARGET_HEADER = "Target maturity level";
    static final String RESULT_HEADER = "Cutback result";

    /** The official title cell and header texts per tab; the tier columns end each header. */
    private record Layout(String title, List<String> selfAssessment, List<Tier> tiers, List<String> tierHeaders) {
    }

    private static final Map<IsaPart, Layout> LAYOUTS = Map.of(
            IsaPart.INFORMATION_SECURITY, new Layout("Information Security Assessment\nQuestionnaire",
                    List.of("Maturity level", "Implementation description", "Reference documentation",
                            "Findings/Assessment result"),
                    List.of(Tier.MUST, Tier.SHOULD, Tier.HIGH, Tier.VERY_HIGH),
                    List.of("Requirements\n(must)", "Requirements\n(should)",
                            "Additional requirements\nfor high protection needs",
                            "Additional requirements\nfor very high protection needs")),
            IsaPart.PROTOTYPE_PROTECTION, new Layout("Information Security Assessment\nAdditional prototype protection requirements",
                    List.of("Maturity level", "Implementation description", "Reference documentation",
                            "Findings/Assessment result"),
                    List.of(Tier.MUST, Tier.SHOULD, Tier.VEHICLE),
                    List.of("Requirements\n(must)", "Requirements\n(should)",
                            "Additional requirements\nfor vehicles classified as requiring protection")),
            IsaPart.DATA_PROTECTION, new Layout("Information Security Assessment\nAdditional requirements for Data Protection/Privacy ",
                    List.of("Assessment", "Description of implementation", "Reference Documentation", "Findings/test result"),
                    List.of(Tier.MUST),
                    List.of("Requirements \n(must)")));

    /** What the export needs besides the controls. */
    public record Context(String assessmentTitle, String standard, Set<TisaxLabel> labels, Set<IsaPart> parts,
            Map<String, String> headings, Map<Long, String> measures) {
    }

    private TisaxWorkbook() {
    }

    /** The header texts of a tab in column order, as written. */
    public static List<String> header(IsaPart part) {
        Layout l = LAYOUTS.get(part);
        List<String> h = new ArrayList<>();
        h.add("Control number");
        h.addAll(l.selfAssessment());
        h.add("Control question");
        h.add("Objective");
        h.addAll(l.tierHeaders());
        h.add(TARGET_HEADER);
        h.add(RESULT_HEADER);
        return h;
    }

    public static byte[] write(Context context, List<TisaxControl> controls) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (IsaPart part : context.parts()) {
                List<TisaxControl> ofPart = controls.stream().filter(c -> c.part() == part).toList();
                sheet(wb, styles, part, context, ofPart);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, Styles styles, IsaPart part, Context context, List<TisaxControl> controls) {
        Layout layout = LAYOUTS.get(part);
        Sheet sheet = wb.createSheet(part.sheetName());
        Row top = sheet.createRow(0);
        cell(top, 0, layout.title(), styles.bold);
        cell(top, 2, context.assessmentTitle() + " – " + context.standard() + " – labels: "
                + context.labels().stream().map(Enum::name).collect(Collectors.joining(", "))
                + ". Self-assessment exported by Custos: modified, not the official ENX/VDA workbook.", styles.wrap);
        List<String> header = header(part);
        Row h = sheet.createRow(1);
        for (int c = 0; c < header.size(); c++) {
            cell(h, c, header.get(c), styles.header);
        }
        int questionColumn = 1 + layout.selfAssessment().size();
        int r = 2;
        Set<String> headingsDone = new LinkedHashSet<>();
        for (TisaxControl control : controls) {
            for (String heading : List.of(IsaPart.chapter(control.refId()), IsaPart.section(control.refId()))) {
                if (!heading.equals(control.refId()) && headingsDone.add(heading) && context.headings().containsKey(heading)) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, heading, styles.bold);
                    cell(row, questionColumn, context.headings().get(heading), styles.bold);
                }
            }
            Row row = sheet.createRow(r++);
            int c = 0;
            cell(row, c++, control.refId(), styles.wrap);
            Cell maturity = row.createCell(c++);
            if (control.maturity() != null) {
                maturity.setCellValue(control.maturity());
            }
            cell(row, c++, control.justification(), styles.wrap);
            cell(row, c++, control.measureIds().stream().sorted().map(id -> context.measures().getOrDefault(id, "#" + id))
                    .collect(Collectors.joining("\n")), styles.wrap);
            c++; // findings: the assessor's column
            cell(row, c++, control.question(), styles.wrap);
            cell(row, c++, control.objective(), styles.wrap);
            for (Tier tier : layout.tiers()) {
                cell(row, c++, control.requirement(tier), styles.wrap);
            }
            row.createCell(c++).setCellValue(TisaxScoring.TARGET);
            Cell result = row.createCell(c);
            if (control.result() != null) {
                result.setCellValue(control.result());
            }
        }
        sheet.createFreezePane(1, 2);
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, c == 0 || c == 1 || c >= header.size() - 2 ? 14 * 256 : 45 * 256);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (text != null) {
            // Excel's cell limit; ISA texts stay far below it, justifications might not.
            cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) + "…" : text);
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle header;

        Styles(XSSFWorkbook wb) {
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            bold = wb.createCellStyle();
            bold.cloneStyleFrom(wrap);
            bold.setFont(boldFont);
            header = wb.createCellStyle();
            header.cloneStyleFrom(bold);
        }
    }
}
