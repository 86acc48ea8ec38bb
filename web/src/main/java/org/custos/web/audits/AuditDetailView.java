package org.custos.web.audits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.audits.boundary.AuditProgrammeService;
import org.custos.audits.boundary.AuditProgrammeService.AuditView;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.AuditItem;
import org.custos.audits.entity.Finding;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.CustosException;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/**
 * One audit ({@code ?id=}; without it a new one): scope, lead and team, the checklist with a result per
 * requirement, completion, and the findings, from which nonconformities are raised. The boundary checks
 * independence, scope and every state; its refusals are shown as messages.
 */
@Named
@ViewScoped
public class AuditDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditProgrammeService audits;

    @Inject
    NonconformityService nonconformities;

    @Inject
    StandardsService standards;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private AuditView view;
    private List<StandardSummary> standardOptions = List.of();
    private List<Person> persons = List.of();
    private List<OrgUnit> units = List.of();
    private List<Requirement> requirementOptions = List.of();
    private Map<Long, Nonconformity> raised = Map.of();
    // the checklist as edited, by item id
    private final Map<Long, AuditItem.Result> results = new java.util.HashMap<>();
    private final Map<Long, String> notes = new java.util.HashMap<>();

    // form
    private long seenVersion;
    private String code;
    private String title;
    private Audit.Kind kind = Audit.Kind.INTERNAL;
    private Integer year = LocalDate.now().getYear();
    private Long standardId;
    private String body;
    private Long leadId;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    private List<Long> teamIds = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    private List<Long> requirementIds = new ArrayList<>();

    // dialogs
    private LocalDate performedOn;
    private String conclusion;
    private String findingCode;
    private Finding.Kind findingKind;
    private String findingStatement;
    private List<Long> findingRequirementIds = new ArrayList<>();
    private Long raiseFindingId;
    private String ncCode;
    private Long ncOwnerId;

    public void load() {
        standardOptions = currentUser.permitted(StandardsService.READ) ? standards.list() : List.of();
        persons = currentUser.permitted(OrganisationService.PEOPLE_READ) ? organisation.persons() : List.of();
        units = currentUser.permitted(OrganisationService.READ) ? organisation.units() : List.of();
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
            id = null;
            refresh();
        }
    }

    private void refresh() {
        if (id == null) {
            view = null;
            seenVersion = 0;
            performedOn = LocalDate.now();
            loadRequirements();
            return;
        }
        view = audits.audit(id);
        Audit a = view.audit();
        seenVersion = a.getVersion();
        code = a.getCode();
        title = a.getTitle();
        kind = a.getKind();
        year = a.getProgrammeYear();
        standardId = a.getStandardId();
        body = a.getBody();
        leadId = a.getLead() == null ? null : a.getLead().getId();
        plannedFrom = a.getPlannedFrom();
        plannedTo = a.getPlannedTo();
        teamIds = new ArrayList<>(a.getTeamIds());
        unitIds = new ArrayList<>(a.getUnitIds());
        requirementIds = view.items().stream().map(i -> i.item().getRequirementId()).collect(Collectors.toCollection(ArrayList::new));
        performedOn = LocalDate.now();
        results.clear();
        notes.clear();
        view.items().forEach(i -> {
            results.put(i.item().getId(), i.item().getResult());
            notes.put(i.item().getId(), i.item().getNote());
        });
        raised = currentUser.permitted(NonconformityService.READ)
                ? nonconformities.ofFindings(view.findings().stream().map(Finding::getId).toList()) : Map.of();
        loadRequirements();
    }

    /** The assessable requirements of the chosen standard, to pick the scope from. */
    public void loadRequirements() {
        requirementOptions = standardId == null || !currentUser.permitted(StandardsService.READ) ? List.of()
                : standards.requirements(standardId).stream().filter(Requirement::isAssessable).toList();
        requirementIds.retainAll(requirementOptions.stream().map(Requirement::getId).toList());
    }

    private String redirectTo(Long auditId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/audits/audit?faces-redirect=true&id=" + auditId;
    }

    // ---------------------------------------------------------------- actions

    public String save() {
        AuditProgrammeService.AuditInput in = new AuditProgrammeService.AuditInput(code, title, kind, year, standardId, body, leadId, plannedFrom,
                plannedTo, new HashSet<>(teamIds), new HashSet<>(unitIds), new HashSet<>(requirementIds));
        Long auditId = id;
        Audit[] saved = new Audit[1];
        return UiAction.attempt(() -> saved[0] = audits.save(auditId, seenVersion, in),
                auditId == null ? "audits.created" : "audits.saved", in.code()) ? redirectTo(saved[0].getId()) : null;
    }

    public String start() {
        Audit a = view.audit();
        return UiAction.attempt(() -> audits.start(a.getId(), seenVersion), "audits.started", a.getCode())
                ? redirectTo(a.getId()) : null;
    }

    public void record(AuditProgrammeService.Item item) {
        AuditItem i = item.item();
        if (UiAction.attempt(() -> audits.record(i.getId(), i.getVersion(), results.get(i.getId()), notes.get(i.getId())),
                "audits.item.saved")) {
            refresh();
        }
    }

    public Map<Long, AuditItem.Result> getResultsById() {
        return results;
    }

    public Map<Long, String> getNotesById() {
        return notes;
    }

    public String complete() {
        Audit a = view.audit();
        return UiAction.attempt(() -> audits.complete(a.getId(), seenVersion, performedOn, conclusion), "audits.completedDone",
                a.getCode()) ? redirectTo(a.getId()) : null;
    }

    public void startFinding() {
        findingCode = "F-" + (view.findings().size() + 1);
        findingKind = null;
        findingStatement = null;
        findingRequirementIds = new ArrayList<>();
    }

    public String addFinding() {
        long auditId = view.audit().getId();
        AuditProgrammeService.FindingInput in = new AuditProgrammeService.FindingInput(findingCode, findingKind, findingStatement,
                new HashSet<>(findingRequirementIds), new HashSet<>());
        return UiAction.attempt(() -> audits.addFinding(auditId, in), "finding.added", findingCode) ? redirectTo(auditId) : null;
    }

    public void startRaise(Finding f) {
        raiseFindingId = f.getId();
        ncCode = "NC-" + view.audit().getCode() + "-" + f.getCode();
        ncOwnerId = null;
    }

    public String raise() {
        Finding f = view.findings().stream().filter(x -> x.getId().equals(raiseFindingId)).findFirst().orElseThrow();
        NonconformityService.NonconformityInput in = new NonconformityService.NonconformityInput(ncCode,
                view.audit().getCode() + " " + f.getCode() + ": " + abbreviate(f.getStatement()), f.getStatement(), null,
                ncOwnerId, LocalDate.now(), null, null, null);
        Nonconformity[] n = new Nonconformity[1];
        if (!UiAction.attempt(() -> n[0] = nonconformities.raiseFromFinding(f.getId(), in), "nonconformity.created", ncCode)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/nonconformities/nonconformity?faces-redirect=true&id=" + n[0].getId();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    // ---------------------------------------------------------------- state

    public boolean isExisting() {
        return view != null;
    }

    public boolean isCanEdit() {
        return currentUser.permitted(AuditProgrammeService.EDIT) && (view == null || view.audit().getStatus() != Audit.Status.COMPLETED);
    }

    public boolean isRunning() {
        return view != null && view.audit().getStatus() == Audit.Status.IN_PROGRESS;
    }

    public boolean isCanRecord() {
        return isRunning() && currentUser.permitted(AuditProgrammeService.EDIT);
    }

    public boolean isCanAddFinding() {
        return view != null && view.audit().getStatus() != Audit.Status.COMPLETED && currentUser.permitted(AuditProgrammeService.FINDING);
    }

    public boolean canRaise(Finding f) {
        return f.getKind().nonconformity() && !raised.containsKey(f.getId()) && currentUser.permitted(NonconformityService.EDIT);
    }

    public Nonconformity raisedFrom(Finding f) {
        return raised.get(f.getId());
    }

    /** The audit report in the UI language, with the names this page shows. */
    public org.primefaces.model.StreamedContent getReport() {
        Map<String, String> names = new java.util.HashMap<>();
        Audit a = view.audit();
        standardOptions.stream().filter(s -> s.standard().getId().equals(a.getStandardId())).findFirst()
                .ifPresent(s -> names.put("standard", s.standard().getCode() + " – " + s.standard().getName()));
        if (a.getLead() != null) {
            names.put("lead", a.getLead().getName());
        }
        names.put("team", persons.stream().filter(p -> a.getTeamIds().contains(p.getId())).map(Person::getName)
                .collect(Collectors.joining(", ")));
        names.put("units", units.stream().filter(u -> a.getUnitIds().contains(u.getId())).map(OrgUnit::getName)
                .collect(Collectors.joining(", ")));
        requirementOptions.forEach(r -> names.put("req:" + r.getId(), r.getRefId()));
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return org.custos.web.support.Downloads.of(a.getCode().replaceAll("[^A-Za-z0-9._-]", "_") + "-report.pdf",
                "application/pdf", new AuditReportPdf().write(audits.audit(a.getId()), names, locale));
    }

    public String getPageTitle() {
        return view == null ? Messages.text("audits.new") : view.audit().getCode() + " – " + view.audit().getTitle();
    }

    public String requirementLabel(Long requirementId) {
        return requirementOptions.stream().filter(r -> r.getId().equals(requirementId)).findFirst()
                .map(r -> r.getRefId()).orElse("#" + requirementId);
    }

    public String findingRequirements(Finding f) {
        return f.getRequirementIds().stream().map(this::requirementLabel).collect(Collectors.joining(", "));
    }

    public String title(AuditProgrammeService.Item item) {
        return "de".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) && item.titleDe() != null
                ? item.titleDe() : item.titleEn();
    }

    public String requirementTitle(Requirement r) {
        return "de".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) && r.getTitleDe() != null
                ? r.getTitleDe() : r.getTitleEn();
    }

    public String openSummary() {
        return view == null ? "" : Messages.text("audits.checklist.open", view.open(), view.items().size());
    }

    public String statusClass(Audit.Status s) {
        return s == Audit.Status.COMPLETED ? "tag ok" : s == Audit.Status.IN_PROGRESS ? "tag warn" : "tag";
    }

    public String resultClass(AuditItem.Result r) {
        return switch (r) {
            case OPEN -> "tag";
            case CONFORM -> "tag ok";
            case NONCONFORM -> "tag danger";
            case NOT_APPLICABLE -> "tag";
        };
    }

    public String findingClass(Finding.Kind k) {
        return k == Finding.Kind.MAJOR ? "tag danger" : k == Finding.Kind.MINOR ? "tag warn" : "tag";
    }

    public Audit.Kind[] getKinds() {
        return Audit.Kind.values();
    }

    public AuditItem.Result[] getResults() {
        return AuditItem.Result.values();
    }

    public Finding.Kind[] getFindingKinds() {
        return Finding.Kind.values();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AuditView getView() {
        return view;
    }

    public List<StandardSummary> getStandardOptions() {
        return standardOptions;
    }

    public List<Person> getPersons() {
        return persons;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public List<Requirement> getRequirementOptions() {
        return requirementOptions;
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

    public Audit.Kind getKind() {
        return kind;
    }

    public void setKind(Audit.Kind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getStandardId() {
        return standardId;
    }

    public void setStandardId(Long standardId) {
        this.standardId = standardId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public void setPlannedFrom(LocalDate plannedFrom) {
        this.plannedFrom = plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public void setPlannedTo(LocalDate plannedTo) {
        this.plannedTo = plannedTo;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public List<Long> getRequirementIds() {
        return requirementIds;
    }

    public void setRequirementIds(List<Long> requirementIds) {
        this.requirementIds = requirementIds;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getFindingCode() {
        return findingCode;
    }

    public void setFindingCode(String findingCode) {
        this.findingCode = findingCode;
    }

    public Finding.Kind getFindingKind() {
        return findingKind;
    }

    public void setFindingKind(Finding.Kind findingKind) {
        this.findingKind = findingKind;
    }

    public String getFindingStatement() {
        return findingStatement;
    }

    public void setFindingStatement(String findingStatement) {
        this.findingStatement = findingStatement;
    }

    public List<Long> getFindingRequirementIds() {
        return findingRequirementIds;
    }

    public void setFindingRequirementIds(List<Long> findingRequirementIds) {
        this.findingRequirementIds = findingRequirementIds;
    }

    public String getNcCode() {
        return ncCode;
    }

    public void setNcCode(String ncCode) {
        this.ncCode = ncCode;
    }

    public Long getNcOwnerId() {
        return ncOwnerId;
    }

    public void setNcOwnerId(Long ncOwnerId) {
        this.ncOwnerId = ncOwnerId;
    }
}
