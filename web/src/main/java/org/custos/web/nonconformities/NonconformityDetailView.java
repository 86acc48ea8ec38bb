package org.custos.web.nonconformities;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.entity.Incident;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Measure;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityView;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.CustosException;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/**
 * One nonconformity ({@code ?id=}; without it a new one, {@code ?incident=} opens one from an incident):
 * description, correction and root cause, the corrective actions with done and effectiveness check, and
 * closing. The boundary checks every rule; its refusals are shown as messages.
 */
@Named
@ViewScoped
public class NonconformityDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NonconformityService nonconformities;

    @Inject
    IncidentService incidents;

    @Inject
    OrganisationService organisation;

    @Inject
    org.custos.objectives.boundary.ObjectiveService objectives;

    @Inject
    DocumentService documents;

    @Inject
    MeasureService measures;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Long incidentId;
    private Long kpiId;
    private org.custos.objectives.entity.Kpi kpi;
    private NonconformityView view;
    private Incident incident;
    private List<Person> persons = List.of();
    private List<Document> documentOptions = List.of();
    private List<Measure> measureOptions = List.of();

    // form
    private long seenVersion;
    private String code;
    private String title;
    private String description;
    private Nonconformity.Grade grade;
    private Long ownerId;
    private LocalDate detectedOn;
    private String correction;
    private String rootCause;

    // action dialogs
    private Long actionId;
    private long actionVersion;
    private String actionDescription;
    private Long actionOwnerId;
    private LocalDate actionDue;
    private List<Long> actionDocumentIds = new ArrayList<>();
    private List<Long> actionMeasureIds = new ArrayList<>();
    private String doneNote;
    private boolean effective = true;
    private LocalDate checkedOn;
    private String checkNote;

    public void load() {
        persons = currentUser.permitted(OrganisationService.PEOPLE_READ) ? organisation.persons() : List.of();
        documentOptions = currentUser.permitted(DocumentService.READ) ? documents.documents(DocumentService.Filter.ALL).stream()
                .filter(d -> d.getStatus() != DocumentStatus.WITHDRAWN).toList() : List.of();
        measureOptions = currentUser.permitted(MeasureService.READ) ? measures.measures(MeasureService.Filter.ALL) : List.of();
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
            id = null;
            incidentId = null;
            kpiId = null;
            refresh();
        }
    }

    private void refresh() {
        if (id == null) {
            view = null;
            incident = incidentId == null ? null : incidents.incident(incidentId).incident();
            kpi = kpiId == null || incident != null ? null : objectives.kpi(kpiId).kpi();
            seenVersion = 0;
            code = null;
            title = incident != null ? incident.getCode() + ": " + incident.getTitle()
                    : kpi != null ? Messages.text("nonconformity.kpi.title", kpi.getCode(), kpi.getName()) : null;
            description = incident == null ? null : incident.getDescription();
            grade = null;
            ownerId = null;
            detectedOn = LocalDate.now();
            correction = null;
            rootCause = null;
            return;
        }
        view = nonconformities.nonconformity(id);
        Nonconformity n = view.nonconformity();
        incident = n.getIncidentId() == null || !currentUser.permitted(IncidentService.READ) ? null
                : incidents.incident(n.getIncidentId()).incident();
        kpi = n.getKpiId() == null ? null : objectives.kpi(n.getKpiId()).kpi();
        seenVersion = n.getVersion();
        code = n.getCode();
        title = n.getTitle();
        description = n.getDescription();
        grade = n.getGrade();
        ownerId = n.getOwner() == null ? null : n.getOwner().getId();
        detectedOn = n.getDetectedOn();
        correction = n.getCorrection();
        rootCause = n.getRootCause();
    }

    private String redirectTo(Long nonconformityId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/nonconformities/nonconformity?faces-redirect=true&id=" + nonconformityId;
    }

    // ---------------------------------------------------------------- actions

    public String save() {
        NonconformityService.NonconformityInput in = new NonconformityService.NonconformityInput(code, title, description,
                grade, ownerId, detectedOn, correction, rootCause,
                view == null ? new HashSet<>() : new HashSet<>(view.nonconformity().getRequirementIds()));
        Long ncId = id;
        Nonconformity[] saved = new Nonconformity[1];
        boolean ok;
        if (ncId == null && incident != null) {
            long from = incident.getId();
            ok = UiAction.attempt(() -> saved[0] = nonconformities.openFromIncident(from, in), "nonconformity.created", in.code());
        } else if (ncId == null && kpi != null) {
            long from = kpi.getId();
            ok = UiAction.attempt(() -> saved[0] = nonconformities.openFromKpi(from, in), "nonconformity.created", in.code());
        } else {
            ok = UiAction.attempt(() -> saved[0] = nonconformities.save(ncId, seenVersion, in),
                    ncId == null ? "nonconformity.created" : "nonconformity.saved", in.code());
        }
        return ok ? redirectTo(saved[0].getId()) : null;
    }

    public void startAction(CorrectiveAction a) {
        actionId = a == null ? null : a.getId();
        actionVersion = a == null ? 0 : a.getVersion();
        actionDescription = a == null ? null : a.getDescription();
        actionOwnerId = a == null ? null : a.getOwner().getId();
        actionDue = a == null ? LocalDate.now().plusDays(30) : a.getDueOn();
        actionDocumentIds = a == null ? new ArrayList<>() : new ArrayList<>(a.getDocumentIds());
        actionMeasureIds = a == null ? new ArrayList<>() : new ArrayList<>(a.getMeasureIds());
    }

    public String saveAction() {
        long ncId = view.nonconformity().getId();
        Long aId = actionId;
        NonconformityService.ActionInput in = new NonconformityService.ActionInput(actionDescription, actionOwnerId, actionDue,
                new HashSet<>(actionDocumentIds), new HashSet<>(actionMeasureIds));
        return UiAction.attempt(() -> nonconformities.saveAction(ncId, aId, actionVersion, in),
                aId == null ? "action.added" : "action.saved") ? redirectTo(ncId) : null;
    }

    public void startDone(CorrectiveAction a) {
        actionId = a.getId();
        actionVersion = a.getVersion();
        doneNote = null;
    }

    public String done() {
        long ncId = view.nonconformity().getId();
        long aId = actionId;
        return UiAction.attempt(() -> nonconformities.done(ncId, aId, actionVersion, doneNote), "action.doneDone")
                ? redirectTo(ncId) : null;
    }

    public void startCheck(CorrectiveAction a) {
        actionId = a.getId();
        actionVersion = a.getVersion();
        effective = true;
        checkedOn = LocalDate.now();
        checkNote = null;
    }

    public String check() {
        long ncId = view.nonconformity().getId();
        long aId = actionId;
        return UiAction.attempt(() -> nonconformities.checkEffectiveness(ncId, aId, actionVersion, effective, checkedOn, checkNote),
                "action.checkedDone") ? redirectTo(ncId) : null;
    }

    public String close() {
        Nonconformity n = view.nonconformity();
        return UiAction.attempt(() -> nonconformities.close(n.getId(), seenVersion), "nonconformity.closedDone", n.getCode())
                ? redirectTo(n.getId()) : null;
    }

    // ---------------------------------------------------------------- state

    public boolean isExisting() {
        return view != null;
    }

    public boolean isClosed() {
        return view != null && view.nonconformity().isClosed();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(NonconformityService.EDIT) && !isClosed();
    }

    public boolean isCanChooseOwner() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public boolean overdue(CorrectiveAction a) {
        return a.overdue(LocalDate.now());
    }

    public String getPageTitle() {
        return view == null ? Messages.text("nonconformity.new")
                : view.nonconformity().getCode() + " – " + view.nonconformity().getTitle();
    }

    public List<CorrectiveAction> getActions() {
        return view == null ? List.of() : view.actions();
    }

    /** What still keeps it open, in the UI language. */
    public List<String> getOpenPoints() {
        return view == null ? List.of() : view.openPoints().stream()
                .map(k -> Messages.text(k, view.nonconformity().getCode())).toList();
    }

    /** The persons to choose from; without people:read only those already named, shown but not changeable. */
    public List<Person> getPersons() {
        if (isCanChooseOwner()) {
            return persons.stream().filter(p -> p.isActive() || p.getId().equals(ownerId)).toList();
        }
        if (view == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(view.nonconformity().getOwner()), view.actions().stream().map(CorrectiveAction::getOwner))
                .filter(Objects::nonNull).collect(Collectors.toMap(Person::getId, p -> p, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(Person::getName)).toList();
    }

    public String documentNames(CorrectiveAction a) {
        return a.getDocumentIds().stream().map(d -> documentOptions.stream().filter(o -> o.getId().equals(d))
                .map(Document::getCode).findFirst().orElse("#" + d)).collect(Collectors.joining(", "));
    }

    public String measureNames(CorrectiveAction a) {
        return a.getMeasureIds().stream().map(m -> measureOptions.stream().filter(o -> o.getId().equals(m))
                .map(Measure::getCode).findFirst().orElse("#" + m)).collect(Collectors.joining(", "));
    }

    public String at(java.time.Instant instant) {
        return org.custos.web.incidents.IncidentLabels.at(instant);
    }

    public String gradeClass(Nonconformity.Grade g) {
        return NonconformityLabels.gradeClass(g);
    }

    public String statusClass(Nonconformity.Status s) {
        return NonconformityLabels.statusClass(s);
    }

    public String actionClass(CorrectiveAction.Status s) {
        return NonconformityLabels.actionClass(s);
    }

    public Nonconformity.Grade[] getGrades() {
        return Nonconformity.Grade.values();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(Long incidentId) {
        this.incidentId = incidentId;
    }

    public NonconformityView getView() {
        return view;
    }

    public Incident getIncident() {
        return incident;
    }

    public org.custos.objectives.entity.Kpi getKpi() {
        return kpi;
    }

    public Long getKpiId() {
        return kpiId;
    }

    public void setKpiId(Long kpiId) {
        this.kpiId = kpiId;
    }

    public List<Document> getDocumentOptions() {
        return documentOptions;
    }

    public List<Measure> getMeasureOptions() {
        return measureOptions;
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

    public Nonconformity.Grade getGrade() {
        return grade;
    }

    public void setGrade(Nonconformity.Grade grade) {
        this.grade = grade;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDetectedOn() {
        return detectedOn;
    }

    public void setDetectedOn(LocalDate detectedOn) {
        this.detectedOn = detectedOn;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getActionOwnerId() {
        return actionOwnerId;
    }

    public void setActionOwnerId(Long actionOwnerId) {
        this.actionOwnerId = actionOwnerId;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public List<Long> getActionDocumentIds() {
        return actionDocumentIds;
    }

    public void setActionDocumentIds(List<Long> actionDocumentIds) {
        this.actionDocumentIds = actionDocumentIds;
    }

    public List<Long> getActionMeasureIds() {
        return actionMeasureIds;
    }

    public void setActionMeasureIds(List<Long> actionMeasureIds) {
        this.actionMeasureIds = actionMeasureIds;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public void setDoneNote(String doneNote) {
        this.doneNote = doneNote;
    }

    public boolean isEffective() {
        return effective;
    }

    public void setEffective(boolean effective) {
        this.effective = effective;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public void setCheckNote(String checkNote) {
        this.checkNote = checkNote;
    }
}
