package org.custos.standards.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Like;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.standards.control.CatalogDraft;
import org.custos.standards.control.CatalogStore;
import org.custos.standards.control.CisoAssistantParser;
import org.custos.standards.control.CisoLibrary;
import org.custos.standards.control.ImportFailure;
import org.custos.standards.control.IsaImport;
import org.custos.standards.control.IsaWorkbookParser;
import org.custos.standards.control.MappingSetDraft;
import org.custos.standards.control.OscalMappingParser;
import org.custos.standards.control.OscalCatalogParser;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.control.TemplateWriter;
import org.custos.standards.control.TemplateTable;
import org.custos.standards.control.OscalCatalogWriter;
import org.custos.standards.control.OscalMappingWriter;
import org.custos.standards.control.TemplateMappingParser;
import org.custos.standards.control.Relationship;
import org.custos.standards.entity.MappingSet;
import org.custos.standards.entity.Origin;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.RequirementMapping;
import org.custos.standards.entity.Standard;

/** Standards, their requirement trees and mappings; imports of catalog files. */
@Stateless
public class StandardsService {

    public static final String READ = "standards:read";
    public static final String IMPORT = "standards:import";
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    private static final int MAX_WARNINGS = 50;

    /** The file formats Custos reads. */
    public enum ImportType {
        AUTO, OSCAL_CATALOG, OSCAL_MAPPING, VDA_ISA_XLSX, CISO_ASSISTANT_YAML, CATALOG_TEMPLATE, MAPPING_TEMPLATE;

        /** The type a file most likely has, from its name and first bytes. */
        static ImportType detect(String fileName, byte[] content) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CATALOG_TEMPLATE;
            }
            String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
            if (name.endsWith(".json") && head.contains("\"mapping-collection\"")) {
                return OSCAL_MAPPING;
            }
            if (name.endsWith(".json") && head.contains("\"catalog\"")) {
                return OSCAL_CATALOG;
            }
            if (name.endsWith(".xlsx")) {
                return TemplateTable.hasHeader(content, fileName, TemplateCatalogParser.COLUMNS.get(0))
                        ? CATALOG_TEMPLATE : VDA_ISA_XLSX;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return CISO_ASSISTANT_YAML;
            }
            return AUTO;
        }
    }

    /** The file formats Custos writes standards and mapping sets in. */
    public enum ExportFormat {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        OSCAL("application/json", "json");

        private final String contentType;
        private final String extension;

        ExportFormat(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        TemplateWriter.Format template() {
            if (this == OSCAL) {
                throw new IllegalArgumentException("OSCAL is not a template format");
            }
            return this == XLSX ? TemplateWriter.Format.XLSX : TemplateWriter.Format.CSV;
        }
    }

    /** A file to hand to the user: name, content type and bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    CatalogStore store;

    @Inject
    AccessScope scope;

    @RequiresPermission(READ)
    public List<StandardSummary> list() {
        List<Standard> standards = em.createNamedQuery("Standard.findAll", Standard.class).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.standard.id, COUNT(r), SUM(CASE WHEN r.assessable = TRUE THEN 1 ELSE 0 END) "
                + "FROM Requirement r GROUP BY r.standard.id", Object[].class).getResultList()) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<StandardSummary> result = new ArrayList<>();
        AccessScope.Scope visible = scope.current();
        for (Standard s : standards) {
            if (!visible.standard(s.getId())) {
                continue;
            }
            long[] c = counts.getOrDefault(s.getId(), new long[2]);
            result.add(new StandardSummary(s, c[0], c[1]));
        }
        return result;
    }

    @RequiresPermission(READ)
    public Standard standard(long id) {
        Standard s = em.find(Standard.class, id);
        if (s == null) {
            throw new NotFoundException("Standard", id);
        }
        scope.requireStandard(id);
        return s;
    }

    /** The whole tree, parents before children (one query; 900+ nodes are a few hundred KB). */
    @RequiresPermission(READ)
    public List<Requirement> requirements(long standardId) {
        scope.requireStandard(standardId);
        return em.createNamedQuery("Requirement.ofStandard", Requirement.class)
                .setParameter("standard", standardId).getResultList();
    }

    @RequiresPermission(READ)
    public List<Requirement> search(long standardId, String text, int max) {
        scope.requireStandard(standardId);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery("Requirement.search", Requirement.class)
                .setParameter("standard", standardId).setParameter("q", Like.containing(text))
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    @RequiresPermission(READ)
    public Requirement requirement(long id) {
        Requirement r = em.find(Requirement.class, id);
        if (r == null) {
            throw new NotFoundException("Requirement", id);
        }
        scope.requireStandard(r.getStandard().getId());
        return r;
    }

    /**
     * Those of the requirements that exist and lie in the caller's scope, in one query (a page showing
     * what a measure or document addresses); the others are left out, not refused.
     */
    @RequiresPermission(READ)
    public List<Requirement> requirementsById(java.util.Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        AccessScope.Scope visible = scope.current();
        return em.createQuery("SELECT r FROM Requirement r JOIN FETCH r.standard WHERE r.id IN :ids", Requirement.class)
                .setParameter("ids", ids).getResultStream().filter(r -> visible.standard(r.getStandard().getId())).toList();
    }

    /** Mappings from and to this requirement, in every mapping set. */
    @RequiresPermission(READ)
    public List<RequirementMapping> mappingsOf(long requirementId) {
        requirement(requirementId);
        return touching(requirementId, scope.current());
    }

    /** Mappings of a requirement between standards the scope covers (the requirement itself already checked). */
    private List<RequirementMapping> touching(long requirementId, AccessScope.Scope visible) {
        return em.createNamedQuery("RequirementMapping.touching", RequirementMapping.class)
                .setParameter("requirement", requirementId).getResultStream()
                .filter(m -> visible.standard(m.getSource().getStandard().getId())
                        && visible.standard(m.getTarget().getStandard().getId())).toList();
    }

    /** The standard in the template (CSV or XLSX) or as OSCAL catalog; importing it (with another code or edition) gives the same tree. */
    @RequiresPermission(READ)
    public Download export(long standardId, ExportFormat format) {
        Standard standard = standard(standardId);
        List<Requirement> requirements = requirements(standardId);
        byte[] content = format == ExportFormat.OSCAL ? new OscalCatalogWriter().write(standard, requirements)
                : new TemplateWriter().catalog(requirements, format.template());
        return new Download(fileName(standard.getCode() + "-" + standard.getEdition(), format), format.contentType(), content);
    }

    @RequiresPermission(READ)
    public MappingSet mappingSet(long id) {
        MappingSet set = em.find(MappingSet.class, id);
        if (set == null) {
            throw new NotFoundException("MappingSet", id);
        }
        scope.requireStandard(set.getSource().getId());
        scope.requireStandard(set.getTarget().getId());
        return set;
    }

    /** A mapping set in the mapping template (CSV or XLSX) or as OSCAL mapping collection. */
    @RequiresPermission(READ)
    public Download exportMappingSet(long setId, ExportFormat format) {
        MappingSet set = mappingSet(setId);
        List<RequirementMapping> mappings = em.createNamedQuery("RequirementMapping.ofSet", RequirementMapping.class)
                .setParameter("set", setId).getResultList();
        byte[] content = format == ExportFormat.OSCAL ? new OscalMappingWriter().write(set, mappings)
                : new TemplateWriter().mappings(mappings, format.template());
        return new Download(fileName(set.getSource().getCode() + "-to-" + set.getTarget().getCode() + "-mappings", format),
                format.contentType(), content);
    }

    /** The empty template (header row only) to fill in: for a catalog, or for mappings. */
    @RequiresPermission(READ)
    public Download template(boolean mappings, ExportFormat format) {
        TemplateWriter writer = new TemplateWriter();
        byte[] content = mappings ? writer.mappings(List.of(), format.template()) : writer.catalog(List.of(), format.template());
        return new Download(fileName(mappings ? "custos-mapping-template" : "custos-catalog-template", format),
                format.contentType(), content);
    }

    private static String fileName(String base, ExportFormat format) {
        return base.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + format.extension();
    }

    /**
     * Every requirement of another standard this one reaches: by a direct mapping, or by a mapping
     * to ISO 27001 followed by a mapping from there (A → ISO 27001 → B), with the path shown.
     */
    @RequiresPermission(READ)
    public List<MappingPath> paths(long requirementId) {
        Requirement start = requirement(requirementId);
        // one scope for the whole walk: hops only reach standards it covers
        AccessScope.Scope visible = scope.current();
        List<MappingPath> paths = new ArrayList<>();
        java.util.Set<Long> reachedDirectly = new java.util.HashSet<>();
        List<Hop> firstHops = hops(start, visible);
        for (Hop first : firstHops) {
            paths.add(new MappingPath(List.of(start, first.to()), List.of(first.relationship()),
                    first.relationship().coverage()));
            reachedDirectly.add(first.to().getId());
        }
        for (Hop first : firstHops) {
            if (!"ISO27001".equals(first.to().getStandard().getCode())
                    || "ISO27001".equals(start.getStandard().getCode())) {
                continue;
            }
            for (Hop second : hops(first.to(), visible)) {
                Requirement end = second.to();
                if (end.getId().equals(start.getId()) || reachedDirectly.contains(end.getId())
                        || end.getStandard().getId().equals(start.getStandard().getId())) {
                    continue;
                }
                paths.add(new MappingPath(List.of(start, first.to(), end),
                        List.of(first.relationship(), second.relationship()),
                        Relationship.weakest(first.relationship().coverage(), second.relationship().coverage())));
            }
        }
        return paths;
    }

    private record Hop(Requirement to, Relationship relationship) {
    }

    private List<Hop> hops(Requirement from, AccessScope.Scope visible) {
        List<Hop> hops = new ArrayList<>();
        for (RequirementMapping m : touching(from.getId(), visible)) {
            if (m.getSource().getId().equals(from.getId())) {
                hops.add(new Hop(m.getTarget(), m.getRelationship()));
            } else {
                hops.add(new Hop(m.getSource(), m.getRelationship().inverse()));
            }
        }
        return hops;
    }

    /** Every mapping set with its coverage of the source standard's assessable requirements. */
    @RequiresPermission(READ)
    public List<MappingSetSummary> mappingSets() {
        List<MappingSetSummary> result = new ArrayList<>();
        AccessScope.Scope visible = scope.current();
        for (MappingSet set : em.createNamedQuery("MappingSet.findAll", MappingSet.class).getResultList()) {
            if (!visible.standard(set.getSource().getId()) || !visible.standard(set.getTarget().getId())) {
                continue;
            }
            Map<Long, Relationship.Coverage> best = new HashMap<>();
            long count = 0;
            for (Object[] row : em.createQuery("SELECT m.source.id, m.relationship FROM RequirementMapping m "
                    + "WHERE m.mappingSet.id = :set", Object[].class).setParameter("set", set.getId()).getResultList()) {
                count++;
                // A source requirement counts with its strongest mapping (FULL before PARTIAL before NONE).
                best.merge((Long) row[0], ((Relationship) row[1]).coverage(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
            long assessable = em.createNamedQuery("Requirement.countAssessable", Long.class)
                    .setParameter("standard", set.getSource().getId()).getSingleResult();
            long full = best.values().stream().filter(c -> c == Relationship.Coverage.FULL).count();
            long partial = best.values().stream().filter(c -> c == Relationship.Coverage.PARTIAL).count();
            result.add(new MappingSetSummary(set, count, assessable, full, partial, Math.max(0, assessable - full - partial)));
        }
        return result;
    }

    /** Imports one file, all or nothing; a second import of the same standard edition is refused. */
    @RequiresPermission(IMPORT)
    public ImportReport importFile(String fileName, byte[] content, ImportType type, TemplateCatalogParser.Meta meta) {
        long start = System.currentTimeMillis();
        String name = checkUpload(fileName, content);
        ImportType actual = type == null || type == ImportType.AUTO ? ImportType.detect(name, content) : type;
        List<CatalogDraft> drafts;
        List<MappingSetDraft> mappingDrafts = List.of();
        List<String> warnings = new ArrayList<>();
        switch (actual) {
            case CATALOG_TEMPLATE:
                if (meta == null || blank(meta.code()) || blank(meta.name()) || blank(meta.edition())) {
                    throw new ValidationException("import.metaMissing");
                }
                drafts = List.of(new TemplateCatalogParser().parse(new ByteArrayInputStream(content), name, meta));
                break;
            case OSCAL_CATALOG:
                drafts = List.of(new OscalCatalogParser().parse(new ByteArrayInputStream(content), name,
                        meta == null || blank(meta.code()) ? null : meta.code().strip()));
                break;
            case VDA_ISA_XLSX:
                IsaImport isa = new IsaWorkbookParser().parse(new ByteArrayInputStream(content), name);
                drafts = List.of(isa.catalog());
                mappingDrafts = isa.isoMappings();
                isa.unparsedReferences().forEach(r -> warnings.add("unparsed reference " + r));
                break;
            case OSCAL_MAPPING:
                drafts = List.of();
                mappingDrafts = new OscalMappingParser().parseAll(new ByteArrayInputStream(content), name);
                break;
            case CISO_ASSISTANT_YAML:
                CisoLibrary library = new CisoAssistantParser().parse(new ByteArrayInputStream(content), name);
                drafts = library.frameworks();
                mappingDrafts = library.mappingSets();
                break;
            case MAPPING_TEMPLATE:
                throw new ValidationException("import.mappingNeedsStandards");
            default:
                throw new ValidationException("import.typeUnknown", name);
        }
        List<String> stored = new ArrayList<>();
        long nodes = 0;
        for (CatalogDraft draft : drafts) {
            stored.add(store.store(draft, Origin.IMPORTED, null, name).label());
            warnings.addAll(draft.warnings());
            nodes += draft.nodes().size();
        }
        List<String> sets = new ArrayList<>();
        long mappings = 0;
        for (MappingSetDraft draft : mappingDrafts) {
            warnings.addAll(draft.warnings());
            Standard source = store.standardFor(draft.sourceCode(), draft.sourceVersion(), draft.sourceRef()).orElse(null);
            Standard target = store.standardFor(draft.targetCode(), draft.targetVersion(), draft.targetRef()).orElse(null);
            if (source == null || target == null) {
                String missing = source == null ? describe(draft.sourceCode(), draft.sourceVersion(), draft.sourceRef())
                        : describe(draft.targetCode(), draft.targetVersion(), draft.targetRef());
                if (drafts.isEmpty()) {
                    // a file of mappings only is useless without its catalogs
                    throw new ImportFailure(name, "the catalog " + missing + " is not present; import it first");
                }
                warnings.add(draft.mappings().size() + " mappings to " + missing + " left out: that standard is not present");
                continue;
            }
            CatalogStore.StoredMappings result = store.storeMappings(draft, source, target, Origin.IMPORTED, name);
            sets.add(result.set().getName());
            mappings += result.stored();
            result.unresolved().stream().limit(MAX_WARNINGS).forEach(warnings::add);
            if (result.unresolved().size() > MAX_WARNINGS) {
                warnings.add("… " + (result.unresolved().size() - MAX_WARNINGS) + " more unresolved references");
            }
        }
        return new ImportReport(name, actual.name(), stored, sets, nodes, mappings, warnings,
                System.currentTimeMillis() - start);
    }

    /**
     * Imports mappings in the template (CSV or XLSX) between two standards already present. The file is the
     * organisation's own, so every row must resolve: the first that does not fails the import.
     */
    @RequiresPermission(IMPORT)
    public ImportReport importMappingTemplate(String fileName, byte[] content, long sourceStandardId, long targetStandardId) {
        long start = System.currentTimeMillis();
        String name = checkUpload(fileName, content);
        Standard source = standard(sourceStandardId);
        Standard target = standard(targetStandardId);
        MappingSetDraft draft = new TemplateMappingParser().parse(new ByteArrayInputStream(content), name,
                source.label() + " → " + target.label(), source.getCode(), source.getEdition(), target.getCode(),
                target.getEdition());
        CatalogStore.StoredMappings result = store.storeMappings(draft, source, target, Origin.IMPORTED, name);
        if (!result.unresolved().isEmpty()) {
            String first = result.unresolved().get(0);
            int colon = first.indexOf(": ");
            throw new ImportFailure(colon > 0 ? first.substring(0, colon) : name,
                    colon > 0 ? first.substring(colon + 2) : first);
        }
        return new ImportReport(name, ImportType.MAPPING_TEMPLATE.name(), List.of(),
                List.of(result.set().getName()), 0, result.stored(), List.of(), System.currentTimeMillis() - start);
    }

    /** The upload's name; refuses empty and oversized files. */
    private static String checkUpload(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationException("import.empty");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new ValidationException("import.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        return fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    }

    private static String describe(String code, String version, String ref) {
        return code != null ? code + " " + version : ref;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
