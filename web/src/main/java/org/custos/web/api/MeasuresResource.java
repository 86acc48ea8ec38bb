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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;
import org.custos.platform.error.ValidationException;

/**
 * Measures and evidence for integrations. Evidence is listed as metadata; the file itself comes from
 * {@code /evidence/{id}/file}, behind the same permission and scope checks as the UI.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class MeasuresResource {

    @Inject
    MeasureService measures;

    public record MeasureJson(long id, String code, String title, String description, Long ownerId, String owner,
            String status, String dueOn, boolean overdue, List<Long> requirementIds, List<Long> documentIds, long version) {
    }

    public record EvidenceJson(long id, long measureId, String measure, String title, String kind, String url,
            String fileName, String contentType, Long sizeBytes, String sha256, String scan, String validFrom,
            String validUntil, boolean valid, String addedBy, String addedAt, long version) {
    }

    /** Body of POST /measures (and of POST /measures/{id} with the version last read). */
    public record MeasureRequest(Long version, String code, String title, String description, Long ownerId, String status,
            String dueOn, List<Long> requirementIds, List<Long> documentIds) {
    }

    /** Body of POST /measures/{id}/evidence: a link with its validity. */
    public record LinkRequest(String title, String url, String validFrom, String validUntil) {
    }

    @GET
    @Path("measures")
    public List<MeasureJson> list(@QueryParam("status") String status, @QueryParam("ownerId") Long ownerId,
            @QueryParam("requirementId") Long requirementId, @QueryParam("overdue") Boolean overdue) {
        return measures.measures(new MeasureService.Filter(status(status, true), ownerId, requirementId, overdue)).stream()
                .map(MeasuresResource::json).toList();
    }

    @GET
    @Path("measures/{id}")
    public MeasureJson measure(@PathParam("id") long id) {
        return json(measures.measure(id));
    }

    @POST
    @Path("measures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MeasureRequest body) {
        return Response.status(Response.Status.CREATED).entity(json(measures.save(null, 0, input(body)))).build();
    }

    @POST
    @Path("measures/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeasureJson update(@PathParam("id") long id, MeasureRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.measure.invalid");
        }
        return json(measures.save(id, body.version(), input(body)));
    }

    @GET
    @Path("measures/{id}/evidence")
    public List<EvidenceJson> evidenceOf(@PathParam("id") long id) {
        return measures.evidence(id).stream().map(MeasuresResource::json).toList();
    }

    @POST
    @Path("measures/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLink(@PathParam("id") long id, LinkRequest body) {
        if (body == null) {
            throw new ValidationException("api.measure.invalid");
        }
        Evidence e = measures.addLink(id, body.title(), body.url(), date(body.validFrom()), date(body.validUntil()));
        return Response.status(Response.Status.CREATED).entity(json(e)).build();
    }

    /** All evidence in scope; {@code expiringWithinDays} lists only expired and soon expiring evidence. */
    @GET
    @Path("evidence")
    public List<EvidenceJson> evidence(@QueryParam("expiringWithinDays") Integer days) {
        List<Evidence> list = days == null ? measures.allEvidence()
                : measures.expiring(LocalDate.now(), Math.max(0, Math.min(days, 3650)));
        return list.stream().map(MeasuresResource::json).toList();
    }

    @GET
    @Path("evidence/{id}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response file(@PathParam("id") long id) {
        MeasureService.EvidenceDownload file = measures.evidenceFile(id);
        return Response.ok(file.data(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replaceAll("[^\\w.-]", "_") + "\"")
                .header("X-Content-SHA256", file.sha256()).build();
    }

    private static MeasureService.MeasureInput input(MeasureRequest b) {
        if (b == null) {
            throw new ValidationException("api.measure.invalid");
        }
        return new MeasureService.MeasureInput(b.code(), b.title(), b.description(), b.ownerId(), status(b.status(), false),
                date(b.dueOn()), b.requirementIds() == null ? Set.of() : Set.copyOf(b.requirementIds()),
                b.documentIds() == null ? Set.of() : Set.copyOf(b.documentIds()));
    }

    private static Measure.Status status(String s, boolean optional) {
        if (s == null || s.isBlank()) {
            if (optional) {
                return null;
            }
            throw new ValidationException("measure.status.required");
        }
        try {
            return Measure.Status.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.measure.invalid");
        }
    }

    private static LocalDate date(String value) {
        return ApiValues.date(value, "api.measure.invalid");
    }

    static MeasureJson json(Measure m) {
        return new MeasureJson(m.getId(), m.getCode(), m.getTitle(), m.getDescription(),
                m.getOwner() == null ? null : m.getOwner().getId(), m.getOwner() == null ? null : m.getOwner().getName(),
                m.getStatus().name(), m.getDueOn() == null ? null : m.getDueOn().toString(), m.overdue(LocalDate.now()),
                List.copyOf(m.getRequirementIds()), List.copyOf(m.getDocumentIds()), m.getVersion());
    }

    static EvidenceJson json(Evidence e) {
        return new EvidenceJson(e.getId(), e.getMeasure().getId(), e.getMeasure().getCode(), e.getTitle(), e.getKind().name(),
                e.getUrl(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getScanResult().name(),
                e.getValidFrom().toString(), e.getValidUntil() == null ? null : e.getValidUntil().toString(),
                e.valid(LocalDate.now()), e.getAddedBy(), e.getAddedAt().toString(), e.getVersion());
    }
}
