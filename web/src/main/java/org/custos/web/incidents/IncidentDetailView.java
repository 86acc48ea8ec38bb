package org.custos.web.incidents;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.boundary.IncidentService.IncidentView;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.control.ReportingDuties.Duty;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.incidents.entity.IncidentStep;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.platform.error.CustosException;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.entity.Asset;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/**
 * One incident ({@code ?id=}; without it a new one): what happened, its reporting duties with the
 * deadlines and the reports recorded, the handling as a timeline, and closing with lessons learned.
 * The boundary checks everything; its refusals are shown as messages.
 */
@Named
@ViewScoped
public class IncidentDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    @Inject
    AssetService assets;

    @Inject
    NonconformityService nonconformities;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private IncidentView view;
    private List<IncidentStep> timeline = List.of();
    private List<Nonconformity> linked = List.of();
    private List<Asset> assetOptions = List.of();
    private Instant now;

    // form
    private long seenVersion;
    private String code;
    private String title;
    private String description;
    private Incident.Category category;
    private Incident.Severity severity;
    private LocalDateTime occurredAt;
    private LocalDateTime detectedAt;
    private boolean significant;
    private boolean personalData;
    private List<Long> assetIds = new ArrayList<>();

    // dialogs
    private ReportingDuties.Kind reportDuty;
    private LocalDateTime reportedAt;
    private String reportReference;
    private LocalDateTime stepAt;
    private String stepText;
    private String lessonsLearned;

    public void load() {
        assetOptions = isCanChooseAssets() ? assets.assets(AssetService.Filter.ALL).stream().map(AssetService.AssetView::asset)
                .sorted(Comparator.comparing(Asset::getCode, String.CASE_INSENSITIVE_ORDER)).toList() : List.of();
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
            id = null;
            refresh();
        }
    }

    private void refresh() {
        now = Instant.now();
        if (id == null) {
            view = null;
            timeline = List.of();
            linked = List.of();
            seenVersion = 0;
            code = null;
            title = null;
            description = null;
            category = null;
            severity = null;
            occurredAt = null;
            detectedAt = LocalDateTime.now(IncidentLabels.ZONE).truncatedTo(ChronoUnit.MINUTES);
            significant = false;
            personalData = false;
            assetIds = new ArrayList<>();
            return;
        }
        view = incidents.incident(id);
        timeline = incidents.timeline(id);
        linked = nonconformities.ofIncident(id);
        Incident i = view.incident();
        seenVersion = i.getVersion();
        code = i.getCode();
        title = i.getTitle();
        description = i.getDescription();
        category = i.getCategory();
        severity = i.getSeverity();
        occurredAt = IncidentLabels.local(i.getOccurredAt());
        detectedAt = IncidentLabels.local(i.getDetectedAt());
        significant = i.isSignificant();
        personalData = i.isPersonalData();
        assetIds = new ArrayList<>(i.getAssetIds());
    }

    private String redirectTo(Long incidentId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/incidents/incident?faces-redirect=true&id=" + incidentId;
    }

    // ---------------------------------------------------------------- actions

    public String save() {
        IncidentService.IncidentInput in = new IncidentService.IncidentInput(code, title, description, category, severity,
                IncidentLabels.instant(occurredAt), IncidentLabels.instant(detectedAt), significant, personalData,
                new HashSet<>(isCanChooseAssets() || view == null ? assetIds : view.incident().getAssetIds()));
        Long incidentId = id;
        Incident[] saved = new Incident[1];
        if (!UiAction.attempt(() -> saved[0] = incidents.save(incidentId, seenVersion, in),
                incidentId == null ? "incident.created" : "incident.saved", in.code())) {
            return null;
        }
        return redirectTo(saved[0].getId());
    }

    public void startReport() {
        reportDuty = view == null ? null : view.duties().stream().filter(d -> d.reportedAt() == null)
                .map(Duty::kind).findFirst().orElse(null);
        reportedAt = LocalDateTime.now(IncidentLabels.ZONE).truncatedTo(ChronoUnit.MINUTES);
        reportReference = null;
    }

    public String report() {
        Incident i = view.incident();
        return UiAction.attempt(() -> incidents.report(i.getId(), reportDuty, IncidentLabels.instant(reportedAt), reportReference),
                "incident.reported", reportDuty) ? redirectTo(i.getId()) : null;
    }

    public void startStep() {
        stepAt = LocalDateTime.now(IncidentLabels.ZONE).truncatedTo(ChronoUnit.MINUTES);
        stepText = null;
    }

    public String addStep() {
        Incident i = view.incident();
        return UiAction.attempt(() -> incidents.addStep(i.getId(), IncidentLabels.instant(stepAt), stepText),
                "incident.stepAdded", i.getCode()) ? redirectTo(i.getId()) : null;
    }

    public String contain() {
        Incident i = view.incident();
        return UiAction.attempt(() -> incidents.contain(i.getId(), seenVersion), "incident.containedDone", i.getCode())
                ? redirectTo(i.getId()) : null;
    }

    public String close() {
        Incident i = view.incident();
        return UiAction.attempt(() -> incidents.close(i.getId(), seenVersion, lessonsLearned), "incident.closedDone", i.getCode())
                ? redirectTo(i.getId()) : null;
    }

    // ---------------------------------------------------------------- state

    public boolean isExisting() {
        return view != null;
    }

    public boolean isClosed() {
        return view != null && view.incident().getStatus() == Incident.Status.CLOSED;
    }

    public boolean isCanEdit() {
        return currentUser.permitted(IncidentService.EDIT) && !isClosed();
    }

    public boolean isCanContain() {
        return isCanEdit() && view.incident().getStatus() == Incident.Status.OPEN;
    }

    public List<Nonconformity> getNonconformities() {
        return linked;
    }

    public boolean isCanChooseAssets() {
        return currentUser.permitted(RiskService.READ);
    }

    public boolean isCanReport() {
        return isCanEdit() && view != null && view.duties().stream().anyMatch(d -> d.reportedAt() == null);
    }

    public String getPageTitle() {
        return view == null ? Messages.text("incident.new") : view.incident().getCode() + " – " + view.incident().getTitle();
    }

    public List<Duty> getDuties() {
        return view == null ? List.of() : view.duties();
    }

    /** The duties not yet reported, to choose from when recording a report. */
    public List<ReportingDuties.Kind> getOpenDuties() {
        return getDuties().stream().filter(d -> d.reportedAt() == null).map(Duty::kind).toList();
    }

    public IncidentReport report(Duty d) {
        return view == null ? null : view.reports().stream().filter(r -> r.getDuty() == d.kind()).findFirst().orElse(null);
    }

    public String at(Instant instant) {
        return IncidentLabels.at(instant);
    }

    public String left(Duty d) {
        return IncidentLabels.left(d, now);
    }

    public String leftClass(Duty d) {
        return IncidentLabels.leftClass(d, now);
    }

    public String stateClass(ReportingDuties.State s) {
        return IncidentLabels.stateClass(s);
    }

    public String severityClass(Incident.Severity s) {
        return IncidentLabels.severityClass(s);
    }

    public String statusClass(Incident.Status s) {
        return IncidentLabels.statusClass(s);
    }

    public Incident.Category[] getCategories() {
        return Incident.Category.values();
    }

    public Incident.Severity[] getSeverities() {
        return Incident.Severity.values();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IncidentView getView() {
        return view;
    }

    public List<IncidentStep> getTimeline() {
        return timeline;
    }

    public List<Asset> getAssetOptions() {
        return assetOptions;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Incident.Category getCategory() {
        return category;
    }

    public void setCategory(Incident.Category category) {
        this.category = category;
    }

    public Incident.Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Incident.Severity severity) {
        this.severity = severity;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LocalDateTime getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(LocalDateTime detectedAt) {
        this.detectedAt = detectedAt;
    }

    public boolean isSignificant() {
        return significant;
    }

    public void setSignificant(boolean significant) {
        this.significant = significant;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public List<Long> getAssetIds() {
        return assetIds;
    }

    public void setAssetIds(List<Long> assetIds) {
        this.assetIds = assetIds == null ? new ArrayList<>() : assetIds;
    }

    public ReportingDuties.Kind getReportDuty() {
        return reportDuty;
    }

    public void setReportDuty(ReportingDuties.Kind reportDuty) {
        this.reportDuty = reportDuty;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public String getReportReference() {
        return reportReference;
    }

    public void setReportReference(String reportReference) {
        this.reportReference = reportReference;
    }

    public LocalDateTime getStepAt() {
        return stepAt;
    }

    public void setStepAt(LocalDateTime stepAt) {
        this.stepAt = stepAt;
    }

    public String getStepText() {
        return stepText;
    }

    public void setStepText(String stepText) {
        this.stepText = stepText;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public void setLessonsLearned(String lessonsLearned) {
        this.lessonsLearned = lessonsLearned;
    }
}
