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
import java.math.BigDecimal;
import java.util.List;
import org.custos.objectives.boundary.ObjectiveService;
import org.custos.objectives.boundary.ObjectiveService.KpiDetail;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.platform.error.ValidationException;
import org.custos.web.api.ObjectivesResource.KpiJson;
import org.custos.web.api.ObjectivesResource.MeasurementJson;

/**
 * KPIs and their measurements. Posting a measurement records a value of a manual KPI; for a computed KPI an
 * empty body (or one without a value) measures it now from Custos' own data.
 */
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpisResource {

    @Inject
    ObjectiveService objectives;

    public record KpiDetailJson(KpiJson kpi, List<MeasurementJson> measurements) {
    }

    public record MeasurementRequest(String measuredOn, BigDecimal value, String note) {
    }

    /** KPIs of active objectives whose measurement is overdue. */
    @GET
    @Path("missing")
    public List<KpiJson> missing() {
        return objectives.missing().stream().map(ObjectivesResource::json).toList();
    }

    @GET
    @Path("{id}")
    public KpiDetailJson kpi(@PathParam("id") long id) {
        KpiDetail d = objectives.kpi(id);
        return new KpiDetailJson(ObjectivesResource.json(d.view()),
                d.measurements().stream().map(m -> ObjectivesResource.json(m, d)).toList());
    }

    @GET
    @Path("{id}/measurements")
    public List<MeasurementJson> measurements(@PathParam("id") long id) {
        KpiDetail d = objectives.kpi(id);
        return d.measurements().stream().map(m -> ObjectivesResource.json(m, d)).toList();
    }

    @POST
    @Path("{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, MeasurementRequest body) {
        KpiMeasurement m;
        boolean computed = objectives.kpi(id).kpi().getSource().computed();
        if (computed && (body == null || body.value() == null)) {
            m = objectives.measureNow(id);
        } else {
            if (body == null) {
                throw new ValidationException("api.objective.invalid");
            }
            m = objectives.recordMeasurement(id, ObjectivesResource.day(body.measuredOn()), body.value(), body.note());
        }
        KpiDetail d = objectives.kpi(id);
        return Response.status(Response.Status.CREATED).entity(ObjectivesResource.json(m, d)).build();
    }
}
