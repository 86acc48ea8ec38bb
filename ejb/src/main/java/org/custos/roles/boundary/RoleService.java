package org.custos.roles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.roles.control.AppointmentLetter;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;

/**
 * The catalog of ISMS roles and the appointments of people to them. An appointment becomes active
 * only when a holder of top management appointed it; a deputy is never the holder.
 */
@Stateless
public class RoleService {

    public static final String READ = "people:read";
    public static final String EDIT = "people:edit";
    public static final String APPOINT = "people:appoint";
    static final int MAX_TEXT = 20_000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    AccessScope scope;

    /** Appointments for the whole organisation, or for a unit in the current user's scope. */
    static boolean visible(AccessScope.Scope scope, Appointment a) {
        return !scope.restricted() || a.isWholeOrganisation()
                || a.getUnits().stream().anyMatch(u -> OrganisationService.visible(scope, u));
    }

    /** What an appointment says; units empty means the whole organisation. */
    public record AppointmentInput(long personId, long roleId, Set<Long> unitIds, String tasks, String powers,
            LocalDate start, LocalDate end, Long deputyId, Long appointedById) {
    }

    /** What a role says. */
    public record RoleInput(String nameEn, String nameDe, String descriptionEn, String descriptionDe, String tasksEn,
            String tasksDe, String powersEn, String powersDe, boolean mandatory, boolean critical, String isoReference) {
    }

    @RequiresPermission(READ)
    public List<IsmsRole> roles() {
        return em.createNamedQuery("IsmsRole.findAll", IsmsRole.class).getResultList();
    }

    @RequiresPermission(READ)
    public IsmsRole role(long id) {
        IsmsRole role = em.find(IsmsRole.class, id);
        if (role == null) {
            throw new NotFoundException("IsmsRole", id);
        }
        return role;
    }

    @RequiresPermission(EDIT)
    public IsmsRole createRole(String code, RoleInput input) {
        String c = Checks.required(code, 40, "role.code.invalid").toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]*")) {
            throw new ValidationException("role.code.invalid", 40);
        }
        if (!em.createNamedQuery("IsmsRole.findByCode", IsmsRole.class).setParameter("code", c).getResultList().isEmpty()) {
            throw new ConflictException("role.code.taken", c);
        }
        int order = roles().stream().mapToInt(IsmsRole::getSortOrder).max().orElse(0) + 10;
        IsmsRole role = new IsmsRole(c, false, order);
        apply(role, input);
        em.persist(role);
        em.flush();
        audit.created("IsmsRole", role.getId(), role);
        return role;
    }

    /** Bundled roles may be adapted too: their texts are defaults, not law. */
    @RequiresPermission(EDIT)
    public IsmsRole updateRole(long id, long seenVersion, RoleInput input) {
        IsmsRole role = role(id);
        Edits.expectVersion(seenVersion, role.getVersion(), "IsmsRole");
        Map<String, Object> before = role.auditState();
        apply(role, input);
        Edits.flush(em, "IsmsRole");
        audit.updated("IsmsRole", role.getId(), before, role);
        return role;
    }

    private static void apply(IsmsRole role, RoleInput in) {
        role.describe(Checks.required(in.nameEn(), 200, "role.name.invalid"),
                Checks.required(in.nameDe(), 200, "role.name.invalid"),
                Checks.optional(in.descriptionEn(), MAX_TEXT, "role.text.invalid"),
                Checks.optional(in.descriptionDe(), MAX_TEXT, "role.text.invalid"));
        role.define(Checks.optional(in.tasksEn(), MAX_TEXT, "role.text.invalid"),
                Checks.optional(in.tasksDe(), MAX_TEXT, "role.text.invalid"),
                Checks.optional(in.powersEn(), MAX_TEXT, "role.text.invalid"),
                Checks.optional(in.powersDe(), MAX_TEXT, "role.text.invalid"), in.mandatory(), in.critical(),
                Checks.optional(in.isoReference(), 100, "role.iso.invalid"));
    }

    @RequiresPermission(READ)
    public List<Appointment> appointments() {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("Appointment.findAll", Appointment.class).getResultStream()
                .filter(a -> visible(visible, a)).toList();
    }

    @RequiresPermission(READ)
    public Appointment appointment(long id) {
        Appointment a = em.find(Appointment.class, id);
        if (a == null) {
            throw new NotFoundException("Appointment", id);
        }
        if (!visible(scope.current(), a)) {
            throw new org.custos.platform.error.NotPermittedException("scope");
        }
        return a;
    }

    /** Appointments in force on that day. */
    @RequiresPermission(READ)
    public List<Appointment> activeOn(LocalDate day) {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("Appointment.activeOn", Appointment.class).setParameter("day", day).getResultStream()
                .filter(a -> visible(visible, a)).toList();
    }

    @RequiresPermission(APPOINT)
    public Appointment createDraft(AppointmentInput input) {
        Person person = person(input.personId());
        Appointment a = new Appointment(person, role(input.roleId()), Instant.now(), actor.name());
        define(a, input);
        em.persist(a);
        em.flush();
        audit.created("Appointment", a.getId(), a);
        return a;
    }

    /** Creates an appointment and puts it in force in one transaction: nothing is stored if a rule fails. */
    @RequiresPermission(APPOINT)
    public Appointment createActive(AppointmentInput input) {
        Appointment a = createDraft(input);
        return activate(a.getId(), a.getVersion());
    }

    /**
     * Changes a draft; of an active appointment only scope, tasks, powers, end and deputy may change
     * (person, role and start are what was signed). Ended appointments are history.
     */
    @RequiresPermission(APPOINT)
    public Appointment update(long id, long seenVersion, AppointmentInput input) {
        Appointment a = appointment(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Appointment");
        if (a.getStatus() == Appointment.Status.ENDED) {
            throw new ValidationException("appointment.ended");
        }
        if (a.getStatus() == Appointment.Status.ACTIVE && (input.personId() != a.getPerson().getId()
                || input.roleId() != a.getRole().getId() || !a.getStartDate().equals(input.start()))) {
            throw new ValidationException("appointment.activeFixed");
        }
        Map<String, Object> before = a.auditState();
        define(a, input);
        if (a.getStatus() == Appointment.Status.ACTIVE) {
            checkActivation(a);
        }
        Edits.flush(em, "Appointment");
        audit.updated("Appointment", a.getId(), before, a);
        return a;
    }

    private void define(Appointment a, AppointmentInput in) {
        Person person = person(in.personId());
        IsmsRole role = role(in.roleId());
        if (in.start() == null) {
            throw new ValidationException("appointment.start.required");
        }
        if (in.end() != null && in.end().isBefore(in.start())) {
            throw new ValidationException("appointment.endBeforeStart");
        }
        Person deputy = in.deputyId() == null ? null : person(in.deputyId());
        if (deputy != null && deputy.getId().equals(person.getId())) {
            throw new ValidationException("appointment.deputySame");
        }
        Person appointer = in.appointedById() == null ? null : person(in.appointedById());
        Set<OrgUnit> units = new HashSet<>();
        for (Long unitId : in.unitIds() == null ? Set.<Long>of() : in.unitIds()) {
            OrgUnit unit = em.find(OrgUnit.class, unitId);
            if (unit == null) {
                throw new NotFoundException("OrgUnit", unitId);
            }
            units.add(unit);
        }
        a.define(person, role, units, Checks.optional(in.tasks(), MAX_TEXT, "appointment.text.invalid"),
                Checks.optional(in.powers(), MAX_TEXT, "appointment.text.invalid"), in.start(), in.end(), deputy,
                appointer);
    }

    /** Puts a draft in force once top management appointed it. */
    @RequiresPermission(APPOINT)
    public Appointment activate(long id, long seenVersion) {
        Appointment a = appointment(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Appointment");
        if (a.getStatus() != Appointment.Status.DRAFT) {
            throw new ValidationException("appointment.notDraft");
        }
        checkActivation(a);
        Map<String, Object> before = a.auditState();
        a.activate();
        Edits.flush(em, "Appointment");
        audit.updated("Appointment", a.getId(), before, a);
        return a;
    }

    private void checkActivation(Appointment a) {
        if (!a.getPerson().isActive()) {
            throw new ValidationException("appointment.personInactive", a.getPerson().getName());
        }
        if (a.getDeputy() != null && !a.getDeputy().isActive()) {
            throw new ValidationException("appointment.personInactive", a.getDeputy().getName());
        }
        if (IsmsRole.TOP_MANAGEMENT.equals(a.getRole().getCode())) {
            return; // top management is appointed by owners or the supervisory board, outside the ISMS
        }
        if (a.getAppointedBy() == null) {
            throw new ValidationException("appointment.appointer.required");
        }
        // The appointer signs now, so must hold top management now (also when recording an earlier start).
        boolean topManagement = em.createNamedQuery("Appointment.activeOn", Appointment.class)
                .setParameter("day", LocalDate.now())
                .getResultStream().anyMatch(x -> x.getPerson().getId().equals(a.getAppointedBy().getId())
                        && IsmsRole.TOP_MANAGEMENT.equals(x.getRole().getCode()));
        if (!topManagement) {
            throw new ValidationException("appointment.appointer.notTopManagement", a.getAppointedBy().getName());
        }
    }

    /** Ends an appointment with its last day. */
    @RequiresPermission(APPOINT)
    public Appointment end(long id, long seenVersion, LocalDate lastDay) {
        Appointment a = appointment(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Appointment");
        if (a.getStatus() != Appointment.Status.ACTIVE) {
            throw new ValidationException("appointment.notActive");
        }
        if (lastDay == null || lastDay.isBefore(a.getStartDate())) {
            throw new ValidationException("appointment.endBeforeStart");
        }
        Map<String, Object> before = a.auditState();
        a.end(lastDay);
        Edits.flush(em, "Appointment");
        audit.updated("Appointment", a.getId(), before, a);
        return a;
    }

    /** Deletes a draft; appointments that were in force stay as history. */
    @RequiresPermission(APPOINT)
    public void deleteDraft(long id, long seenVersion) {
        Appointment a = appointment(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Appointment");
        if (a.getStatus() != Appointment.Status.DRAFT) {
            throw new ValidationException("appointment.notDraft");
        }
        Map<String, Object> before = a.auditState();
        em.remove(a);
        Edits.flush(em, "Appointment");
        audit.deleted("Appointment", id, before);
    }

    /** The appointment letter as PDF, in German or English. */
    @RequiresPermission(READ)
    public byte[] letter(long id, Locale locale) {
        Appointment a = appointment(id);
        Organisation org = a.getPerson().getOrganisation();
        return new AppointmentLetter().write(a, org, locale);
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }
}
