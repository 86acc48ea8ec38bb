package org.custos.risk.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.measures.entity.Measure;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.Treatment;

/**
 * One open risk as the register and the treatment plan print it: plain values, names instead of entities,
 * so that the exports can be written and tested without a database.
 *
 * @param threat the catalog threat, or null
 * @param threatText the threat in the risk's own words, or null
 * @param assets the codes of the risk's assets
 * @param inherent the latest assessment's inherent score, null while unassessed
 * @param residual the latest assessment's residual score, null while unassessed
 * @param measures the measures the treatment plans
 * @param planComplete a treatment, its owner, a due date and (when mitigating) measures
 * @param acceptedBy who accepted the residual risk (with {@link Acceptance#ACCEPTED})
 * @param reassessmentDue the date has passed or the risk was flagged (a changed asset, an incident)
 */
public record RiskReportRow(String code, String title, ThreatRef threat, String threatText, String vulnerability,
        List<String> assets, String owner, Score inherent, Score residual, Treatment treatment, String treatmentPlan,
        String treatmentOwner, LocalDate treatmentDue, List<PlannedMeasure> measures, boolean planComplete,
        Acceptance acceptance, String acceptedBy, Instant acceptedAt, LocalDate nextReassessment, boolean reassessmentDue)
        implements Serializable {

    /** A threat of the catalog. */
    public record ThreatRef(String code, String nameEn, String nameDe) implements Serializable {

        public String name(Locale locale) {
            return RiskReportText.german(locale) && nameDe != null ? nameDe : nameEn;
        }
    }

    /** Likelihood and impact on the scales of the criteria assessed against, and the level the matrix gave them. */
    public record Score(int likelihood, int impact, RiskLevel level, int criteriaNumber) implements Serializable {
    }

    /** A measure of the treatment plan. */
    public record PlannedMeasure(String code, String title, Measure.Status status) implements Serializable {

        public boolean done() {
            return status == Measure.Status.IMPLEMENTED || status == Measure.Status.NOT_APPLICABLE;
        }
    }

    public RiskReportRow {
        assets = assets == null ? List.of() : List.copyOf(assets);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** The threat as one text: catalog code and localized name, and/or the risk's own words. */
    public String threat(Locale locale) {
        String catalog = threat == null ? null : threat.code() + " " + threat.name(locale);
        if (catalog == null) {
            return threatText == null ? "" : threatText;
        }
        return threatText == null ? catalog : catalog + "\n" + threatText;
    }

    /** The date of the next reassessment has passed. */
    public boolean reassessmentOverdue(LocalDate today) {
        return nextReassessment != null && nextReassessment.isBefore(today);
    }

    /** Every planned measure is implemented (or turned out not applicable); false without measures. */
    public boolean measuresDone() {
        return !measures.isEmpty() && measures.stream().allMatch(PlannedMeasure::done);
    }

    /**
     * The treatment's due date has passed and it is not evidently done. Only measures show that a treatment
     * is done; a plan without measures (accepting, avoiding, transferring) is overdue once its date passed.
     */
    public boolean treatmentOverdue(LocalDate today) {
        return treatment != null && treatmentDue != null && treatmentDue.isBefore(today) && !measuresDone();
    }
}
