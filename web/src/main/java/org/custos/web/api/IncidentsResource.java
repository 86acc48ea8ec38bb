package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.incidents.entity.IncidentStep;
import org.custos.platform.error.ValidationException;

/** The incident register with its reporting duties and deadlines (hours matter: times are UTC instants). */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    @Inject
    IncidentService incidents;

    /** A duty: its deadline, when it was reported, its state, and the minutes left (negative once passed). */
    public record DutyJson(String duty, String dueAt, String reportedAt, String state, Long minutesLeft) {
    }

    public record ReportJson(long id, String duty, String reportedAt, String reportedBy, String reference) {
    }

    public record StepJson(long id, String happenedAt, String description, String recordedBy) {
    }

    public record IncidentJson(long id, String code, String title, String description, String category, String severity,
            String occurredAt, String detectedAt, boolean significant, boolean personalData, String status,
            String lessonsLearned, List<Long> assetIds, List<DutyJson> duties, List<ReportJson> reports, boolean overdue,
            long version) {
    }

    public record IncidentRequest(String code, String title, String description, String category, String severity,
            String occurredAt, String detectedAt, Boolean significant, Boolean personalData, List<Long> assetIds,
            Long version) {
    }

    public record StepRequest(String happenedAt, String description) {
    }

    public record ReportRequest(String duty, String reportedAt, String reference) {
    }

    public record CloseRequest(Long version, String lessonsLearned) {
    }

    @GET
    public List<IncidentJson> list() {
        Instant now = Instant.now();
        return incidents.incidents().stream().map(v -> json(v, now)).toList();
    }

    @GET
    @Path("{id}")
    public IncidentJson incident(@PathParam("id") long id) {
        return json(incidents.incident(id), Instant.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(IncidentRequest body) {
        Incident i = incidents.save(null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(incidents.incident(i.getId()), Instant.now())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentJson update(@PathParam("id") long id, IncidentRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.incident.invalid");
        }
        incidents.save(id, body.version(), input(body));
        return json(incidents.incident(id), Instant.now());
    }

    @GET
    @Path("{id}/steps")
    public List<StepJson> steps(@PathParam("id") long id) {
        return incidents.timeline(id).stream().map(IncidentsResource::json).toList();
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addStep(@PathParam("id") long id, StepRequest body) {
        if (body == null) {
            throw new ValidationException("api.incident.invalid");
        }
        IncidentStep s = incidents.addStep(id, instant(body.happenedAt()), body.description());
        return Response.status(Response.Status.CREATED).entity(json(s)).build();
    }

    /** Records a report made to an authority for one duty. */
    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") long id, ReportRequest body) {
        if (body == null || body.duty() == null) {
            throw new ValidationException("api.incident.invalid");
        }
        IncidentReport r = incidents.report(id, parse(ReportingDuties.Kind.class, body.duty()), instant(body.reportedAt()),
                body.reference());
        return Response.status(Response.Status.CREATED).entity(json(r)).build();
    }

    public record VersionRequest(Long version) {
    }

    /** Marks the incident contained. */
    @POST
    @Path("{id}/contain")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentJson contain(@PathParam("id") long id, VersionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.incident.invalid");
        }
        incidents.contain(id, body.version());
        return json(incidents.incident(id), Instant.now());
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentJson close(@PathParam("id") long id, CloseRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.incident.invalid");
        }
        incidents.close(id, body.version(), body.lessonsLearned());
        return json(incidents.incident(id), Instant.now());
    }

    // ---------------------------------------------------------------- mapping

    static IncidentJson json(IncidentService.IncidentView v, Instant now) {
        Incident i = v.incident();
        return new IncidentJson(i.getId(), i.getCode(), i.getTitle(), i.getDescription(), i.getCategory().name(),
                i.getSeverity().name(), str(i.getOccurredAt()), str(i.getDetectedAt()), i.isSignificant(), i.isPersonalData(),
                i.getStatus().name(), i.getLessonsLearned(), i.getAssetIds().stream().sorted().toList(),
                v.duties().stream().map(d -> {
                    Duration left = d.left(now);
                    return new DutyJson(d.kind().name(), d.dueAt().toString(), str(d.reportedAt()), d.state().name(),
                            left == null ? null : left.toMinutes());
                }).toList(), v.reports().stream().map(IncidentsResource::json).toList(), v.overdue(), i.getVersion());
    }

    static ReportJson json(IncidentReport r) {
        return new ReportJson(r.getId(), r.getDuty().name(), r.getReportedAt().toString(), r.getReportedBy(), r.getReference());
    }

    static StepJson json(IncidentStep s) {
        return new StepJson(s.getId(), s.getHappenedAt().toString(), s.getDescription(), s.getRecordedBy());
    }

    private static IncidentService.IncidentInput input(IncidentRequest b) {
        if (b == null) {
            throw new ValidationException("api.incident.invalid");
        }
        return new IncidentService.IncidentInput(b.code(), b.title(), b.description(),
                b.category() == null || b.category().isBlank() ? null : parse(Incident.Category.class, b.category()),
                b.severity() == null || b.severity().isBlank() ? null : parse(Incident.Severity.class, b.severity()),
                instant(b.occurredAt()), instant(b.detectedAt()), Boolean.TRUE.equals(b.significant()),
                Boolean.TRUE.equals(b.personalData()), b.assetIds() == null ? java.util.Set.of()
                        : new HashSet<>(b.assetIds().stream().filter(x -> x != null).toList()));
    }

    private static Instant instant(String value) {
        return ApiValues.instant(value, "api.incident.invalid");
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return ApiValues.enumValue(type, value, "api.incident.invalid");
    }
}
