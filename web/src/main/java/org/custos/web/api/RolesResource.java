package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.ValidationException;
import org.custos.roles.boundary.RoleHealthService;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.custos.web.support.Messages;

/** People, org units, ISMS roles, appointments and the role-health checks for integrations. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    RoleHealthService health;

    public record PersonJson(long id, String name, String function, String email, Long orgUnitId, String username,
            boolean active) {
    }

    public record OrgUnitJson(long id, String name, String kind, Long parentId, Long headPersonId) {
    }

    public record RoleJson(long id, String code, String nameEn, String nameDe, boolean mandatory, boolean critical,
            String isoReference, boolean bundled) {
    }

    public record AppointmentJson(long id, long version, String role, long personId, String person,
            boolean wholeOrganisation, List<Long> orgUnitIds, String start, String end, Long deputyId,
            Long appointedById, String status, boolean inForce) {
    }

    /** Body of POST /appointments; dates ISO-8601 (yyyy-mm-dd); orgUnitIds empty or absent for the whole organisation. */
    public record AppointmentRequest(String role, Long personId, List<Long> orgUnitIds, String tasks, String powers,
            String start, String end, Long deputyId, Long appointedById, Boolean activate) {
    }

    /** Body of POST /appointments/{id}/end. */
    public record EndRequest(Long version, String lastDay) {
    }

    public record FindingJson(String code, String severity, Long roleId, Long appointmentId, Long personId,
            List<String> arguments, String message) {
    }

    @GET
    @Path("persons")
    public List<PersonJson> persons() {
        return organisation.persons().stream().map(RolesResource::json).toList();
    }

    @GET
    @Path("org-units")
    public List<OrgUnitJson> units() {
        return organisation.units().stream().map(u -> new OrgUnitJson(u.getId(), u.getName(), u.getKind().name(),
                u.getParent() == null ? null : u.getParent().getId(), u.getHead() == null ? null : u.getHead().getId()))
                .toList();
    }

    @GET
    @Path("roles")
    public List<RoleJson> roles() {
        return roles.roles().stream().map(r -> new RoleJson(r.getId(), r.getCode(), r.getNameEn(), r.getNameDe(),
                r.isMandatory(), r.isCritical(), r.getIsoReference(), r.isBundled())).toList();
    }

    @GET
    @Path("appointments")
    public List<AppointmentJson> appointments() {
        return roles.appointments().stream().map(RolesResource::json).toList();
    }

    /** Creates a draft; with {@code "activate": true} puts it in force in the same call (all or nothing). */
    @POST
    @Path("appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AppointmentRequest body) {
        if (body == null || body.role() == null || body.personId() == null) {
            throw new ValidationException("api.appointment.invalid");
        }
        IsmsRole role = roles.roles().stream().filter(r -> r.getCode().equals(body.role().strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new ValidationException("api.appointment.invalid"));
        RoleService.AppointmentInput input = new RoleService.AppointmentInput(body.personId(), role.getId(),
                body.orgUnitIds() == null ? Set.of() : Set.copyOf(body.orgUnitIds()), body.tasks(), body.powers(),
                date(body.start()), date(body.end()), body.deputyId(), body.appointedById());
        Appointment a = Boolean.TRUE.equals(body.activate()) ? roles.createActive(input) : roles.createDraft(input);
        return Response.status(Response.Status.CREATED).entity(json(a)).build();
    }

    @POST
    @Path("appointments/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentJson end(@PathParam("id") long id, EndRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.appointment.invalid");
        }
        return json(roles.end(id, body.version(), date(body.lastDay())));
    }

    @GET
    @Path("role-health")
    public List<FindingJson> health() {
        return health.check().stream().map(f -> new FindingJson(f.code().name(), f.severity().name(), f.roleId(),
                f.appointmentId(), f.personId(), f.arguments(),
                Messages.text(Locale.ENGLISH, "health." + f.code(), f.arguments().toArray()))).toList();
    }

    private static LocalDate date(String value) {
        return ApiValues.date(value, "api.date.invalid");
    }

    private static PersonJson json(Person p) {
        return new PersonJson(p.getId(), p.getName(), p.getFunction(), p.getEmail(),
                p.getUnit() == null ? null : p.getUnit().getId(), p.getUser() == null ? null : p.getUser().getUsername(),
                p.isActive());
    }

    private static AppointmentJson json(Appointment a) {
        return new AppointmentJson(a.getId(), a.getVersion(), a.getRole().getCode(), a.getPerson().getId(),
                a.getPerson().getName(), a.isWholeOrganisation(), a.getUnits().stream().map(OrgUnit::getId).sorted().toList(),
                a.getStartDate().toString(), a.getEndDate() == null ? null : a.getEndDate().toString(),
                a.getDeputy() == null ? null : a.getDeputy().getId(),
                a.getAppointedBy() == null ? null : a.getAppointedBy().getId(), a.getStatus().name(),
                a.activeOn(LocalDate.now()));
    }
}
