package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.custos.platform.error.ValidationException;
import org.custos.risk.boundary.OpportunityService;
import org.custos.risk.boundary.RiskReportService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.entity.Opportunity;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.Threat;
import org.custos.risk.entity.Treatment;

/**
 * The risk register, its assessments, the owner's acceptance, the threat catalog and the opportunities,
 * with exactly the UI's rules (the boundary enforces them).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RiskRegisterResource {

    @Inject
    RiskService risks;

    @Inject
    OpportunityService opportunities;

    @Inject
    RiskReportService reports;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record AssessmentJson(long id, int number, int criteriaVersion, int inherentLikelihood, int inherentImpact,
            String inherentLevel, int residualLikelihood, int residualImpact, String residualLevel, String threshold,
            boolean needsAcceptance, String impactCategory, String rationale, String assessedAt, String assessedBy,
            String acceptedAt, String acceptedBy, String acceptanceNote, String reopenedAt) {
    }

    public record RiskJson(long id, String code, String title, String description, Long threatId, String threatCode,
            String threatText, String vulnerability, Long ownerId, String owner, List<Long> assetIds,
            List<Long> existingMeasureIds, String treatment, String treatmentPlan, Long treatmentOwnerId,
            String treatmentOwner, String treatmentDue, List<Long> treatmentMeasureIds, boolean planComplete,
            String nextReassessment, boolean reassessmentDue, String reassessmentReason, String inherentLevel,
            String residualLevel, String acceptance, String acceptedBy, String acceptedAt, String acceptanceNote,
            boolean closed, String closedReason, AssessmentJson latest, long version) {
    }

    public record RiskRequest(String code, String title, String description, Long threatId, String threatText,
            String vulnerability, Long ownerId, List<Long> assetIds, List<Long> existingMeasureIds, String treatment,
            String treatmentPlan, Long treatmentOwnerId, String treatmentDue, List<Long> treatmentMeasureIds,
            String nextReassessment, Long version) {
    }

    public record AssessmentRequest(Integer inherentLikelihood, Integer inherentImpact, Integer residualLikelihood,
            Integer residualImpact, String impactCategory, String rationale, String nextReassessment, Long version) {
    }

    /** Body of accept, close and reactivate: the version of the risk seen, and the note or reason. */
    public record RiskActionRequest(Long version, String note) {
    }

    public record HeatCellJson(int likelihood, int impact, String level, int count, List<Long> riskIds) {
    }

    public record HeatMapJson(boolean residual, int likelihoodLevels, int impactLevels, List<HeatCellJson> cells) {
    }

    public record ThreatJson(long id, String code, String nameEn, String nameDe, String description, String source,
            boolean active, long version) {
    }

    public record ThreatRequest(String code, String nameEn, String nameDe, String description, Boolean active, Long version) {
    }

    public record OpportunityJson(long id, String code, String title, String description, String benefit, Long ownerId,
            String owner, String status, String followUp, boolean overdue, long version) {
    }

    public record OpportunityRequest(String code, String title, String description, String benefit, Long ownerId,
            String status, String followUp, Long version) {
    }

    // ---------------------------------------------------------------- risks

    /** The register; filters: level (residual at least), owner (person id), overdue, acceptance, asset, closed, q. */
    @GET
    @Path("risks")
    public List<RiskJson> list(@QueryParam("level") String level, @QueryParam("owner") Long owner,
            @QueryParam("overdue") Boolean overdue, @QueryParam("acceptance") String acceptance,
            @QueryParam("asset") Long asset, @QueryParam("closed") Boolean closed, @QueryParam("q") String q) {
        RiskService.Filter f = new RiskService.Filter(blank(level) ? null : parse(RiskLevel.class, level), owner, overdue,
                blank(acceptance) ? null : parse(RiskService.Acceptance.class, acceptance), asset,
                closed == null ? Boolean.FALSE : closed, q);
        return risks.risks(f).stream().map(RiskRegisterResource::json).toList();
    }

    @GET
    @Path("risks/{id}")
    public RiskJson risk(@PathParam("id") long id) {
        return json(risks.risk(id));
    }

    @POST
    @Path("risks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RiskRequest body) {
        Risk r = risks.save(null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(risks.risk(r.getId()))).build();
    }

    /** Changes a risk; a change of an accepted risk reopens its acceptance. */
    @PUT
    @Path("risks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RiskJson update(@PathParam("id") long id, RiskRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.risk.invalid");
        }
        risks.save(id, body.version(), input(body));
        return json(risks.risk(id));
    }

    @DELETE
    @Path("risks/{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new ValidationException("api.risk.invalid");
        }
        risks.delete(id, version);
        return Response.noContent().build();
    }

    /** Every assessment of the risk, newest first. */
    @GET
    @Path("risks/{id}/assessments")
    public List<AssessmentJson> assessments(@PathParam("id") long id) {
        return risks.assessments(id).stream().map(RiskRegisterResource::json).toList();
    }

    @POST
    @Path("risks/{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam("id") long id, AssessmentRequest b) {
        if (b == null || b.version() == null || b.inherentLikelihood() == null || b.inherentImpact() == null
                || b.residualLikelihood() == null || b.residualImpact() == null) {
            throw new ValidationException("api.risk.assessment.invalid");
        }
        RiskAssessment a = risks.assess(id, b.version(), new RiskService.AssessmentInput(b.inherentLikelihood(),
                b.inherentImpact(), b.residualLikelihood(), b.residualImpact(), b.impactCategory(), b.rationale(),
                date(b.nextReassessment())));
        return Response.status(Response.Status.CREATED).entity(json(a)).build();
    }

    /** The risk owner accepts the residual risk (never the one who assessed it). */
    @POST
    @Path("risks/{id}/{action: accept|close|reactivate}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RiskJson action(@PathParam("id") long id, @PathParam("action") String action, RiskActionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.risk.invalid");
        }
        switch (action) {
            case "accept" -> risks.accept(id, body.version(), body.note());
            case "close" -> risks.close(id, body.version(), body.note());
            default -> risks.reactivate(id, body.version());
        }
        return json(risks.risk(id));
    }

    @GET
    @Path("risks/heatmap")
    public HeatMapJson heatMap(@QueryParam("residual") Boolean residual) {
        boolean r = residual == null || residual;
        RiskService.HeatMap m = risks.heatMap(r, RiskService.Filter.OPEN);
        return new HeatMapJson(r, m.likelihoodLevels(), m.impactLevels(), m.cells().stream()
                .map(c -> new HeatCellJson(c.likelihood(), c.impact(), c.level().name(), c.count(), c.riskIds())).toList());
    }

    /** The register or the treatment plan as PDF or XLSX, in English ({@code lang=en}) or German ({@code lang=de}). */
    @GET
    @Path("risks/{report: register|treatment-plan}.{format: pdf|xlsx}")
    @Produces({"application/pdf", XLSX})
    public Response export(@PathParam("report") String report, @PathParam("format") String format,
            @QueryParam("lang") String lang) {
        Locale locale = "de".equalsIgnoreCase(lang) ? Locale.GERMAN : Locale.ENGLISH;
        boolean register = "register".equals(report);
        boolean pdf = "pdf".equals(format);
        byte[] data = register ? (pdf ? reports.registerPdf(locale) : reports.registerXlsx(locale))
                : (pdf ? reports.treatmentPlanPdf(locale) : reports.treatmentPlanXlsx(locale));
        return Response.ok(data, pdf ? "application/pdf" : XLSX).header("Content-Disposition", "attachment; filename=\"risk-"
                + report + "-" + LocalDate.now() + "-" + locale.getLanguage() + "." + format + "\"").build();
    }

    // ---------------------------------------------------------------- threats

    @GET
    @Path("threats")
    public List<ThreatJson> threats() {
        return risks.threats().stream().map(RiskRegisterResource::json).toList();
    }

    @POST
    @Path("threats")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createThreat(ThreatRequest b) {
        if (b == null) {
            throw new ValidationException("threat.code.invalid");
        }
        Threat t = risks.saveThreat(null, 0, b.code(), b.nameEn(), b.nameDe(), b.description(), b.active() == null || b.active());
        return Response.status(Response.Status.CREATED).entity(json(t)).build();
    }

    @PUT
    @Path("threats/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ThreatJson updateThreat(@PathParam("id") long id, ThreatRequest b) {
        if (b == null || b.version() == null) {
            throw new ValidationException("api.risk.invalid");
        }
        return json(risks.saveThreat(id, b.version(), b.code(), b.nameEn(), b.nameDe(), b.description(),
                b.active() == null || b.active()));
    }

    // ---------------------------------------------------------------- opportunities

    @GET
    @Path("opportunities")
    public List<OpportunityJson> opportunities() {
        LocalDate today = LocalDate.now();
        return opportunities.opportunities().stream().map(o -> json(o, today)).toList();
    }

    @POST
    @Path("opportunities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOpportunity(OpportunityRequest b) {
        Opportunity o = opportunities.save(null, 0, input(b));
        return Response.status(Response.Status.CREATED).entity(json(o, LocalDate.now())).build();
    }

    @PUT
    @Path("opportunities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OpportunityJson updateOpportunity(@PathParam("id") long id, OpportunityRequest b) {
        if (b == null || b.version() == null) {
            throw new ValidationException("api.risk.invalid");
        }
        return json(opportunities.save(id, b.version(), input(b)), LocalDate.now());
    }

    @DELETE
    @Path("opportunities/{id}")
    public Response deleteOpportunity(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new ValidationException("api.risk.invalid");
        }
        opportunities.delete(id, version);
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------- mapping

    static RiskJson json(RiskService.RiskView v) {
        Risk r = v.risk();
        return new RiskJson(r.getId(), r.getCode(), r.getTitle(), r.getDescription(),
                r.getThreat() == null ? null : r.getThreat().getId(), r.getThreat() == null ? null : r.getThreat().getCode(),
                r.getThreatText(), r.getVulnerability(), r.getOwner() == null ? null : r.getOwner().getId(),
                r.getOwner() == null ? null : r.getOwner().getName(), sorted(r.getAssetIds()),
                sorted(r.getExistingMeasureIds()), r.getTreatment() == null ? null : r.getTreatment().name(),
                r.getTreatmentPlan(), r.getTreatmentOwner() == null ? null : r.getTreatmentOwner().getId(),
                r.getTreatmentOwner() == null ? null : r.getTreatmentOwner().getName(), str(r.getTreatmentDue()),
                sorted(r.getTreatmentMeasureIds()), v.planComplete(), str(r.getNextReassessment()), v.reassessmentDue(),
                r.getReassessmentReason(), name(v.inherentLevel()), name(v.residualLevel()), v.acceptance().name(),
                r.getAcceptedBy(), r.getAcceptedAt() == null ? null : r.getAcceptedAt().toString(), r.getAcceptanceNote(),
                r.isClosed(), r.getClosedReason(), v.latest() == null ? null : json(v.latest()), r.getVersion());
    }

    static AssessmentJson json(RiskAssessment a) {
        return new AssessmentJson(a.getId(), a.getNumber(), a.getCriteria().getNumber(), a.getInherentLikelihood(),
                a.getInherentImpact(), a.getInherentLevel().name(), a.getResidualLikelihood(), a.getResidualImpact(),
                a.getResidualLevel().name(), a.getThreshold().name(), a.needsAcceptance(), a.getImpactCategory(),
                a.getRationale(), a.getAssessedAt().toString(), a.getAssessedBy(),
                a.getAcceptedAt() == null ? null : a.getAcceptedAt().toString(), a.getAcceptedBy(), a.getAcceptanceNote(),
                a.getReopenedAt() == null ? null : a.getReopenedAt().toString());
    }

    static ThreatJson json(Threat t) {
        return new ThreatJson(t.getId(), t.getCode(), t.getNameEn(), t.getNameDe(), t.getDescription(), t.getSource().name(),
                t.isActive(), t.getVersion());
    }

    static OpportunityJson json(Opportunity o, LocalDate today) {
        return new OpportunityJson(o.getId(), o.getCode(), o.getTitle(), o.getDescription(), o.getBenefit(),
                o.getOwner() == null ? null : o.getOwner().getId(), o.getOwner() == null ? null : o.getOwner().getName(),
                o.getStatus().name(), str(o.getFollowUp()), o.overdue(today), o.getVersion());
    }

    private static RiskService.RiskInput input(RiskRequest b) {
        if (b == null) {
            throw new ValidationException("api.risk.invalid");
        }
        return new RiskService.RiskInput(b.code(), b.title(), b.description(), b.threatId(), b.threatText(),
                b.vulnerability(), b.ownerId(), ids(b.assetIds()), ids(b.existingMeasureIds()),
                blank(b.treatment()) ? null : parse(Treatment.class, b.treatment()), b.treatmentPlan(), b.treatmentOwnerId(),
                date(b.treatmentDue()), ids(b.treatmentMeasureIds()), date(b.nextReassessment()));
    }

    private static OpportunityService.OpportunityInput input(OpportunityRequest b) {
        if (b == null) {
            throw new ValidationException("api.risk.invalid");
        }
        return new OpportunityService.OpportunityInput(b.code(), b.title(), b.description(), b.benefit(), b.ownerId(),
                blank(b.status()) ? null : parse(Opportunity.Status.class, b.status()), date(b.followUp()));
    }

    private static java.util.Set<Long> ids(List<Long> ids) {
        return ids == null ? java.util.Set.of() : new HashSet<>(ids.stream().filter(x -> x != null).toList());
    }

    private static LocalDate date(String value) {
        return ApiValues.date(value, "api.date.invalid");
    }

    private static List<Long> sorted(java.util.Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.risk.invalid");
        }
    }
}
