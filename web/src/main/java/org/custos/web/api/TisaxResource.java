package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.custos.tisax.boundary.TisaxService;
import org.custos.tisax.control.TisaxControl;
import org.custos.tisax.control.TisaxScoring;
import org.custos.tisax.entity.TisaxAssessment;

/** TISAX self-assessments for integrations: list, one assessment with its applicable controls, the XLSX export. */
@Path("tisax")
@Produces(MediaType.APPLICATION_JSON)
public class TisaxResource {

    @Inject
    TisaxService tisax;

    public record AssessmentJson(long id, long standardId, String standard, String title, List<String> labels,
            String requiredLevel, String status, String createdAt, String createdBy, long version) {
    }

    public record ControlJson(long requirementId, String refId, String part, String question, List<String> tiers,
            Integer maturity, Integer result, boolean gap, String justification, List<Long> measureIds, long answerVersion) {
    }

    public record AssessmentDetailJson(AssessmentJson assessment, TisaxScoring.Summary summary, List<ControlJson> controls) {
    }

    @GET
    @Path("assessments")
    public List<AssessmentJson> list() {
        return tisax.assessments().stream().map(TisaxResource::json).toList();
    }

    @GET
    @Path("assessments/{id}")
    public AssessmentDetailJson assessment(@PathParam("id") long id) {
        return new AssessmentDetailJson(json(tisax.assessment(id)), tisax.summary(id),
                tisax.controls(id).stream().map(TisaxResource::json).toList());
    }

    @GET
    @Path("assessments/{id}/xlsx")
    @Produces(TisaxService.XLSX)
    public Response xlsx(@PathParam("id") long id) {
        TisaxService.Export x = tisax.xlsx(id);
        return Response.ok(x.content(), x.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + x.fileName().replaceAll("[^\\w.-]", "_") + "\"")
                .build();
    }

    static AssessmentJson json(TisaxAssessment a) {
        return new AssessmentJson(a.getId(), a.getStandard().getId(), a.getStandard().getName() + " " + a.getStandard().getEdition(),
                a.getTitle(), a.labels().stream().map(Enum::name).toList(), a.requiredLevel().name(), a.getStatus().name(),
                a.getCreatedAt().toString(), a.getCreatedBy(), a.getVersion());
    }

    static ControlJson json(TisaxControl c) {
        return new ControlJson(c.requirementId(), c.refId(), c.part().name(), c.question(),
                c.tiers().stream().sorted().map(Enum::name).toList(), c.maturity(), c.result(), c.gap(), c.justification(),
                c.measureIds().stream().sorted().toList(), c.answerVersion());
    }
}
