package org.custos.risk.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.custos.measures.entity.Measure;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.Treatment;

/** A small register of four open risks as of 30 November 2026, with the default criteria as version 2. */
final class RiskReportFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant GENERATED = Instant.parse("2026-11-30T08:15:00Z");

    private RiskReportFixtures() {
    }

    static RiskReport report() {
        return new RiskReport(rows(), 2, Instant.parse("2026-03-02T10:00:00Z"), CriteriaContent.defaults(), TODAY,
                GENERATED, ZONE);
    }

    static List<RiskReportRow> rows() {
        RiskReportRow ransomware = new RiskReportRow("R-01", "Ransomware encrypts the hospital information system",
                new RiskReportRow.ThreatRef("G 0.39", "Malware", "Schadprogramme"), null,
                "Unpatched servers reachable from the office network", List.of("A-KIS", "A-SRV"), "Dr. Anna Weber",
                new RiskReportRow.Score(4, 4, RiskLevel.CRITICAL, 2), new RiskReportRow.Score(3, 3, RiskLevel.HIGH, 2),
                Treatment.MITIGATE, "Segment the network; offline backups", "Jonas Keller", TODAY.minusDays(10),
                List.of(new RiskReportRow.PlannedMeasure("M-01", "Network segmentation", Measure.Status.IN_PROGRESS),
                        new RiskReportRow.PlannedMeasure("M-02", "Offline backups", Measure.Status.IMPLEMENTED)),
                true, Acceptance.PENDING, null, null, TODAY.minusDays(5), true);
        RiskReportRow formula = new RiskReportRow("R-02", "=1+1", null, "+Insider misuse", "@SUM(A1:A2)", List.of(),
                "Martin Schulz", null, null, null, null, null, null, List.of(), false, Acceptance.UNASSESSED, null, null,
                null, false);
        RiskReportRow supplier = new RiskReportRow("R-03", "Lieferant fällt aus", null, "Ausfall des Cloud-Dienstleisters",
                null, List.of("A-MAIL"), "Sabine Krüger", new RiskReportRow.Score(2, 4, RiskLevel.HIGH, 1),
                new RiskReportRow.Score(2, 3, RiskLevel.HIGH, 1), Treatment.ACCEPT, "Vertragsstrafe genügt", "Sabine Krüger",
                TODAY.plusMonths(2), List.of(), true, Acceptance.ACCEPTED, "s.krueger", Instant.parse("2026-10-01T09:30:00Z"),
                TODAY.plusMonths(10), false);
        RiskReportRow insurance = new RiskReportRow("R-04", "Fire in the server room",
                new RiskReportRow.ThreatRef("G 0.1", "Fire", "Feuer"), null, null, List.of("A-SRV"), "Jonas Keller",
                new RiskReportRow.Score(1, 4, RiskLevel.MEDIUM, 2), new RiskReportRow.Score(1, 2, RiskLevel.LOW, 2),
                Treatment.TRANSFER, "Insurance", "Jonas Keller", TODAY.minusDays(1),
                List.of(new RiskReportRow.PlannedMeasure("M-07", "Fire insurance", Measure.Status.IMPLEMENTED)), true,
                Acceptance.WITHIN_THRESHOLD, null, null, TODAY.plusMonths(3), true);
        return List.of(ransomware, formula, supplier, insurance);
    }
}
