package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.platform.error.ValidationException;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.SoaService;
import org.custos.readiness.control.Reason;
import org.custos.readiness.entity.SoaVersion;

/**
 * Certification readiness and the Statement of Applicability for integrations, with exactly the UI's
 * rules (the boundaries check permissions, scope and four eyes).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    @Inject
    ReadinessService readiness;

    @Inject
    SoaService soa;

    public record ReasonJson(String kind, String contributes, Long subjectId, String subject, String detail,
            List<String> relationships, int validEvidence, int expiredEvidence, String state) {
    }

    public record RequirementJson(long requirementId, String refId, String title, String titleDe, String status,
            List<ReasonJson> reasons) {
    }

    public record StandardJson(ReadinessService.StandardScore score, List<RequirementJson> requirements) {
    }

    public record Overview(List<ReadinessService.StandardScore> standards, List<ReadinessService.Rule> iso27001Rules,
            List<ReadinessService.ProofCycle> proofCycles) {
    }

    public record SoaVersionJson(long id, int number, String status, String createdBy, Instant createdAt, List<String> editors,
            String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt, String contentHash,
            String changeNote, long version) {
    }

    public record SoaEntryJson(long entryId, long version, String control, String title, String titleDe, Boolean applicable,
            String justification, String status, String basis) {
    }

    public record SoaJson(SoaVersionJson current, SoaVersionJson approved, List<SoaVersionJson> versions) {
    }

    /** Body of POST /soa/entries/{id}. */
    public record DecisionRequest(Long version, Boolean applicable, String justification) {
    }

    /** Body of the POST actions on a version: the version last read, and a note or reason where one applies. */
    public record ActionRequest(Long version, String note) {
    }

    @GET
    @Path("readiness")
    public Overview overview() {
        ReadinessService.Overview o = readiness.overview(LocalDate.now());
        return new Overview(o.scores(), o.rules(), o.proofCycles());
    }

    @GET
    @Path("readiness/{standardId}")
    public StandardJson standard(@PathParam("standardId") long standardId, @QueryParam("status") String status) {
        ReadinessService.StandardReadiness r = readiness.readiness(standardId);
        return new StandardJson(r.score(), r.requirements().stream()
                .filter(x -> status == null || x.status().name().equalsIgnoreCase(status.replace('-', '_')))
                .map(x -> new RequirementJson(x.requirementId(), x.refId(), x.titleEn(), x.titleDe(), x.status().name(),
                        x.reasons().stream().map(ReadinessResource::json).toList()))
                .toList());
    }

    @GET
    @Path("readiness/gaps")
    public List<ReadinessService.Gap> gaps(@QueryParam("max") Integer max) {
        return readiness.gaps(max == null ? 20 : Math.max(1, Math.min(max, 1000)));
    }

    @GET
    @Path("soa")
    public SoaJson soa() {
        SoaVersion current = soa.current();
        SoaVersion approved = soa.approved();
        return new SoaJson(current == null ? null : json(current), approved == null ? null : json(approved),
                soa.versions().stream().map(ReadinessResource::json).toList());
    }

    @GET
    @Path("soa/{id}")
    public List<SoaEntryJson> entries(@PathParam("id") long id) {
        return soa.rows(id).stream().map(r -> new SoaEntryJson(r.entryId(), r.entryVersion(), r.refId(), r.titleEn(),
                r.titleDe(), r.applicable(), r.justification(), r.status() == null ? null : r.status().name(), r.basis()))
                .toList();
    }

    @POST
    @Path("soa")
    public Response start() {
        return Response.status(Response.Status.CREATED).entity(json(soa.start())).build();
    }

    @POST
    @Path("soa/entries/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("entryId") long entryId, DecisionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.soa.invalid");
        }
        soa.decide(entryId, body.version(), body.applicable(), body.justification());
        return Response.noContent().build();
    }

    @POST
    @Path("soa/{id}/{action: submit|return|approve}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SoaVersionJson action(@PathParam("id") long id, @PathParam("action") String action, ActionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.soa.invalid");
        }
        SoaVersion v = switch (action) {
            case "submit" -> soa.submit(id, body.version(), body.note());
            case "return" -> soa.returnToDraft(id, body.version(), body.note());
            default -> soa.approve(id, body.version());
        };
        return json(v);
    }

    @GET
    @Path("soa/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        SoaVersion v = soa.version(id);
        String language = lang == null ? "en" : lang;
        return Response.ok(soa.pdf(id, Locale.forLanguageTag(language)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"soa-v" + v.getNumber() + "-" + safe(language) + ".pdf\"")
                .build();
    }

    @GET
    @Path("soa/{id}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String lang) {
        SoaVersion v = soa.version(id);
        String language = lang == null ? "en" : lang;
        return Response.ok(soa.xlsx(id, Locale.forLanguageTag(language)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"soa-v" + v.getNumber() + "-" + safe(language) + ".xlsx\"")
                .build();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z-]", "_");
    }

    static ReasonJson json(Reason r) {
        return new ReasonJson(r.kind().name(), r.status() == null ? null : r.status().name(),
                r.subjectId() == 0 ? null : r.subjectId(), r.subject(), r.detail(),
                r.relationships().stream().map(Enum::name).toList(), r.validEvidence(), r.expiredEvidence(), r.state());
    }

    static SoaVersionJson json(SoaVersion v) {
        return new SoaVersionJson(v.getId(), v.getNumber(), v.getStatus().name(), v.getCreatedBy(), v.getCreatedAt(),
                List.copyOf(v.getEditors()), v.getSubmittedBy(), v.getSubmittedAt(), v.getApprovedBy(), v.getApprovedAt(),
                v.getContentHash(), v.getChangeNote(), v.getVersion());
    }
}
