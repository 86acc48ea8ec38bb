package org.custos.web.risk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Measure;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.boundary.RiskService.RiskView;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.Threat;
import org.custos.risk.entity.Treatment;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/**
 * One risk ({@code ?id=}; without it a new one): what it says and its treatment, a new assessment
 * with the level the approved matrix gives, the assessment history and its trend, and the owner's
 * acceptance; close, reactivate and delete. Actions are offered by permission and state only; the
 * boundary checks everything again and its refusals are shown as messages.
 */
@Named
@ViewScoped
public class RiskDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskService risks;

    @Inject
    AssetService assets;

    @Inject
    MeasureService measures;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private Long id;
    private RiskView view;
    private List<RiskAssessment> history = List.of();
    private String trendChart;
    private CriteriaContent criteria;

    private final RiskForm form = new RiskForm();
    private List<Threat> threats = List.of();
    private List<Person> persons = List.of();
    private List<Asset> assetOptions = List.of();
    private List<Measure> measureOptions = List.of();

    // assessment
    private Integer inherentLikelihood;
    private Integer inherentImpact;
    private Integer residualLikelihood;
    private Integer residualImpact;
    private String impactCategory;
    private String rationale;
    private LocalDate assessmentNext;

    // dialogs
    private String acceptNote;
    private String closeReason;

    public void load() {
        threats = risks.threats();
        persons = currentUser.permitted(OrganisationService.PEOPLE_READ) ? organisation.persons() : List.of();
        assetOptions = assets.assets(AssetService.Filter.ALL).stream().map(AssetService.AssetView::asset)
                .sorted(Comparator.comparing(Asset::getCode, String.CASE_INSENSITIVE_ORDER)).toList();
        measureOptions = currentUser.permitted(MeasureService.READ) ? measures.measures(MeasureService.Filter.ALL)
                .stream().sorted(Comparator.comparing(Measure::getCode, String.CASE_INSENSITIVE_ORDER)).toList() : List.of();
        criteria = risks.criteriaInForce().orElse(null);
        refresh();
    }

    private void refresh() {
        if (id == null) {
            view = null;
            history = List.of();
            trendChart = null;
            form.fill(null);
            return;
        }
        view = risks.risk(id);
        history = risks.assessments(id);
        trendChart = RiskLabels.trendChart(history, Messages.text("risk.inherent"), Messages.text("risk.residual"));
        form.fill(view.risk());
        clearAssessment();
    }

    private void clearAssessment() {
        RiskAssessment last = view == null ? null : view.latest();
        // a reassessment starts from the last one, within today's scales
        inherentLikelihood = last == null ? null : within(last.getInherentLikelihood(), criteria == null ? 0 : criteria.likelihood().size());
        inherentImpact = last == null ? null : within(last.getInherentImpact(), criteria == null ? 0 : criteria.impact().size());
        residualLikelihood = last == null ? null : within(last.getResidualLikelihood(), criteria == null ? 0 : criteria.likelihood().size());
        residualImpact = last == null ? null : within(last.getResidualImpact(), criteria == null ? 0 : criteria.impact().size());
        impactCategory = last == null ? null : last.getImpactCategory();
        rationale = null;
        assessmentNext = null;
    }

    private static Integer within(int value, int size) {
        return size == 0 ? null : Math.min(Math.max(value, 1), size);
    }

    private String redirectTo(Long riskId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return riskId == null ? "/risk/register?faces-redirect=true" : "/risk/risk?faces-redirect=true&id=" + riskId;
    }

    // ---------------------------------------------------------------- actions

    public String save() {
        RiskService.RiskInput in = form.input();
        Long riskId = form.getId();
        Risk[] saved = new Risk[1];
        if (!UiAction.attempt(() -> saved[0] = risks.save(riskId, form.getSeenVersion(), in),
                riskId == null ? "risk.created" : "risk.saved", in.code())) {
            return null;
        }
        return redirectTo(saved[0].getId());
    }

    public String assess() {
        if (view == null) {
            return null;
        }
        if (inherentLikelihood == null || inherentImpact == null || residualLikelihood == null || residualImpact == null) {
            Messages.error("risk.assessment.incomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        RiskService.AssessmentInput in = new RiskService.AssessmentInput(inherentLikelihood, inherentImpact,
                residualLikelihood, residualImpact, impactCategory, rationale, assessmentNext);
        Risk r = view.risk();
        return UiAction.attempt(() -> risks.assess(r.getId(), r.getVersion(), in), "risk.assessed", r.getCode())
                ? redirectTo(r.getId()) : null;
    }

    public String accept() {
        Risk r = view.risk();
        return UiAction.attempt(() -> risks.accept(r.getId(), r.getVersion(), acceptNote), "risk.accepted", r.getCode())
                ? redirectTo(r.getId()) : null;
    }

    public String close() {
        Risk r = view.risk();
        return UiAction.attempt(() -> risks.close(r.getId(), r.getVersion(), closeReason), "risk.closedDone", r.getCode())
                ? redirectTo(r.getId()) : null;
    }

    public String reactivate() {
        Risk r = view.risk();
        return UiAction.attempt(() -> risks.reactivate(r.getId(), r.getVersion()), "risk.reactivated", r.getCode())
                ? redirectTo(r.getId()) : null;
    }

    public String delete() {
        Risk r = view.risk();
        return UiAction.attempt(() -> risks.delete(r.getId(), r.getVersion()), "risk.deleted", r.getCode())
                ? redirectTo(null) : null;
    }

    /** Loads the risk again after a conflict, dropping what was typed. */
    public String reload() {
        return redirectTo(id);
    }

    // ---------------------------------------------------------------- what may be done

    public boolean isCanEdit() {
        return currentUser.permitted(RiskService.EDIT);
    }

    public boolean isExisting() {
        return view != null;
    }

    public boolean isClosed() {
        return view != null && view.risk().isClosed();
    }

    public boolean isCanAssess() {
        return isCanEdit() && view != null && !isClosed() && criteria != null;
    }

    /** The owner with risk:accept, while a residual risk above the threshold awaits the sign-off. */
    public boolean isCanAccept() {
        if (view == null || isClosed() || view.acceptance() != Acceptance.PENDING
                || !currentUser.permitted(RiskService.ACCEPT)) {
            return false;
        }
        String owner = view.risk().ownerUsername();
        return owner != null && owner.equals(currentUser.getName());
    }

    public boolean isCanDelete() {
        return isCanEdit() && view != null && view.acceptance() == Acceptance.UNASSESSED;
    }

    // ---------------------------------------------------------------- presentation

    private Locale locale() {
        return localeView.getLocale();
    }

    public List<SelectItem> getThreatItems() {
        return threats.stream().filter(t -> t.isActive() || Objects.equals(t.getId(), form.getThreatId()))
                .map(t -> new SelectItem(t.getId(), t.getCode() + " " + t.name(locale()))).toList();
    }

    public List<SelectItem> getLikelihoodItems() {
        return criteria == null ? List.of() : criteria.likelihood().stream()
                .map(l -> new SelectItem(l.value(), RiskLabels.levelLabel(l, locale()))).toList();
    }

    public List<SelectItem> getImpactItems() {
        return criteria == null ? List.of() : criteria.impact().stream()
                .map(l -> new SelectItem(l.value(), RiskLabels.levelLabel(l, locale()))).toList();
    }

    public List<SelectItem> getCategoryItems() {
        return criteria == null ? List.of() : criteria.categories().stream()
                .map(c -> new SelectItem(c.code(), c.name(locale()))).toList();
    }

    /** The level the approved matrix gives the chosen values, before saving. */
    public RiskLevel getInherentPreview() {
        return preview(inherentLikelihood, inherentImpact);
    }

    public RiskLevel getResidualPreview() {
        return preview(residualLikelihood, residualImpact);
    }

    private RiskLevel preview(Integer likelihood, Integer impact) {
        if (criteria == null || likelihood == null || impact == null) {
            return null;
        }
        try {
            return criteria.matrix().level(likelihood, impact);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the residual level chosen would need the owner's sign-off. */
    public boolean isPreviewNeedsAcceptance() {
        RiskLevel r = getResidualPreview();
        return r != null && criteria.threshold() != null && r.above(criteria.threshold());
    }

    public RiskLevel getThreshold() {
        return criteria == null ? null : criteria.threshold();
    }

    public String levelClass(RiskLevel level) {
        return RiskLabels.levelClass(level);
    }

    public String acceptanceClass(Acceptance a) {
        return RiskLabels.acceptanceClass(a);
    }

    public String getReason() {
        return view == null ? "" : RiskLabels.reason(view.risk().getReassessmentReason(), locale());
    }

    public String getThreatLabel() {
        Risk r = view == null ? null : view.risk();
        if (r == null) {
            return "";
        }
        return r.getThreat() != null ? r.getThreat().getCode() + " " + r.getThreat().name(locale())
                : r.getThreatText() == null ? "" : r.getThreatText();
    }

    public String at(Instant instant) {
        return RiskLabels.at(instant);
    }

    public boolean isOverdue() {
        return view != null && !view.risk().isClosed() && view.risk().getNextReassessment() != null
                && view.risk().getNextReassessment().isBefore(LocalDate.now());
    }

    public Treatment[] getTreatments() {
        return Treatment.values();
    }

    public String getTitle() {
        return view == null ? Messages.text("risk.new") : view.risk().getCode() + " · " + view.risk().getTitle();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RiskView getView() {
        return view;
    }

    public List<RiskAssessment> getHistory() {
        return history;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public CriteriaContent getCriteria() {
        return criteria;
    }

    public RiskForm getForm() {
        return form;
    }

    /** The persons to choose from; without people:read only the risk's own owners, shown but not changeable. */
    public List<Person> getPersons() {
        if (isCanChooseOwner() || view == null) {
            return persons;
        }
        Risk r = view.risk();
        return java.util.stream.Stream.of(r.getOwner(), r.getTreatmentOwner()).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toMap(Person::getId, p -> p, (a, b) -> a)).values().stream().toList();
    }

    public boolean isCanChooseOwner() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public List<Asset> getAssetOptions() {
        return assetOptions;
    }

    public List<Measure> getMeasureOptions() {
        return measureOptions;
    }

    public boolean isCanChooseMeasures() {
        return currentUser.permitted(MeasureService.READ);
    }

    public Integer getInherentLikelihood() {
        return inherentLikelihood;
    }

    public void setInherentLikelihood(Integer inherentLikelihood) {
        this.inherentLikelihood = inherentLikelihood;
    }

    public Integer getInherentImpact() {
        return inherentImpact;
    }

    public void setInherentImpact(Integer inherentImpact) {
        this.inherentImpact = inherentImpact;
    }

    public Integer getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(Integer residualLikelihood) {
        this.residualLikelihood = residualLikelihood;
    }

    public Integer getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(Integer residualImpact) {
        this.residualImpact = residualImpact;
    }

    public String getImpactCategory() {
        return impactCategory;
    }

    public void setImpactCategory(String impactCategory) {
        this.impactCategory = impactCategory;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public LocalDate getAssessmentNext() {
        return assessmentNext;
    }

    public void setAssessmentNext(LocalDate assessmentNext) {
        this.assessmentNext = assessmentNext;
    }

    public String getAcceptNote() {
        return acceptNote;
    }

    public void setAcceptNote(String acceptNote) {
        this.acceptNote = acceptNote;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
