package org.custos.risk.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.boundary.RiskService.RiskView;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.RiskReport;
import org.custos.risk.control.RiskReportPdf;
import org.custos.risk.control.RiskReportRow;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.Threat;
import org.custos.risk.entity.Treatment;
import org.junit.jupiter.api.Test;

/** The mapping of the register's views (real entity instances, no database) to the rows the exports print. */
class RiskReportServiceTest {

    private static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final RiskCriteria criteria = new RiskCriteria(3, "alice", AT, RiskLevel.MEDIUM);
    private final Person anna = new Person(null, "Dr. Anna Weber");
    private final Person jonas = new Person(null, "Jonas Keller");
    private final Map<Long, String> assets = Map.of(1L, "A-SRV", 2L, "A-KIS");
    private final Map<Long, RiskReportRow.PlannedMeasure> measures = Map.of(
            10L, new RiskReportRow.PlannedMeasure("M-02", "Offline backups", Measure.Status.IMPLEMENTED),
            11L, new RiskReportRow.PlannedMeasure("M-01", "Network segmentation", Measure.Status.IN_PROGRESS));

    @Test
    void assessedRiskWithPlan() {
        Risk r = new Risk("R-01", "Ransomware", "alice", AT);
        r.describe("R-01", "Ransomware", null, new Threat("G 0.39", "Malware", "Schadprogramme", null), null,
                "Unpatched servers", anna, Set.of(1L, 2L, 7L), Set.of());
        r.treat(Treatment.MITIGATE, "Segment and back up", jonas, TODAY.minusDays(3), Set.of(10L, 11L, 99L),
                TODAY.minusDays(1));
        RiskAssessment a = new RiskAssessment(r, 2, criteria, 4, 4, RiskLevel.CRITICAL, 3, 2, RiskLevel.HIGH, null, null,
                "bob", AT);
        RiskReportRow row = RiskReportService.row(new RiskView(r, a, Acceptance.PENDING, true), assets, measures);

        assertEquals("R-01", row.code());
        assertEquals("G 0.39 Schadprogramme", row.threat(Locale.GERMAN));
        assertEquals("G 0.39 Malware", row.threat(Locale.ENGLISH));
        assertEquals(List.of("#7", "A-KIS", "A-SRV"), row.assets(), "codes, an unknown asset by its id");
        assertEquals("Dr. Anna Weber", row.owner());
        assertEquals(new RiskReportRow.Score(4, 4, RiskLevel.CRITICAL, 3), row.inherent());
        assertEquals(new RiskReportRow.Score(3, 2, RiskLevel.HIGH, 3), row.residual());
        assertEquals("Jonas Keller", row.treatmentOwner());
        assertEquals(List.of("M-01", "M-02"), row.measures().stream().map(RiskReportRow.PlannedMeasure::code).toList(),
                "known measures by code");
        assertTrue(row.planComplete());
        assertTrue(row.treatmentOverdue(TODAY));
        assertTrue(row.reassessmentOverdue(TODAY) && row.reassessmentDue());
        assertEquals(Acceptance.PENDING, row.acceptance());
        assertNull(row.acceptedBy());
    }

    @Test
    void acceptedAndUnassessedRisks() {
        Risk accepted = new Risk("R-03", "Supplier fails", "alice", AT);
        accepted.describe("R-03", "Supplier fails", null, null, "Cloud provider goes out of business", null, anna, Set.of(),
                Set.of());
        accepted.treat(Treatment.ACCEPT, null, null, null, Set.of(), TODAY.plusMonths(6));
        RiskAssessment a = new RiskAssessment(accepted, 1, criteria, 2, 4, RiskLevel.HIGH, 2, 3, RiskLevel.HIGH, null, null,
                "bob", AT);
        accepted.accepted(5L, "a.weber", AT.plusSeconds(3600), "Contract penalty covers it", "hash");
        Risk open = new Risk("R-02", "=1+1", "alice", AT);
        open.describe("R-02", "=1+1", null, null, "Insider", null, anna, Set.of(), Set.of());

        List<RiskReportRow> rows = RiskReportService.rows(List.of(new RiskView(open, null, Acceptance.UNASSESSED, false),
                new RiskView(accepted, a, Acceptance.ACCEPTED, false)), assets, measures);

        RiskReportRow unassessed = rows.get(0);
        assertEquals("Insider", unassessed.threat(Locale.GERMAN));
        assertNull(unassessed.inherent());
        assertNull(unassessed.treatment());
        assertFalse(unassessed.planComplete());
        RiskReportRow sealed = rows.get(1);
        assertEquals("a.weber", sealed.acceptedBy());
        assertEquals(AT.plusSeconds(3600), sealed.acceptedAt());
        assertFalse(sealed.planComplete(), "accepting still needs an owner and a date for the plan");
        assertFalse(sealed.treatmentOverdue(TODAY));

        RiskReport report = new RiskReport(rows, 3, AT, CriteriaContent.defaults(), TODAY, AT, ZoneId.of("Europe/Berlin"));
        String text = text(new RiskReportPdf().register(report, Locale.GERMAN));
        assertTrue(text.contains("R-03") && text.contains("Akzeptiert") && text.contains("vona.weber,01.09.2026"), text);
        assertTrue(text.contains("R-02=1+1Insider"), text);
        String plan = text(new RiskReportPdf().treatmentPlan(report, Locale.GERMAN));
        assertTrue(plan.contains("Planunvollständig"), "an incomplete plan is marked: " + plan);
        assertTrue(plan.contains("OffeneRisikenohneBehandlung:R-02"), plan);
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p));
            }
            return text.toString().replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
