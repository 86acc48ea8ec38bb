package org.custos.web.objectives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.objectives.boundary.ObjectiveService;
import org.custos.objectives.boundary.ObjectiveService.ObjectiveInput;
import org.custos.objectives.boundary.ObjectiveService.ObjectiveView;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.control.KpiView;
import org.custos.objectives.entity.Objective;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/**
 * The objectives register (ISO 27001 6.2): every objective with its owner, deadline and KPIs as they stand
 * (met, warning, missed, missing), filtered by status, text or "needs attention"; objectives are created and
 * changed in a dialog, dropping one asks first. The boundary checks everything.
 */
@Named
@ViewScoped
public class ObjectivesRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ObjectiveService objectives;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private List<ObjectiveView> all = List.of();
    private List<ObjectiveView> list = List.of();
    private List<Person> persons = List.of();

    // filters
    private Objective.Status statusFilter = Objective.Status.ACTIVE;
    private String text;
    private boolean attentionOnly;
    private String standingChart;

    // dialog
    private Long editId;
    private long seenVersion;
    private String code;
    private String title;
    private String description;
    private Long ownerId;
    private LocalDate deadline;
    private Objective.Status status;

    @PostConstruct
    void load() {
        persons = currentUser.permitted(OrganisationService.PEOPLE_READ) ? organisation.persons() : List.of();
        refresh();
    }

    private void refresh() {
        all = objectives.objectives();
        standingChart = ObjectiveLabels.standingChart(all, java.util.stream.Stream.of("kpi.state.MET", "kpi.state.WARNING",
                "kpi.state.MISSED", "kpi.state.none").map(Messages::text).toList());
        filter();
    }

    /** The KPIs of active objectives by state, as a doughnut; null without any. */
    public String getStandingChart() {
        return standingChart;
    }

    public void filter() {
        String q = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        list = all.stream()
                .filter(v -> statusFilter == null || v.objective().getStatus() == statusFilter)
                .filter(v -> !attentionOnly || v.attention())
                .filter(v -> q == null || matches(v, q))
                .toList();
    }

    private static boolean matches(ObjectiveView v, String q) {
        Objective o = v.objective();
        StringBuilder s = new StringBuilder(o.getCode()).append(' ').append(o.getTitle());
        v.kpis().forEach(k -> s.append(' ').append(k.kpi().getCode()).append(' ').append(k.kpi().getName()));
        return s.toString().toLowerCase(Locale.ROOT).contains(q);
    }

    // ---------------------------------------------------------------- dialog

    public void startNew() {
        editId = null;
        seenVersion = 0;
        code = null;
        title = null;
        description = null;
        ownerId = null;
        deadline = LocalDate.now().plusYears(1);
        status = Objective.Status.ACTIVE;
    }

    public void startEdit(ObjectiveView v) {
        Objective o = v.objective();
        editId = o.getId();
        seenVersion = o.getVersion();
        code = o.getCode();
        title = o.getTitle();
        description = o.getDescription();
        ownerId = o.getOwner() == null ? null : o.getOwner().getId();
        deadline = o.getDeadline();
        status = o.getStatus();
    }

    public void save() {
        saveAs(status, editId == null ? "objective.created" : "objective.saved");
    }

    /** Drops the objective being edited (after the page asked): its KPIs are no longer expected to be measured. */
    public void drop() {
        saveAs(Objective.Status.DROPPED, "objective.dropped");
    }

    private void saveAs(Objective.Status s, String successKey) {
        ObjectiveInput in = new ObjectiveInput(code, title, description, ownerId, deadline, s);
        Long id = editId;
        if (UiAction.attempt(() -> objectives.saveObjective(id, seenVersion, in), successKey, in.code())) {
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("PF('objectiveDialog').hide()");
            refresh();
        }
    }

    // ---------------------------------------------------------------- state

    public boolean isCanEdit() {
        return currentUser.permitted(ObjectiveService.EDIT);
    }

    public boolean isEditing() {
        return editId != null;
    }

    public boolean isDroppable() {
        return editId != null && status != Objective.Status.DROPPED;
    }

    public boolean isEmptyRegister() {
        return all.isEmpty();
    }

    /** The statuses to choose in the dialog; dropping has its own button, which asks first. */
    public List<Objective.Status> getStatusOptions() {
        List<Objective.Status> s = new ArrayList<>(List.of(Objective.Status.ACTIVE, Objective.Status.ACHIEVED));
        if (status == Objective.Status.DROPPED) {
            s.add(Objective.Status.DROPPED);
        }
        return s;
    }

    public Objective.Status[] getStatuses() {
        return Objective.Status.values();
    }

    /** The persons to choose from; without people:read only the owner of the objective being edited. */
    public List<Person> getPersons() {
        if (currentUser.permitted(OrganisationService.PEOPLE_READ)) {
            return persons;
        }
        Map<Long, Person> owners = all.stream().map(v -> v.objective().getOwner()).filter(Objects::nonNull)
                .collect(Collectors.toMap(Person::getId, Function.identity(), (a, b) -> a));
        return ownerId == null || !owners.containsKey(ownerId) ? List.of() : List.of(owners.get(ownerId));
    }

    public boolean isCanChooseOwner() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public String stateClass(State s) {
        return ObjectiveLabels.stateClass(s);
    }

    public String stateKey(State s) {
        return ObjectiveLabels.stateKey(s);
    }

    public String statusClass(Objective.Status s) {
        return ObjectiveLabels.statusClass(s);
    }

    /** For sorting by how the objective stands: missed first when descending. */
    public int severity(ObjectiveView v) {
        State w = v.worst();
        return (w == null ? 0 : w.ordinal() + 1) + (v.missing() > 0 ? 1 : 0);
    }

    public String value(KpiView v) {
        return v.latest() == null ? "" : ObjectiveLabels.withUnit(v.latest().getValue(), v.kpi().getUnit(), locale());
    }

    private static Locale locale() {
        FacesContext f = FacesContext.getCurrentInstance();
        return f == null || f.getViewRoot() == null ? Locale.ENGLISH : f.getViewRoot().getLocale();
    }

    // ---------------------------------------------------------------- accessors

    public List<ObjectiveView> getList() {
        return list;
    }

    public Objective.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(Objective.Status statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAttentionOnly() {
        return attentionOnly;
    }

    public void setAttentionOnly(boolean attentionOnly) {
        this.attentionOnly = attentionOnly;
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

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Objective.Status getStatus() {
        return status;
    }

    public void setStatus(Objective.Status status) {
        this.status = status;
    }
}
