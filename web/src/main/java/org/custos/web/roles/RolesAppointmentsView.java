package org.custos.web.roles;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.UiAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Appointments: drafts, putting them in force, ending them, and the appointment letter. */
@Named
@ViewScoped
public class RolesAppointmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoleService roles;

    @Inject
    OrganisationService organisation;

    @Inject
    LocaleView localeView;

    private List<Appointment> all;
    private List<IsmsRole> roleList;
    private List<Person> persons;
    private List<OrgUnit> units;

    private Long editId;
    private long editVersion;
    private Appointment.Status editStatus;
    private Long personId;
    private Long roleId;
    private List<Long> unitIds = new ArrayList<>();
    private String tasks;
    private String powers;
    private LocalDate start;
    private LocalDate end;
    private Long deputyId;
    private Long appointedById;

    private Appointment ending;
    private LocalDate lastDay;

    @PostConstruct
    void load() {
        all = roles.appointments();
        roleList = roles.roles();
        persons = organisation.persons().stream().filter(Person::isActive).toList();
        units = organisation.units();
    }

    public String roleName(IsmsRole r) {
        return r == null ? "" : r.name(localeView.getLocale());
    }

    public String scope(Appointment a) {
        return a.isWholeOrganisation() ? null
                : a.getUnits().stream().map(OrgUnit::getName).sorted().collect(Collectors.joining(", "));
    }

    public boolean inForce(Appointment a) {
        return a.activeOn(LocalDate.now());
    }

    public void startCreate() {
        editId = null;
        editVersion = 0;
        editStatus = Appointment.Status.DRAFT;
        personId = null;
        roleId = null;
        unitIds = new ArrayList<>();
        tasks = null;
        powers = null;
        start = LocalDate.now();
        end = null;
        deputyId = null;
        appointedById = null;
    }

    public void startEdit(Appointment a) {
        editId = a.getId();
        editVersion = a.getVersion();
        editStatus = a.getStatus();
        personId = a.getPerson().getId();
        roleId = a.getRole().getId();
        unitIds = a.getUnits().stream().map(OrgUnit::getId).collect(Collectors.toCollection(ArrayList::new));
        tasks = a.getTasks();
        powers = a.getPowers();
        start = a.getStartDate();
        end = a.getEndDate();
        deputyId = a.getDeputy() == null ? null : a.getDeputy().getId();
        appointedById = a.getAppointedBy() == null ? null : a.getAppointedBy().getId();
    }

    /** Pre-fills tasks and powers from the chosen role, in the UI language, when still empty. */
    public void roleChosen() {
        if (roleId == null) {
            return;
        }
        IsmsRole role = roleList.stream().filter(r -> r.getId().equals(roleId)).findFirst().orElse(null);
        if (role != null) {
            Locale locale = localeView.getLocale();
            if (tasks == null || tasks.isBlank()) {
                tasks = role.tasks(locale);
            }
            if (powers == null || powers.isBlank()) {
                powers = role.powers(locale);
            }
        }
    }

    public void save() {
        RoleService.AppointmentInput input = new RoleService.AppointmentInput(personId == null ? 0 : personId,
                roleId == null ? 0 : roleId, new LinkedHashSet<>(unitIds), tasks, powers, start, end, deputyId, appointedById);
        boolean creating = editId == null;
        if (UiAction.attempt(() -> {
            if (creating) {
                roles.createDraft(input);
            } else {
                roles.update(editId, editVersion, input);
            }
        }, "appointment.saved")) {
            load();
        }
    }

    public void activate(Appointment a) {
        if (UiAction.attempt(() -> roles.activate(a.getId(), a.getVersion()), "appointment.activated",
                a.getPerson().getName())) {
            load();
        }
    }

    public void startEnd(Appointment a) {
        ending = a;
        lastDay = LocalDate.now();
    }

    public void end() {
        if (ending != null && UiAction.attempt(() -> roles.end(ending.getId(), ending.getVersion(), lastDay),
                "appointment.endedMessage", ending.getPerson().getName())) {
            load();
        }
    }

    public void delete(Appointment a) {
        if (UiAction.attempt(() -> roles.deleteDraft(a.getId(), a.getVersion()), "appointment.deleted")) {
            load();
        }
    }

    public StreamedContent letter(Appointment a, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String file = ("de".equals(language) ? "Bestellung-" : "Appointment-") + a.getRole().getCode() + "-"
                + a.getPerson().getName().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
        return DefaultStreamedContent.builder().name(file).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(roles.letter(a.getId(), locale))).build();
    }

    public List<Appointment> getAll() {
        return all;
    }

    public List<IsmsRole> getRoleList() {
        return roleList;
    }

    public List<Person> getPersons() {
        return persons;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public Appointment.Status[] getStatuses() {
        return Appointment.Status.values();
    }

    public boolean isCreating() {
        return editId == null;
    }

    public boolean isFixed() {
        return editStatus == Appointment.Status.ACTIVE;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getRoleId() {
        return roleId;
    }

    public void setRoleId(Long roleId) {
        this.roleId = roleId;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getPowers() {
        return powers;
    }

    public void setPowers(String powers) {
        this.powers = powers;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    public Long getAppointedById() {
        return appointedById;
    }

    public void setAppointedById(Long appointedById) {
        this.appointedById = appointedById;
    }

    public Appointment getEnding() {
        return ending;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
