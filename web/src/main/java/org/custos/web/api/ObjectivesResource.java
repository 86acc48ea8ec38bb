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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.custos.objectives.boundary.ObjectiveService;
import org.custos.objectives.boundary.ObjectiveService.ObjectiveView;
import org.custos.objectives.control.KpiView;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;
import org.custos.platform.error.ValidationException;

/** Information security objectives with their KPIs (days as ISO dates, numbers as JSON numbers). */
@Path("objectives")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectivesResource {

    @Inject
    ObjectiveService objectives;

    /** A KPI as it stands: its latest value and that value's state, when the next measurement is due, whether it is missing. */
    public record KpiJson(long id, long objectiveId, String objectiveCode, String code, String name, String metric, String unit,
            String direction, BigDecimal target, BigDecimal warning, BigDecimal failure, String frequency, Long responsibleId,
            String responsible, String source, BigDecimal latestValue, String latestOn, String state, String nextDue,
            boolean missing, long version) {
    }

    public record ObjectiveJson(long id, String code, String title, String description, Long ownerId, String owner,
            String deadline, String status, List<KpiJson> kpis, long version) {
    }

    public record ObjectiveRequest(String code, String title, String description, Long ownerId, String deadline, String status,
            Long version) {
    }

    public record KpiRequest(String code, String name, String metric, String unit, String direction, BigDecimal target,
            BigDecimal warning, BigDecimal failure, String frequency, Long responsibleId, String source, Long version) {
    }

    public record MeasurementJson(long id, long kpiId, String measuredOn, BigDecimal value, String state, String note,
            String recordedBy, String recordedAt) {
    }

    @GET
    public List<ObjectiveJson> list() {
        return objectives.objectives().stream().map(ObjectivesResource::json).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ObjectiveRequest body) {
        Objective o = objectives.saveObjective(null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(objectives.objective(o.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectiveJson update(@PathParam("id") long id, ObjectiveRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.objective.invalid");
        }
        objectives.saveObjective(id, body.version(), input(body));
        return json(objectives.objective(id));
    }

    @GET
    @Path("{id}/kpis")
    public List<KpiJson> kpis(@PathParam("id") long id) {
        return objectives.kpis(id).stream().map(ObjectivesResource::json).toList();
    }

    @POST
    @Path("{id}/kpis")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addKpi(@PathParam("id") long id, KpiRequest body) {
        Kpi k = objectives.saveKpi(id, null, 0, kpiInput(body));
        return Response.status(Response.Status.CREATED).entity(json(objectives.kpi(k.getId()).view())).build();
    }

    // ---------------------------------------------------------------- mapping

    static ObjectiveJson json(ObjectiveView v) {
        Objective o = v.objective();
        return new ObjectiveJson(o.getId(), o.getCode(), o.getTitle(), o.getDescription(),
                o.getOwner() == null ? null : o.getOwner().getId(), o.getOwner() == null ? null : o.getOwner().getName(),
                str(o.getDeadline()), o.getStatus().name(), v.kpis().stream().map(ObjectivesResource::json).toList(),
                o.getVersion());
    }

    static KpiJson json(KpiView v) {
        Kpi k = v.kpi();
        KpiMeasurement m = v.latest();
        return new KpiJson(k.getId(), k.getObjective().getId(), k.getObjective().getCode(), k.getCode(), k.getName(),
                k.getMetric(), k.getUnit(), k.getDirection().name(), plain(k.getTarget()), plain(k.getWarning()),
                plain(k.getFailure()), k.getFrequency().name(), k.getResponsible() == null ? null : k.getResponsible().getId(),
                k.getResponsible() == null ? null : k.getResponsible().getName(), k.getSource().name(),
                m == null ? null : plain(m.getValue()), m == null ? null : str(m.getMeasuredOn()),
                v.state() == null ? null : v.state().name(), str(v.nextDue()), v.missing(), k.getVersion());
    }

    static MeasurementJson json(KpiMeasurement m, ObjectiveService.KpiDetail detail) {
        var state = detail.state(m);
        return new MeasurementJson(m.getId(), m.getKpiId(), str(m.getMeasuredOn()), plain(m.getValue()),
                state == null ? null : state.name(), m.getNote(), m.getRecordedBy(), m.getRecordedAt().toString());
    }

    static ObjectiveService.KpiInput kpiInput(KpiRequest b) {
        if (b == null) {
            throw new ValidationException("api.objective.invalid");
        }
        return new ObjectiveService.KpiInput(b.code(), b.name(), b.metric(), b.unit(), parse(Kpi.Direction.class, b.direction()),
                b.target(), b.warning(), b.failure(), parse(Kpi.Frequency.class, b.frequency()), b.responsibleId(),
                parse(Kpi.Source.class, b.source()));
    }

    private static ObjectiveService.ObjectiveInput input(ObjectiveRequest b) {
        if (b == null) {
            throw new ValidationException("api.objective.invalid");
        }
        return new ObjectiveService.ObjectiveInput(b.code(), b.title(), b.description(), b.ownerId(), day(b.deadline()),
                parse(Objective.Status.class, b.status()));
    }

    static LocalDate day(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("api.objective.invalid");
        }
    }

    /** Numbers without the storage's trailing zeros: 99.9, not 99.9000. */
    static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return ApiValues.enumValue(type, value, "api.objective.invalid");
    }
}
