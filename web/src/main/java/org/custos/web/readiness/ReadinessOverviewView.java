package org.custos.web.readiness;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;

/**
 * How ready the organisation is for certification: the score per standard in use and its trend, the
 * ISO 27001 certification rules, the proof cycles of the obligations register and the gaps worth most.
 */
@Named
@ViewScoped
public class ReadinessOverviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TREND_DAYS = 90;
    static final int GAPS = 20;

    @Inject
    ReadinessService readiness;

    @Inject
    LocaleView localeView;

    @Inject
    CurrentUser currentUser;

    private List<ReadinessService.StandardScore> scores;
    private List<ReadinessService.Rule> rules;
    private List<ReadinessService.ProofCycle> cycles;
    private List<ReadinessService.Gap> gaps;
    private String scoreChart;
    private String trendChart;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        ReadinessService.Overview overview = readiness.overview(today);
        scores = overview.scores();
        rules = overview.rules();
        cycles = overview.proofCycles();
        gaps = readiness.gaps(GAPS);
        scoreChart = ReadinessLabels.scoreChart(scores, Messages.text("readiness.score"));
        Map<Long, String> codes = new LinkedHashMap<>();
        scores.forEach(s -> codes.put(s.standardId(), s.code()));
        trendChart = ReadinessLabels.trendChart(readiness.trend(today.minusDays(TREND_DAYS)), codes);
    }

    // ---------------------------------------------------------------- presentation

    /** Whether the user may open the page (links are offered only then; the page checks again). */
    public boolean mayOpen(String outcome) {
        String permission = ReadinessLabels.PAGE_PERMISSIONS.get(outcome);
        return permission != null && currentUser.permitted(permission);
    }

    public String percent(Double percent) {
        return ReadinessLabels.percent(percent, localeView.getLocale());
    }

    public String statusClass(ReadinessStatus status) {
        return ReadinessLabels.statusClass(status);
    }

    public String ruleClass(ReadinessService.RuleStatus status) {
        return ReadinessLabels.ruleClass(status);
    }

    /** The page keeping the rule's records, if the user may open it; null otherwise. */
    public ReadinessLabels.RulePage rulePage(ReadinessService.Rule rule) {
        ReadinessLabels.RulePage page = ReadinessLabels.rulePage(rule.code());
        return page != null && currentUser.permitted(page.permission()) ? page : null;
    }

    /** The rule's sentence with its arguments (document codes, version and approver, vacant roles, …). */
    public String ruleText(ReadinessService.Rule rule) {
        return ReadinessLabels.ruleText(rule, localeView.getLocale());
    }

    /** Passed, failed or not tracked yet (never shown as passed). */
    public String ruleStatus(ReadinessService.Rule rule) {
        return Messages.text("readiness.ruleStatus." + rule.status().name());
    }

    public String title(ReadinessService.RequirementReadiness r) {
        return r.title(localeView.getLocale());
    }

    public String cycleStandards(ReadinessService.ProofCycle c) {
        return String.join(", ", c.standards().stream().map(s -> s.code() + " " + percent(s.percent())).toList());
    }

    // ---------------------------------------------------------------- accessors

    public List<ReadinessService.StandardScore> getScores() {
        return scores;
    }

    public List<ReadinessService.Rule> getRules() {
        return rules;
    }

    public List<ReadinessService.ProofCycle> getCycles() {
        return cycles;
    }

    public List<ReadinessService.Gap> getGaps() {
        return gaps;
    }

    public String getScoreChart() {
        return scoreChart;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public int getTrendDays() {
        return TREND_DAYS;
    }
}
