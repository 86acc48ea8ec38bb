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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.boundary.DocumentService.Node;
import org.custos.documents.control.VersionDiff;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.documents.entity.DocumentVersion;
import org.custos.platform.error.ValidationException;

/**
 * Controlled documents for integrations: the register with filters, versions, the hierarchy, and the
 * lifecycle transitions as POST actions. Every rule (four-eyes, hierarchy, immutability) is the
 * boundary's, so the API cannot do what the UI may not.
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    DocumentService documents;

    public record DocumentJson(long id, String type, String code, String title, Long parentId, String status,
            Integer publishedVersion, Integer workingVersion, Long ownerId, String owner, String responsibleRole,
            int reviewMonths, String nextReviewOn, boolean reviewOverdue, boolean reviewNeeded,
            String reviewNeededCause, String lastReviewOn, long version) {
    }

    public record VersionJson(long id, int number, String status, String title, String content, String changeNote,
            List<Long> requirementIds, String parent, String owner, String responsibleRole, String createdBy,
            Instant createdAt, List<String> editors, String submittedBy, Instant submittedAt, String approvedBy,
            Instant approvedAt, String publishedBy, Instant publishedAt, String retiredBy, Instant retiredAt,
            String contentHash, long version) {
    }

    public record TreeJson(long id, String type, String code, String title, String status, boolean reviewNeeded,
            boolean reviewOverdue, List<TreeJson> children) {
    }

    /** Body of POST /documents: the register entry and the first draft. */
    public record CreateRequest(String type, String code, Long parentId, Long ownerId, Long roleId, Integer reviewMonths,
            String title, String content, String changeNote, List<Long> requirementIds) {
    }

    /** Body of PUT /documents/{id}/versions/{n}: a changed draft; {@code version} is the one last read. */
    public record EditRequest(Long version, String title, String content, String changeNote, List<Long> requirementIds) {
    }

    /** Body of the lifecycle actions; {@code version} as last read (optional), reason for return and withdraw. */
    public record ActionRequest(Long version, String reason, String note) {
    }

    @GET
    public List<DocumentJson> list(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("ownerId") Long ownerId, @QueryParam("reviewDueWithinDays") Integer reviewDueWithinDays) {
        LocalDate due = reviewDueWithinDays == null ? null
                : LocalDate.now().plusDays(Math.max(0, Math.min(reviewDueWithinDays, 3650)));
        return documents.documents(new DocumentService.Filter(parse(DocumentType.class, type),
                parse(DocumentStatus.class, status), ownerId, due)).stream().map(DocumentsResource::json).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateRequest body) {
        if (body == null) {
            throw new ValidationException("api.document.invalid");
        }
        Document d = documents.create(new DocumentService.DocumentInput(parse(DocumentType.class, body.type()),
                body.code(), body.parentId(), body.ownerId(), body.roleId(), body.reviewMonths()),
                new DocumentService.TextInput(body.title(), body.content(), body.changeNote(), ids(body.requirementIds())));
        return Response.status(Response.Status.CREATED).entity(json(d)).build();
    }

    @GET
    @Path("tree")
    public List<TreeJson> tree() {
        List<Node> nodes = documents.tree();
        Map<Long, List<Node>> children = new HashMap<>();
        Set<Long> ids = new java.util.HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        List<Node> roots = new ArrayList<>();
        for (Node n : nodes) {
            if (n.parentId() == null || !ids.contains(n.parentId())) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        return roots.stream().map(n -> tree(n, children)).toList();
    }

    @GET
    @Path("orphans")
    public List<Map<String, Object>> orphans() {
        return documents.orphans().stream().map(o -> Map.<String, Object>of("id", o.document().id(), "code",
                o.document().code(), "type", o.document().type().name(), "reason", o.reason(),
                "parent", o.parentCode() == null ? "" : o.parentCode())).toList();
    }

    /** Requirements of a standard and the documents in force that address them; {@code gapsOnly} for the rest. */
    @GET
    @Path("coverage/{standardId}")
    public Map<String, Object> coverage(@PathParam("standardId") long standardId, @QueryParam("gapsOnly") boolean gapsOnly) {
        DocumentService.Coverage c = documents.coverage(standardId);
        List<DocumentService.CoverageRow> rows = gapsOnly ? c.gaps() : c.rows();
        return Map.of("standardId", standardId, "assessable", c.assessable(), "addressed", c.addressed(), "requirements",
                rows);
    }

    @GET
    @Path("{id}")
    public DocumentJson document(@PathParam("id") long id) {
        return json(documents.document(id));
    }

    @GET
    @Path("{id}/versions")
    public List<VersionJson> versions(@PathParam("id") long id) {
        return documents.versions(id).stream().map(DocumentsResource::json).toList();
    }

    @GET
    @Path("{id}/versions/{number}")
    public VersionJson version(@PathParam("id") long id, @PathParam("number") int number) {
        return json(documents.version(id, number));
    }

    @GET
    @Path("{id}/versions/{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @PathParam("number") int number, @QueryParam("lang") String lang) {
        DocumentVersion v = documents.version(id, number);
        byte[] pdf = documents.pdf(v.getId(), Locale.forLanguageTag(lang == null ? "en" : lang));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + v.getDocument().getCode().replaceAll("[^\\w.-]", "_") + "-v" + number + ".pdf\"")
                .build();
    }

    @GET
    @Path("register.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response register(@QueryParam("lang") String lang) {
        return Response.ok(documents.registerXlsx(Locale.forLanguageTag(lang == null ? "en" : lang)))
                .header("Content-Disposition", "attachment; filename=\"document-register.xlsx\"").build();
    }

    @GET
    @Path("{id}/compare")
    public VersionDiff.Result compare(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return documents.compare(id, from, to);
    }

    @GET
    @Path("{id}/derived")
    public List<Node> derived(@PathParam("id") long id) {
        return documents.derived(id);
    }

    @PUT
    @Path("{id}/versions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionJson edit(@PathParam("id") long id, @PathParam("number") int number, EditRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.document.invalid");
        }
        DocumentVersion v = documents.version(id, number);
        return json(documents.edit(v.getId(), body.version(), new DocumentService.TextInput(body.title(), body.content(),
                body.changeNote(), ids(body.requirementIds()))));
    }

    @POST
    @Path("{id}/new-draft")
    public Response newDraft(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(json(documents.newDraft(id))).build();
    }

    /** Submit, return (with {@code reason}), approve or publish a version: exactly the UI's rules. */
    @POST
    @Path("{id}/versions/{number}/{action: submit|return|approve|publish}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionJson transition(@PathParam("id") long id, @PathParam("number") int number,
            @PathParam("action") String action, ActionRequest body) {
        DocumentVersion v = documents.version(id, number);
        long seen = seen(body, v.getVersion());
        return json(switch (action) {
            case "submit" -> documents.submit(v.getId(), seen);
            case "return" -> documents.returnToDraft(v.getId(), seen, body == null ? null : body.reason());
            case "approve" -> documents.approve(v.getId(), seen);
            default -> documents.publish(v.getId(), seen);
        });
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentJson withdraw(@PathParam("id") long id, ActionRequest body) {
        Document d = documents.document(id);
        return json(documents.withdraw(id, seen(body, d.getVersion()), body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/confirm-review")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentJson confirmReview(@PathParam("id") long id, ActionRequest body) {
        Document d = documents.document(id);
        return json(documents.confirmReview(id, seen(body, d.getVersion()), body == null ? null : body.note()));
    }

    private static long seen(ActionRequest body, long current) {
        return body == null || body.version() == null ? current : body.version();
    }

    private static Set<Long> ids(List<Long> ids) {
        return ApiValues.ids(ids);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return ApiValues.enumValue(type, value, "api.document.invalid");
    }

    private static TreeJson tree(Node n, Map<Long, List<Node>> children) {
        return new TreeJson(n.id(), n.type().name(), n.code(), n.title(), n.status().name(), n.reviewNeeded(),
                n.reviewOverdue(), children.getOrDefault(n.id(), List.of()).stream().map(c -> tree(c, children)).toList());
    }

    static DocumentJson json(Document d) {
        return new DocumentJson(d.getId(), d.getType().name(), d.getCode(), d.getTitle(),
                d.getParent() == null ? null : d.getParent().getId(), d.getStatus().name(), d.getPublishedNumber(),
                d.getWorkingNumber(), d.getOwner() == null ? null : d.getOwner().getId(),
                d.getOwner() == null ? null : d.getOwner().getName(),
                d.getResponsibleRole() == null ? null : d.getResponsibleRole().getCode(), d.getReviewMonths(),
                d.getNextReviewOn() == null ? null : d.getNextReviewOn().toString(), d.isReviewOverdue(), d.isReviewNeeded(),
                d.getReviewNeededCause(), d.getLastReviewOn() == null ? null : d.getLastReviewOn().toString(), d.getVersion());
    }

    static VersionJson json(DocumentVersion v) {
        return new VersionJson(v.getId(), v.getNumber(), v.getStatus().name(), v.getTitle(), v.getContent(),
                v.getChangeNote(), List.copyOf(v.getRequirementIds()), v.getParentCode(), v.getOwnerName(), v.getRoleName(),
                v.getCreatedBy(), v.getCreatedAt(), List.copyOf(v.getEditors()), v.getSubmittedBy(), v.getSubmittedAt(),
                v.getApprovedBy(), v.getApprovedAt(), v.getPublishedBy(), v.getPublishedAt(), v.getRetiredBy(),
                v.getRetiredAt(), v.getContentHash(), v.getVersion());
    }
}
