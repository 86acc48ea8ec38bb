package org.custos.web.risk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.custos.organisation.entity.Person;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.RiskReportService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.boundary.RiskService.HeatCell;
import org.custos.risk.boundary.RiskService.HeatMap;
import org.custos.risk.boundary.RiskService.RiskView;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskLevel;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Downloads;
import org.primefaces.model.StreamedContent;
import org.custos.web.support.Messages;

/**
 * The risk register: the risks with their inherent and residual level, acceptance, treatment and next
 * reassessment; filters; the inherent and residual heat maps, whose cells filter the table; the
 * reassessments due.
 */
@Named
@ViewScoped
public class RiskRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskService risks;

    @Inject
    AssetService assets;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    @Inject
    RiskReportService reports;

    private List<RiskView> list = List.of();
    private List<RiskView> due = List.of();
    private HeatMap inherent;
    private HeatMap residual;
    private Map<Long, String> assetCodes = Map.of();
    private List<Person> owners = List.of();
    private LocalDate today;

    // filters
    private String query;
    private RiskLevel levelAtLeast;
    private Long ownerId;
    private Acceptance acceptance;
    private boolean overdueOnly;
    private boolean showClosed;

    // the heat map cell the table is narrowed to
    private HeatCell cell;
    private boolean cellResidual;

    @PostConstruct
    void load() {
        today = LocalDate.now();
        assetCodes = assets.assets(AssetService.Filter.ALL).stream()
                .collect(Collectors.toMap(v -> v.asset().getId(), v -> v.asset().getCode(), (a, b) -> a));
        owners = risks.risks(new RiskService.Filter(null, null, null, null, null, null, null)).stream()
                .map(v -> v.risk().getOwner()).filter(Objects::nonNull)
                .collect(Collectors.toMap(Person::getId, Function.identity(), (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER)).toList();
        filter();
    }

    RiskService.Filter currentFilter() {
        return new RiskService.Filter(levelAtLeast, ownerId, overdueOnly ? Boolean.TRUE : null, acceptance, null,
                showClosed ? null : Boolean.FALSE, query == null || query.isBlank() ? null : query.strip());
    }

    /** Applies the filters to the table and the heat maps; a cell filter is dropped. */
    public void filter() {
        cell = null;
        RiskService.Filter f = currentFilter();
        list = risks.risks(f);
        inherent = risks.heatMap(false, f);
        residual = risks.heatMap(true, f);
        due = risks.reassessmentsDue();
    }

    public void resetFilters() {
        query = null;
        levelAtLeast = null;
        ownerId = null;
        acceptance = null;
        overdueOnly = false;
        showClosed = false;
        filter();
    }

    /** Narrows the table to the risks of one heat map cell. */
    public void showCell(boolean residualMap, int likelihood, int impact) {
        HeatMap map = residualMap ? residual : inherent;
        HeatCell c = map == null ? null : map.cell(likelihood, impact);
        if (c == null) {
            return;
        }
        cell = c;
        cellResidual = residualMap;
        list = risks.byIds(c.riskIds());
    }

    public void clearCell() {
        cell = null;
        list = risks.risks(currentFilter());
    }

    // ---------------------------------------------------------------- what may be done

    public boolean isCanEdit() {
        return currentUser.permitted(RiskService.EDIT);
    }

    // ---------------------------------------------------------------- presentation

    public boolean isCriteriaApproved() {
        return inherent != null && inherent.criteria() != null;
    }

    /** Likelihood values of the heat map rows, highest first. */
    public List<Integer> getLikelihoodRows() {
        int n = inherent == null ? 0 : inherent.likelihoodLevels();
        return IntStream.rangeClosed(1, n).map(i -> n + 1 - i).boxed().toList();
    }

    public List<Integer> getImpactColumns() {
        int n = inherent == null ? 0 : inherent.impactLevels();
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    public HeatCell heatCell(boolean residualMap, int likelihood, int impact) {
        HeatMap map = residualMap ? residual : inherent;
        return map == null ? null : map.cell(likelihood, impact);
    }

    public int count(boolean residualMap, int likelihood, int impact) {
        HeatCell c = heatCell(residualMap, likelihood, impact);
        return c == null ? 0 : c.count();
    }

    public String heatClass(boolean residualMap, int likelihood, int impact) {
        HeatCell c = heatCell(residualMap, likelihood, impact);
        String selected = cell != null && cellResidual == residualMap && cell.likelihood() == likelihood
                && cell.impact() == impact ? " heat-selected" : "";
        return RiskCriteriaView.levelClass(c == null ? null : c.level()) + selected;
    }

    /** "Likelihood 3 × impact 2: High – 4 risks", the cell link's title. */
    public String heatTitle(boolean residualMap, int likelihood, int impact) {
        HeatCell c = heatCell(residualMap, likelihood, impact);
        String level = c == null || c.level() == null ? "–" : Messages.text("risk.level." + c.level().name());
        return Messages.text("risk.heat.cellTitle", likelihood, impact, level, c == null ? 0 : c.count());
    }

    public String likelihoodName(int value) {
        return scaleName(inherent == null || inherent.criteria() == null ? List.of() : inherent.criteria().likelihood(), value);
    }

    public String impactName(int value) {
        return scaleName(inherent == null || inherent.criteria() == null ? List.of() : inherent.criteria().impact(), value);
    }

    private String scaleName(List<CriteriaContent.Level> levels, int value) {
        return levels.stream().filter(l -> l.value() == value).findFirst()
                .map(l -> RiskLabels.levelLabel(l, localeView.getLocale())).orElse(String.valueOf(value));
    }

    public String levelClass(RiskLevel level) {
        return RiskLabels.levelClass(level);
    }

    public String acceptanceClass(Acceptance a) {
        return RiskLabels.acceptanceClass(a);
    }

    public String reason(Risk r) {
        return RiskLabels.reason(r.getReassessmentReason(), localeView.getLocale());
    }

    public String assetList(Risk r) {
        return r.getAssetIds().stream().map(id -> assetCodes.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
    }

    public String threat(Risk r) {
        if (r.getThreat() != null) {
            return r.getThreat().getCode() + " " + r.getThreat().name(localeView.getLocale());
        }
        return r.getThreatText() == null ? "" : r.getThreatText();
    }

    public boolean overdue(Risk r) {
        return !r.isClosed() && r.getNextReassessment() != null && r.getNextReassessment().isBefore(today);
    }

    /** A sortable number for a level (unassessed first). */
    public int rank(RiskLevel level) {
        return RiskLabels.value(level);
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    public Acceptance[] getAcceptances() {
        return Acceptance.values();
    }

    // ---------------------------------------------------------------- accessors

    public List<RiskView> getList() {
        return list;
    }

    public List<RiskView> getDue() {
        return due;
    }

    public List<Person> getOwners() {
        return owners;
    }

    public HeatCell getCell() {
        return cell;
    }

    public boolean isCellResidual() {
        return cellResidual;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public RiskLevel getLevelAtLeast() {
        return levelAtLeast;
    }

    public void setLevelAtLeast(RiskLevel levelAtLeast) {
        this.levelAtLeast = levelAtLeast;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Acceptance getAcceptance() {
        return acceptance;
    }

    public void setAcceptance(Acceptance acceptance) {
        this.acceptance = acceptance;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isShowClosed() {
        return showClosed;
    }

    public void setShowClosed(boolean showClosed) {
        this.showClosed = showClosed;
    }

    // ---------------------------------------------------------------- downloads (in the UI language)

    public StreamedContent getRegisterPdf() {
        return Downloads.of(fileName("register", "pdf"), "application/pdf", reports.registerPdf(localeView.getLocale()));
    }

    public StreamedContent getRegisterXlsx() {
        return Downloads.of(fileName("register", "xlsx"), XLSX, reports.registerXlsx(localeView.getLocale()));
    }

    public StreamedContent getTreatmentPlanPdf() {
        return Downloads.of(fileName("treatment-plan", "pdf"), "application/pdf", reports.treatmentPlanPdf(localeView.getLocale()));
    }

    public StreamedContent getTreatmentPlanXlsx() {
        return Downloads.of(fileName("treatment-plan", "xlsx"), XLSX, reports.treatmentPlanXlsx(localeView.getLocale()));
    }

    /** risk-register-2026-11-30-de.pdf */
    private String fileName(String report, String extension) {
        return "risk-" + report + "-" + LocalDate.now() + "-" + localeView.getLanguage() + "." + extension;
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
