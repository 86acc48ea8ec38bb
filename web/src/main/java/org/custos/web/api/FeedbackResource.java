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
import java.util.List;
import org.custos.context.boundary.FeedbackService;
import org.custos.context.entity.Feedback;
import org.custos.platform.error.ValidationException;

/** The feedback register of interested parties (ISO 27001 9.3.2 e), with the UI's rules. */
@Path("feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private static final String INVALID = "api.feedback.invalid";

    @Inject
    FeedbackService feedback;

    public record FeedbackJson(long id, long partyId, String party, String receivedOn, String channel, String kind,
            String summary, String details, String response, String status, String answeredBy, String answeredAt,
            String closedBy, String closedAt, String createdBy, String createdAt, long version) {
    }

    public record FeedbackRequest(Long partyId, String receivedOn, String channel, String kind, String summary,
            String details, Long version) {
    }

    public record AnswerRequest(Long version, String response) {
    }

    public record VersionRequest(Long version) {
    }

    /** Filters: {@code partyId}, {@code status} (open, answered, closed), {@code kind}. */
    @GET
    public List<FeedbackJson> list(@QueryParam("partyId") Long partyId, @QueryParam("status") String status,
            @QueryParam("kind") String kind) {
        Feedback.Kind k = ApiValues.enumValue(Feedback.Kind.class, kind, INVALID);
        return feedback.list(partyId, ApiValues.enumValue(Feedback.Status.class, status, INVALID)).stream()
                .filter(f -> k == null || f.getKind() == k).map(FeedbackResource::json).toList();
    }

    @GET
    @Path("{id}")
    public FeedbackJson one(@PathParam("id") long id) {
        return json(feedback.feedback(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(FeedbackRequest body) {
        Feedback f = feedback.save(null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(f)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackJson update(@PathParam("id") long id, FeedbackRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException(INVALID);
        }
        return json(feedback.save(id, body.version(), input(body)));
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackJson answer(@PathParam("id") long id, AnswerRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException(INVALID);
        }
        return json(feedback.answer(id, body.version(), body.response()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackJson close(@PathParam("id") long id, VersionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException(INVALID);
        }
        return json(feedback.close(id, body.version()));
    }

    static FeedbackJson json(Feedback f) {
        return new FeedbackJson(f.getId(), f.getParty().getId(), f.getParty().getName(), f.getReceivedOn().toString(),
                f.getChannel().name(), f.getKind().name(), f.getSummary(), f.getDetails(), f.getResponse(), f.getStatus().name(),
                f.getAnsweredBy(), f.getAnsweredAt() == null ? null : f.getAnsweredAt().toString(), f.getClosedBy(),
                f.getClosedAt() == null ? null : f.getClosedAt().toString(), f.getCreatedBy(), f.getCreatedAt().toString(),
                f.getVersion());
    }

    private static FeedbackService.FeedbackInput input(FeedbackRequest b) {
        if (b == null) {
            throw new ValidationException(INVALID);
        }
        return new FeedbackService.FeedbackInput(b.partyId(), ApiValues.date(b.receivedOn(), INVALID),
                ApiValues.enumValue(Feedback.Channel.class, b.channel(), INVALID),
                ApiValues.enumValue(Feedback.Kind.class, b.kind(), INVALID), b.summary(), b.details());
    }
}
