package org.custos.risk.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the risk exports print: the open risks and the criteria in force, as of a day.
 *
 * @param criteriaNumber the version number of the approved criteria in force, null if none is approved
 * @param criteriaApprovedAt when that version was approved
 * @param criteria its content (scales and matrix for the heat maps), null if none is approved
 * @param today the day overdue dates are judged against
 * @param generatedAt when the export was made
 * @param zone the zone times are shown in
 */
public record RiskReport(List<RiskReportRow> rows, Integer criteriaNumber, Instant criteriaApprovedAt,
        CriteriaContent criteria, LocalDate today, Instant generatedAt, ZoneId zone) implements Serializable {

    public RiskReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
        zone = zone == null ? ZoneId.systemDefault() : zone;
        today = today == null ? LocalDate.now(zone) : today;
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
    }

    /** The rows with a treatment: the treatment plan. */
    public List<RiskReportRow> treated() {
        return rows.stream().filter(r -> r.treatment() != null).toList();
    }

    /** The rows without a treatment yet. */
    public List<RiskReportRow> untreated() {
        return rows.stream().filter(r -> r.treatment() == null).toList();
    }
}
