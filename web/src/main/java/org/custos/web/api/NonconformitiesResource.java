package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityView;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.platform.error.ValidationException;

/**
 * Nonconformities and their corrective actions (ISO 27001 10.2), with exactly the UI's rules: the
 * effectiveness check is never by the action's owner, and closing needs every action done and checked.
 */
@Path("nonconformities")
@Produces(MediaType.APPLICATION_JSON)
public class NonconformitiesResource {

    @Inject
    NonconformityService nonconformities;

    public record ActionJson(long id, String description, Long ownerId, String owner, String dueOn, String status,
            boolean overdue, String doneAt, String doneBy, String doneNote, String checkedOn, String checkedBy,
            String checkNote, List<Long> documentIds, List<Long> measureIds, long version) {
    }

    public record NonconformityJson(long id, String code, String title, String description, String source, Long incidentId,
            Long findingId, Long kpiId, String grade, Long ownerId, String owner, String detectedOn, String correction, String rootCause,
            String status,
            String closedAt, String closedBy, List<Long> requirementIds, List<ActionJson> actions, List<String> openPoints,
            long version) {
    }

    public record NonconformityRequest(String code, String title, String description, String grade, Long ownerId,
            String detectedOn, String correction, String rootCause, List<Long> requirementIds, Long incidentId,
            Long findingId, Long kpiId, Long version) {
    }

    public record ActionRequest(String description, Long ownerId, String dueOn, List<Long> documentIds,
            List<Long> measureIds, Long version) {
    }

    public record DoneRequest(Long version, String note) {
    }

    public record CheckRequest(Long version, Boolean effective, String checkedOn, String note) {
    }

    public record VersionRequest(Long version) {
    }

    /** Filters: {@code status} (open, closed), {@code grade} (major, minor). */
    @GET
    public List<NonconformityJson> list(@QueryParam("status") String status, @QueryParam("grade") String grade) {
        Nonconformity.Status s = status == null || status.isBlank() ? null : parse(Nonconformity.Status.class, status);
        Nonconformity.Grade g = grade == null || grade.isBlank() ? null : parse(Nonconformity.Grade.class, grade);
        LocalDate today = LocalDate.now();
        return nonconformities.nonconformities().stream()
                .filter(v -> s == null || v.nonconformity().getStatus() == s)
                .filter(v -> g == null || v.nonconformity().getGrade() == g)
                .map(v -> json(v, today)).toList();
    }

    @GET
    @Path("{id}")
    public NonconformityJson nonconformity(@PathParam("id") long id) {
        return json(nonconformities.nonconformity(id), LocalDate.now());
    }

    /**
     * Entered directly, opened from an incident ({@code incidentId}) or a KPI that missed its target
     * ({@code kpiId}), or raised from an audit finding ({@code findingId}; the grade is the finding's).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NonconformityRequest body) {
        NonconformityService.NonconformityInput in = input(body);
        Nonconformity n = body.findingId() != null ? nonconformities.raiseFromFinding(body.findingId(), in)
                : body.kpiId() != null ? nonconformities.openFromKpi(body.kpiId(), in)
                : body.incidentId() == null ? nonconformities.save(null, 0, in)
                : nonconformities.openFromIncident(body.incidentId(), in);
        return Response.status(Response.Status.CREATED).entity(json(nonconformities.nonconformity(n.getId()), LocalDate.now()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NonconformityJson update(@PathParam("id") long id, NonconformityRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        nonconformities.save(id, body.version(), input(body));
        return json(nonconformities.nonconformity(id), LocalDate.now());
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAction(@PathParam("id") long id, ActionRequest body) {
        CorrectiveAction a = nonconformities.saveAction(id, null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(a, LocalDate.now())).build();
    }

    @PUT
    @Path("{id}/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionJson updateAction(@PathParam("id") long id, @PathParam("actionId") long actionId, ActionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        return json(nonconformities.saveAction(id, actionId, body.version(), input(body)), LocalDate.now());
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionJson done(@PathParam("id") long id, @PathParam("actionId") long actionId, DoneRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        return json(nonconformities.done(id, actionId, body.version(), body.note()), LocalDate.now());
    }

    /** The effectiveness check: by someone other than the action's owner. */
    @POST
    @Path("{id}/actions/{actionId}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionJson check(@PathParam("id") long id, @PathParam("actionId") long actionId, CheckRequest body) {
        if (body == null || body.version() == null || body.effective() == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        return json(nonconformities.checkEffectiveness(id, actionId, body.version(), body.effective(), date(body.checkedOn()),
                body.note()), LocalDate.now());
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public NonconformityJson close(@PathParam("id") long id, VersionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        nonconformities.close(id, body.version());
        return json(nonconformities.nonconformity(id), LocalDate.now());
    }

    // ---------------------------------------------------------------- mapping

    static NonconformityJson json(NonconformityView v, LocalDate today) {
        Nonconformity n = v.nonconformity();
        return new NonconformityJson(n.getId(), n.getCode(), n.getTitle(), n.getDescription(), n.getSource().name(),
                n.getIncidentId(), n.getFindingId(), n.getKpiId(), n.getGrade().name(), n.getOwner() == null ? null : n.getOwner().getId(),
                n.getOwner() == null ? null : n.getOwner().getName(), n.getDetectedOn().toString(), n.getCorrection(),
                n.getRootCause(), n.getStatus().name(), n.getClosedAt() == null ? null : n.getClosedAt().toString(),
                n.getClosedBy(), n.getRequirementIds().stream().sorted().toList(),
                v.actions().stream().map(a -> json(a, today)).toList(), v.openPoints(), n.getVersion());
    }

    static ActionJson json(CorrectiveAction a, LocalDate today) {
        return new ActionJson(a.getId(), a.getDescription(), a.getOwner().getId(), a.getOwner().getName(),
                a.getDueOn().toString(), a.getStatus().name(), a.overdue(today),
                a.getDoneAt() == null ? null : a.getDoneAt().toString(), a.getDoneBy(), a.getDoneNote(),
                a.getCheckedOn() == null ? null : a.getCheckedOn().toString(), a.getCheckedBy(), a.getCheckNote(),
                a.getDocumentIds().stream().sorted().toList(), a.getMeasureIds().stream().sorted().toList(), a.getVersion());
    }

    private static NonconformityService.NonconformityInput input(NonconformityRequest b) {
        if (b == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        return new NonconformityService.NonconformityInput(b.code(), b.title(), b.description(),
                b.grade() == null || b.grade().isBlank() ? null : parse(Nonconformity.Grade.class, b.grade()), b.ownerId(),
                date(b.detectedOn()), b.correction(), b.rootCause(), ids(b.requirementIds()));
    }

    private static NonconformityService.ActionInput input(ActionRequest b) {
        if (b == null) {
            throw new ValidationException("api.nonconformity.invalid");
        }
        return new NonconformityService.ActionInput(b.description(), b.ownerId(), date(b.dueOn()), ids(b.documentIds()),
                ids(b.measureIds()));
    }

    private static Set<Long> ids(List<Long> ids) {
        return ApiValues.ids(ids);
    }

    private static LocalDate date(String value) {
        return ApiValues.date(value, "api.nonconformity.invalid");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return ApiValues.enumValue(type, value, "api.nonconformity.invalid");
    }
}
