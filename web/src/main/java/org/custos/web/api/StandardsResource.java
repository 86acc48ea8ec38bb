package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.custos.platform.error.ValidationException;
import org.custos.standards.boundary.ImportReport;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.RequirementMapping;
import org.custos.standards.entity.Standard;

/** Standards, requirement trees, mappings and imports for integrations. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class StandardsResource {

    @Inject
    StandardsService standards;

    public record StandardJson(long id, String code, String edition, String name, String publisher, String origin,
            String licence, long requirements, long assessable) {
    }

    public record RequirementJson(long id, String refId, Long parentId, String titleEn, String titleDe,
            boolean assessable, int depth, String attributes) {

        static RequirementJson of(Requirement r) {
            return new RequirementJson(r.getId(), r.getRefId(), r.getParent() == null ? null : r.getParent().getId(),
                    r.getTitleEn(), r.getTitleDe(), r.isAssessable(), r.getDepth(), r.getAttributes());
        }
    }

    public record StandardTreeJson(StandardJson standard, int offset, int limit, long total, List<RequirementJson> requirements) {
    }

    public record MappingJson(long id, String mappingSet, String relationship, String coverage, Integer strength,
            String rationale, String sourceStandard, String sourceRefId, String targetStandard, String targetRefId) {
    }

    public record MappingSetJson(long id, String name, String source, String target, String origin, String provenance,
            long mappings, long sourceAssessable, long full, long partial, long none) {
    }

    @GET
    @Path("standards")
    public List<StandardJson> list() {
        return standards.list().stream().map(s -> json(s.standard(), s.requirements(), s.assessable())).toList();
    }

    /** A standard with its requirements flat (parents before children, with parent ids), paged. */
    @GET
    @Path("standards/{id}")
    public StandardTreeJson tree(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("1000") int limit) {
        if (offset < 0 || limit < 1 || limit > 5000) {
            throw new ValidationException("api.paging.invalid");
        }
        Standard standard = standards.standard(id);
        List<Requirement> all = standards.requirements(id);
        long assessable = all.stream().filter(Requirement::isAssessable).count();
        List<RequirementJson> page = all.stream().skip(offset).limit(limit).map(RequirementJson::of).toList();
        return new StandardTreeJson(json(standard, all.size(), assessable), offset, limit, all.size(), page);
    }

    /** The standard as a CSV template file, importable again. */
    @GET
    @Path("standards/{id}/export.csv")
    @Produces(MediaType.WILDCARD)
    public jakarta.ws.rs.core.Response exportCsv(@PathParam("id") long id) {
        return file(standards.export(id, StandardsService.ExportFormat.CSV));
    }

    /** The standard as {@code format} csv, xlsx or oscal (JSON catalog), importable again. */
    @GET
    @Path("standards/{id}/export")
    @Produces(MediaType.WILDCARD)
    public jakarta.ws.rs.core.Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        return file(standards.export(id, format(format)));
    }

    /** A mapping set as {@code format} csv, xlsx or oscal (JSON mapping collection). */
    @GET
    @Path("mapping-sets/{id}/export")
    @Produces(MediaType.WILDCARD)
    public jakarta.ws.rs.core.Response exportMappingSet(@PathParam("id") long id, @QueryParam("format") String format) {
        return file(standards.exportMappingSet(id, format(format)));
    }

    /** The empty template, {@code catalog} or {@code mapping}, as csv or xlsx. */
    @GET
    @Path("templates/{kind}")
    @Produces(MediaType.WILDCARD)
    public jakarta.ws.rs.core.Response template(@PathParam("kind") String kind, @QueryParam("format") String format) {
        if (!kind.equals("catalog") && !kind.equals("mapping")) {
            throw new org.custos.platform.error.NotFoundException("Template", kind);
        }
        StandardsService.ExportFormat f = format(format);
        if (f == StandardsService.ExportFormat.OSCAL) {
            throw new ValidationException("api.format.invalid", format);
        }
        return file(standards.template(kind.equals("mapping"), f));
    }

    private static StandardsService.ExportFormat format(String format) {
        if (format == null || format.isBlank()) {
            return StandardsService.ExportFormat.CSV;
        }
        try {
            return StandardsService.ExportFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.format.invalid", format);
        }
    }

    private static jakarta.ws.rs.core.Response file(StandardsService.Download d) {
        return jakarta.ws.rs.core.Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").build();
    }

    @GET
    @Path("requirements/{id}/mappings")
    public List<MappingJson> mappings(@PathParam("id") long id) {
        return standards.mappingsOf(id).stream().map(StandardsResource::json).toList();
    }

    @GET
    @Path("mapping-sets")
    public List<MappingSetJson> mappingSets() {
        return standards.mappingSets().stream().map(m -> new MappingSetJson(m.set().getId(), m.set().getName(),
                m.set().getSource().label(), m.set().getTarget().label(), m.set().getOrigin().name(),
                m.set().getProvenance(), m.mappings(), m.sourceAssessable(), m.full(), m.partial(), m.none())).toList();
    }

    /**
     * Multipart upload: part {@code file}; optional {@code type}; for a catalog CSV {@code code},
     * {@code name}, {@code edition}; for a mapping CSV the standard ids {@code source} and {@code target}.
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportReport importFile(@FormParam("file") EntityPart file, @FormParam("type") String type,
            @FormParam("code") String code, @FormParam("name") String name, @FormParam("edition") String edition,
            @FormParam("publisher") String publisher, @FormParam("licence") String licence,
            @FormParam("source") Long source, @FormParam("target") Long target) throws IOException {
        if (file == null) {
            throw new ValidationException("import.empty");
        }
        StandardsService.ImportType importType;
        try {
            importType = type == null || type.isBlank() ? StandardsService.ImportType.AUTO
                    : StandardsService.ImportType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("import.typeUnknown", type);
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(StandardsService.MAX_UPLOAD_BYTES + 1);
        }
        String fileName = file.getFileName().orElse("upload");
        if (importType == StandardsService.ImportType.MAPPING_TEMPLATE) {
            if (source == null || target == null) {
                throw new ValidationException("import.mappingNeedsStandards");
            }
            return standards.importMappingTemplate(fileName, content, source, target);
        }
        return standards.importFile(fileName, content, importType,
                new TemplateCatalogParser.Meta(code, name, edition, publisher, fileName, licence));
    }

    private static StandardJson json(Standard s, long requirements, long assessable) {
        return new StandardJson(s.getId(), s.getCode(), s.getEdition(), s.getName(), s.getPublisher(),
                s.getOrigin().name(), s.getLicence(), requirements, assessable);
    }

    private static MappingJson json(RequirementMapping m) {
        return new MappingJson(m.getId(), m.getMappingSet().getName(), m.getRelationship().name(),
                m.getRelationship().coverage().name(), m.getStrength(), m.getRationale(),
                m.getSource().getStandard().label(), m.getSource().getRefId(),
                m.getTarget().getStandard().label(), m.getTarget().getRefId());
    }
}
