package org.custos.risk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RiskReportPdfTest {

    @Test
    void registerInGerman() throws IOException {
        byte[] pdf = new RiskReportPdf().register(RiskReportFixtures.report(), Locale.GERMAN);
        String text = text(pdf);
        assertTrue(has(text, "Risikoregister"), text);
        assertTrue(has(text, "Erstellt am 30.11.2026, 09:15"), "generation date in Berlin time: " + text);
        assertTrue(has(text, "Geltende Risikokriterien: Version 2, freigegeben am 02.03.2026; Akzeptanzschwelle: Mittel"),
                text);
        assertTrue(has(text, "4 offene Risiken: 1 nicht bewertet, 1 Akzeptanz ausstehend, 2 Neubewertung fällig"), text);
        assertTrue(has(text, "Bruttorisiko (Anzahl Risiken)") && has(text, "Restrisiko (Anzahl Risiken)"), text);
        assertTrue(has(text, "Gefährdung") && has(text, "Schwachstelle") && has(text, "Risikoeigentümer"), text);
        for (String code : List.of("R-01", "R-02", "R-03", "R-04", "A-KIS, A-SRV")) {
            assertTrue(has(text, code), code);
        }
        assertTrue(has(text, "G 0.39 Schadprogramme"), "catalog threat with its German name");
        assertTrue(has(text, "Kritisch") && has(text, "Hoch") && has(text, "Niedrig"), text);
        assertTrue(has(text, "4 × 4"), text);
        assertTrue(has(text, "Mindern") && has(text, "Akzeptieren") && has(text, "Übertragen"), text);
        assertTrue(has(text, "Akzeptanz ausstehend") && has(text, "Nicht bewertet")
                && has(text, "Innerhalb der Schwelle"), text);
        assertTrue(has(text, "von s.krueger, 01.10.2026"), "who accepted and when: " + text);
        assertTrue(has(text, "25.11.2026 überfällig"), "the overdue reassessment: " + text);
        assertTrue(has(text, "28.02.2027 fällig (markiert)"), "a flagged risk before its date: " + text);
        assertTrue(has(text, "(Kriterien v1)"), "an assessment on older criteria says so: " + text);
        assertFalse(has(text, "Risk register"), "no English left: " + text);
    }

    @Test
    void registerInEnglish() throws IOException {
        String text = text(new RiskReportPdf().register(RiskReportFixtures.report(), Locale.ENGLISH));
        assertTrue(has(text, "Risk register"), text);
        assertTrue(has(text, "Generated on 30 Nov 2026"), text);
        assertTrue(has(text, "Risk criteria in force: version 2"), text);
        assertTrue(has(text, "Threat") && has(text, "Vulnerability") && has(text, "Risk owner"), text);
        assertTrue(has(text, "G 0.39 Malware"), text);
        assertTrue(has(text, "Critical") && has(text, "High") && has(text, "Medium"), text);
        assertTrue(has(text, "Mitigate") && has(text, "Accept") && has(text, "Transfer"), text);
        assertTrue(has(text, "25 Nov 2026 overdue"), text);
        assertTrue(has(text, "=1+1"), "a title is printed as written: " + text);
        assertFalse(has(text, "Risikoregister"), text);
    }

    @Test
    void treatmentPlanInGerman() throws IOException {
        String text = text(new RiskReportPdf().treatmentPlan(RiskReportFixtures.report(), Locale.GERMANY));
        assertTrue(has(text, "Risikobehandlungsplan"), text);
        assertTrue(has(text, "3 Risiken mit Behandlung, davon 1 überfällig"), text);
        assertTrue(has(text, "Offene Risiken ohne Behandlung: R-02"), text);
        assertTrue(has(text, "Geplante Maßnahmen") && has(text, "Verantwortlich") && has(text, "Fällig am"), text);
        assertTrue(has(text, "M-01 Network segmentation (In Umsetzung)"), text);
        assertTrue(has(text, "M-02 Offline backups (Umgesetzt)"), text);
        assertTrue(has(text, "20.11.2026 überfällig"), "the overdue treatment: " + text);
        assertTrue(has(text, "29.11.2026 Maßnahmen umgesetzt") && !has(text, "29.11.2026 überfällig"), "a past due date with all measures done is not overdue: " + text);
        assertTrue(has(text, "Segment the network; offline backups") && has(text, "Jonas Keller"), text);
        assertTrue(has(text, "Übertragen") && has(text, "Akzeptieren"), text);
        assertFalse(has(text, "=1+1"), "an untreated risk is only named by its code: " + text);
    }

    @Test
    void treatmentPlanInEnglish() throws IOException {
        String text = text(new RiskReportPdf().treatmentPlan(RiskReportFixtures.report(), Locale.UK));
        assertTrue(has(text, "Risk treatment plan"), text);
        assertTrue(has(text, "3 risks with a treatment, 1 of them overdue"), text);
        assertTrue(has(text, "Planned measures") && has(text, "M-01 Network segmentation (In progress)"), text);
        assertTrue(has(text, "20 Nov 2026 overdue") && has(text, "Acceptance pending"), text);
    }

    @Test
    void withoutCriteriaOrRisks() throws IOException {
        RiskReport empty = new RiskReport(List.of(), null, null, null, RiskReportFixtures.TODAY,
                RiskReportFixtures.GENERATED, RiskReportFixtures.ZONE);
        String register = text(new RiskReportPdf().register(empty, Locale.GERMAN));
        assertTrue(has(register, "Keine Risikokriterien freigegeben"), register);
        assertTrue(has(register, "Keine offenen Risiken."), register);
        String plan = text(new RiskReportPdf().treatmentPlan(empty, Locale.ENGLISH));
        assertTrue(has(plan, "No open risk has a treatment yet."), plan);
    }

    @Test
    void heatMapCounts() {
        RiskMatrix matrix = CriteriaContent.defaults().matrix();
        int[][] inherent = RiskReportPdf.counts(RiskReportFixtures.rows(), matrix, false);
        assertEquals(1, inherent[4][4]);
        assertEquals(1, inherent[2][4]);
        assertEquals(1, inherent[1][4]);
        assertEquals(3, java.util.Arrays.stream(inherent).flatMapToInt(java.util.Arrays::stream).sum(), "unassessed left out");
        int[][] residual = RiskReportPdf.counts(RiskReportFixtures.rows(), matrix, true);
        assertEquals(1, residual[3][3]);
        assertEquals(1, residual[2][3]);
        assertEquals(1, residual[1][2]);
        RiskReportRow older = new RiskReportRow("R-9", "On a 5 × 5 matrix", null, "x", null, List.of(), null,
                new RiskReportRow.Score(5, 5, org.custos.risk.entity.RiskLevel.CRITICAL, 1), null, null, null, null, null,
                List.of(), false, org.custos.risk.boundary.RiskService.Acceptance.PENDING, null, null, null, false);
        assertEquals(1, RiskReportPdf.counts(List.of(older), matrix, false)[4][4], "the nearest edge of today's matrix");
    }

    @Test
    void landscapeA4() throws IOException {
        PdfReader reader = new PdfReader(new RiskReportPdf().register(RiskReportFixtures.report(), Locale.GERMAN));
        assertEquals(842, Math.round(reader.getPageSizeWithRotation(1).getWidth()));
        assertEquals(595, Math.round(reader.getPageSizeWithRotation(1).getHeight()));
    }

    /**
     * The text of every page with all whitespace removed: cells wrap their text wherever the column ends,
     * so phrases are compared without it ({@link #has}).
     */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return squash(text.toString());
    }

    static boolean has(String squashed, String phrase) {
        return squashed.contains(squash(phrase));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
