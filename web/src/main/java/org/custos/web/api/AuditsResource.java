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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.audits.boundary.AuditProgrammeService;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.AuditItem;
import org.custos.audits.entity.Finding;
import org.custos.platform.error.ValidationException;

/**
 * Audits and their findings with exactly the UI's rules: independence of internal auditors, the checklist,
 * completion only when every item has a result; external auditors record findings within their scope.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AuditsResource {

    @Inject
    AuditProgrammeService audits;

    public record ItemJson(long id, long requirementId, String refId, String title, String result, String note,
            String checkedBy, long version) {
    }

    public record FindingJson(long id, long auditId, String code, String kind, String statement, List<Long> requirementIds,
            List<Long> evidenceIds, String recordedBy, String recordedAt) {
    }

    public record AuditJson(long id, String code, String title, String kind, int year, Long standardId, String body,
            Long leadId, String lead, String plannedFrom, String plannedTo, String performedOn, String status,
            String conclusion, List<Long> teamIds, List<Long> unitIds, List<ItemJson> checklist, List<FindingJson> findings,
            long version) {
    }

    public record AuditRequest(String code, String title, String kind, Integer year, Long standardId, String body, Long leadId,
            String plannedFrom, String plannedTo, List<Long> teamIds, List<Long> unitIds, List<Long> requirementIds,
            Long version) {
    }

    public record ItemRequest(String result, String note, Long version) {
    }

    public record CompleteRequest(Long version, String performedOn, String conclusion) {
    }

    public record VersionRequest(Long version) {
    }

    public record FindingRequest(String code, String kind, String statement, List<Long> requirementIds, List<Long> evidenceIds) {
    }

    @GET
    @Path("audits")
    public List<AuditJson> list() {
        return audits.audits().stream().map(a -> json(a, List.of(), List.of())).toList();
    }

    @GET
    @Path("audits/{id}")
    public AuditJson audit(@PathParam("id") long id) {
        return json(audits.audit(id));
    }

    @POST
    @Path("audits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AuditRequest body) {
        Audit a = audits.save(null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(audits.audit(a.getId()))).build();
    }

    @PUT
    @Path("audits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditJson update(@PathParam("id") long id, AuditRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.audit.invalid");
        }
        audits.save(id, body.version(), input(body));
        return json(audits.audit(id));
    }

    @POST
    @Path("audits/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditJson start(@PathParam("id") long id, VersionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.audit.invalid");
        }
        audits.start(id, body.version());
        return json(audits.audit(id));
    }

    @PUT
    @Path("audits/{id}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditJson record(@PathParam("id") long id, @PathParam("itemId") long itemId, ItemRequest body) {
        if (body == null || body.version() == null || body.result() == null) {
            throw new ValidationException("api.audit.invalid");
        }
        if (audits.audit(id).items().stream().noneMatch(i -> i.item().getId() == itemId)) {
            throw new org.custos.platform.error.NotFoundException("AuditItem", itemId);
        }
        audits.record(itemId, body.version(), parse(AuditItem.Result.class, body.result()), body.note());
        return json(audits.audit(id));
    }

    @POST
    @Path("audits/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditJson complete(@PathParam("id") long id, CompleteRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.audit.invalid");
        }
        audits.complete(id, body.version(), date(body.performedOn()), body.conclusion());
        return json(audits.audit(id));
    }

    @GET
    @Path("audits/{id}/findings")
    public List<FindingJson> findingsOf(@PathParam("id") long id) {
        return audits.audit(id).findings().stream().map(AuditsResource::json).toList();
    }

    /** Records a finding; external auditors only for external audits of standards in their scope. */
    @POST
    @Path("audits/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFinding(@PathParam("id") long id, FindingRequest body) {
        if (body == null) {
            throw new ValidationException("api.audit.invalid");
        }
        Finding f = audits.addFinding(id, new AuditProgrammeService.FindingInput(body.code(),
                body.kind() == null || body.kind().isBlank() ? null : parse(Finding.Kind.class, body.kind()), body.statement(),
                ids(body.requirementIds()), ids(body.evidenceIds())));
        return Response.status(Response.Status.CREATED).entity(json(f)).build();
    }

    /** The programme's coverage of the ISO 27001 clauses and the units over a cycle ending with the year. */
    @GET
    @Path("audits/coverage")
    public org.custos.audits.control.AuditCoverage.Coverage coverage(@jakarta.ws.rs.QueryParam("year") Integer year,
            @jakarta.ws.rs.QueryParam("cycle") Integer cycle) {
        int years = cycle == null ? 3 : cycle;
        if (years < 1 || years > 10) {
            throw new ValidationException("api.audit.invalid");
        }
        return audits.coverage(year == null ? LocalDate.now().getYear() : year, years);
    }

    @GET
    @Path("findings")
    public List<FindingJson> findings() {
        return audits.findings().stream().map(AuditsResource::json).toList();
    }

    // ---------------------------------------------------------------- mapping

    static AuditJson json(AuditProgrammeService.AuditView v) {
        return json(v.audit(), v.items().stream().map(i -> new ItemJson(i.item().getId(), i.item().getRequirementId(),
                i.refId(), i.titleEn(), i.item().getResult().name(), i.item().getNote(), i.item().getCheckedBy(),
                i.item().getVersion())).toList(), v.findings().stream().map(AuditsResource::json).toList());
    }

    static AuditJson json(Audit a, List<ItemJson> items, List<FindingJson> findings) {
        return new AuditJson(a.getId(), a.getCode(), a.getTitle(), a.getKind().name(), a.getProgrammeYear(), a.getStandardId(),
                a.getBody(), a.getLead() == null ? null : a.getLead().getId(), a.getLead() == null ? null : a.getLead().getName(),
                str(a.getPlannedFrom()), str(a.getPlannedTo()), str(a.getPerformedOn()), a.getStatus().name(),
                a.getConclusion(), List.copyOf(a.getTeamIds()), List.copyOf(a.getUnitIds()), items, findings, a.getVersion());
    }

    static FindingJson json(Finding f) {
        return new FindingJson(f.getId(), f.getAuditId(), f.getCode(), f.getKind().name(), f.getStatement(),
                List.copyOf(f.getRequirementIds()), List.copyOf(f.getEvidenceIds()), f.getRecordedBy(),
                f.getRecordedAt().toString());
    }

    private static AuditProgrammeService.AuditInput input(AuditRequest b) {
        if (b == null) {
            throw new ValidationException("api.audit.invalid");
        }
        return new AuditProgrammeService.AuditInput(b.code(), b.title(),
                b.kind() == null || b.kind().isBlank() ? null : parse(Audit.Kind.class, b.kind()), b.year(), b.standardId(),
                b.body(), b.leadId(), date(b.plannedFrom()), date(b.plannedTo()), ids(b.teamIds()), ids(b.unitIds()),
                ids(b.requirementIds()));
    }

    private static Set<Long> ids(List<Long> ids) {
        return ApiValues.ids(ids);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String value) {
        return ApiValues.date(value, "api.audit.invalid");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return ApiValues.enumValue(type, value, "api.audit.invalid");
    }
}
