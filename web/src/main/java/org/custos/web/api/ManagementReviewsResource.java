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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.platform.error.ValidationException;
import org.custos.reviews.boundary.ManagementReviewService;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;
import org.custos.web.reviews.ReviewLabels;
import org.custos.web.reviews.ReviewPdf;

/**
 * Management reviews (9.3) with exactly the UI's rules: inputs compiled from Custos' data, decisions tracked
 * until done, approval by top management other than the author. Facts read in {@code lang} (en, de).
 */
@Path("management-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ManagementReviewsResource {

    @Inject
    ManagementReviewService reviews;

    public record InputJson(String input, List<String> facts, String comment) {
    }

    public record DecisionJson(long id, String decision, Long ownerId, String owner, String dueOn, String status, String doneBy,
            long version) {
    }

    public record ReviewJson(long id, String code, String title, String heldOn, String periodFrom, String status, String minutes,
            String compiledAt, String approvedBy, String approvedAt, String createdBy, List<InputJson> inputs,
            List<DecisionJson> decisions, long version) {
    }

    public record ReviewRequest(String code, String title, String heldOn, String periodFrom, String minutes,
            Map<String, String> comments, Long version) {
    }

    public record DecisionRequest(String decision, Long ownerId, String dueOn) {
    }

    public record VersionRequest(Long version) {
    }

    @GET
    public List<ReviewJson> list() {
        return reviews.reviews().stream().map(r -> json(r, List.of(), List.of())).toList();
    }

    @GET
    @Path("{id}")
    public ReviewJson review(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return json(reviews.review(id), locale(lang));
    }

    /** Drafts a review; its inputs are compiled at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ReviewRequest body, @QueryParam("lang") String lang) {
        if (body == null) {
            throw new ValidationException("api.review.invalid");
        }
        ManagementReview r = reviews.create(body.code(), body.title(), date(body.heldOn()), date(body.periodFrom()));
        return Response.status(Response.Status.CREATED).entity(json(reviews.review(r.getId()), locale(lang))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson update(@PathParam("id") long id, ReviewRequest body, @QueryParam("lang") String lang) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.review.invalid");
        }
        Map<ReviewInput.Key, String> comments = new EnumMap<>(ReviewInput.Key.class);
        if (body.comments() != null) {
            body.comments().forEach((k, v) -> comments.put(parse(ReviewInput.Key.class, k), v));
        }
        reviews.save(id, body.version(), body.title(), date(body.heldOn()), date(body.periodFrom()), body.minutes(), comments);
        return json(reviews.review(id), locale(lang));
    }

    @POST
    @Path("{id}/compile")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson compile(@PathParam("id") long id, VersionRequest body, @QueryParam("lang") String lang) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.review.invalid");
        }
        reviews.recompile(id, body.version());
        return json(reviews.review(id), locale(lang));
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDecision(@PathParam("id") long id, DecisionRequest body) {
        if (body == null) {
            throw new ValidationException("api.review.invalid");
        }
        ReviewDecision d = reviews.addDecision(id, body.decision(), body.ownerId(), date(body.dueOn()));
        return Response.status(Response.Status.CREATED).entity(json(d)).build();
    }

    @POST
    @Path("decisions/{decisionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public DecisionJson done(@PathParam("decisionId") long decisionId, VersionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.review.invalid");
        }
        return json(reviews.decisionDone(decisionId, body.version()));
    }

    /** Approval by top management, never by the one who drew the review up. */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson approve(@PathParam("id") long id, VersionRequest body, @QueryParam("lang") String lang) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.review.invalid");
        }
        reviews.approve(id, body.version());
        return json(reviews.review(id), locale(lang));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        ManagementReviewService.ReviewView v = reviews.review(id);
        return Response.ok(new ReviewPdf().write(v, locale(lang)))
                .header("Content-Disposition", "attachment; filename=\"" + v.review().getCode().replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".pdf\"").build();
    }

    // ---------------------------------------------------------------- mapping

    private static ReviewJson json(ManagementReviewService.ReviewView v, Locale locale) {
        return json(v.review(), v.inputs().stream().map(i -> new InputJson(i.getInputKey().name(),
                i.factList().stream().map(f -> ReviewLabels.fact(f, locale)).toList(), i.getComment())).toList(),
                v.decisions().stream().map(ManagementReviewsResource::json).toList());
    }

    private static ReviewJson json(ManagementReview r, List<InputJson> inputs, List<DecisionJson> decisions) {
        return new ReviewJson(r.getId(), r.getCode(), r.getTitle(), r.getHeldOn().toString(), r.getPeriodFrom().toString(),
                r.getStatus().name(), r.getMinutes(), r.getCompiledAt() == null ? null : r.getCompiledAt().toString(),
                r.getApprovedBy(), r.getApprovedAt() == null ? null : r.getApprovedAt().toString(), r.getCreatedBy(), inputs,
                decisions, r.getVersion());
    }

    private static DecisionJson json(ReviewDecision d) {
        return new DecisionJson(d.getId(), d.getDecision(), d.getOwner() == null ? null : d.getOwner().getId(),
                d.getOwner() == null ? null : d.getOwner().getName(), d.getDueOn() == null ? null : d.getDueOn().toString(),
                d.getStatus().name(), d.getDoneBy(), d.getVersion());
    }

    private static Locale locale(String lang) {
        return "de".equalsIgnoreCase(lang) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static LocalDate date(String value) {
        return ApiValues.date(value, "api.review.invalid");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return ApiValues.enumValue(type, value, "api.review.invalid");
    }
}
