package org.custos.standards.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.ConflictException;
import org.custos.platform.security.control.CurrentActor;
import org.custos.standards.entity.MappingSet;
import org.custos.standards.entity.Origin;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.RequirementMapping;
import org.custos.standards.entity.Standard;

/**
 * Stores what the importers read, inside the caller's transaction: a failure anywhere leaves
 * nothing behind. One audit record per stored catalog or mapping set.
 */
@Dependent
public class CatalogStore {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    public Standard store(CatalogDraft draft, Origin origin, Integer bundleRevision, String fileName) {
        if (blank(draft.code()) || blank(draft.name()) || blank(draft.version())) {
            throw new ImportFailure(fileName, "the catalog needs a code, a name and an edition");
        }
        if (draft.code().length() > 60 || draft.version().length() > 40) {
            throw new ImportFailure(fileName, "the code may have 60 and the edition 40 characters at most ('"
                    + draft.code() + "', '" + draft.version() + "')");
        }
        find(draft.code(), draft.version()).ifPresent(existing -> {
            throw new ConflictException("standards.duplicate", existing.label());
        });
        Standard standard = new Standard(draft.code(), draft.version(), cut(draft.name(), 300), cut(draft.publisher(), 300),
                cut(draft.source() != null ? draft.source() : fileName, 1000), draft.licence(), String.join(",", draft.languages()),
                origin, bundleRevision, Instant.now(), actor.name());
        em.persist(standard);
        Map<String, Requirement> byRef = new HashMap<>();
        for (NodeDraft node : draft.nodes()) {
            Requirement parent = null;
            if (node.parentRefId() != null) {
                parent = byRef.get(node.parentRefId());
                if (parent == null) {
                    throw new ImportFailure(fileName + " " + node.refId(), "parent '" + node.parentRefId() + "' is unknown");
                }
            }
            if (node.refId().length() > 100) {
                throw new ImportFailure(fileName + " " + node.refId().substring(0, 40) + "…", "the id is longer than 100 characters");
            }
            if (byRef.containsKey(node.refId())) {
                throw new ImportFailure(fileName + " " + node.refId(), "the id appears twice");
            }
            Requirement requirement = new Requirement(standard, parent, node.refId(), node.assessable(), node.order());
            requirement.describe(node.titleEn(), node.titleDe(), node.descriptionEn(), node.descriptionDe());
            requirement.classify(json(node.attributes()), node.implementationGroups().isEmpty() ? null
                    : String.join(",", node.implementationGroups()));
            em.persist(requirement);
            byRef.put(node.refId(), requirement);
        }
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>(standard.auditState());
        details.put("requirements", draft.nodes().size());
        details.put("assessable", draft.assessableCount());
        details.put("file", fileName);
        audit.event("Standard", standard.getId(), origin == Origin.BUNDLED ? "BUNDLE" : "IMPORT", details);
        return standard;
    }

    /** A stored mapping set and the references that named no requirement of the two standards. */
    public record StoredMappings(MappingSet set, int stored, List<String> unresolved) {
    }

    /**
     * Stores mappings between two stored standards. A mapping whose requirement is not in the
     * stored edition (published mappings often lag their catalogs) is left out and reported; if
     * none resolves, the file does not belong to these standards and nothing is stored.
     */
    public StoredMappings storeMappings(MappingSetDraft draft, Standard source, Standard target, Origin origin,
            String fileName) {
        Lookup sources = new Lookup(index(source), source);
        Lookup targets = new Lookup(index(target), target);
        boolean sourceAnnexA = isAnnexA(draft.sourceRef());
        boolean targetAnnexA = isAnnexA(draft.targetRef());
        String name = blank(draft.name()) ? source.label() + " → " + target.label() : draft.name();
        MappingSet set = new MappingSet(name, source, target, origin,
                draft.provenance() != null ? draft.provenance() : fileName, Instant.now(), actor.name());
        em.persist(set);
        int i = 0;
        int stored = 0;
        List<String> unresolved = new java.util.ArrayList<>();
        for (MappingDraft m : draft.mappings()) {
            String where = fileName + " mapping " + (i++ + 1);
            Requirement from = sources.resolve(m.sourceRefId(), sourceAnnexA);
            Requirement to = targets.resolve(m.targetRefId(), targetAnnexA);
            if (from == null) {
                unresolved.add(where + ": source '" + m.sourceRefId() + "' is not in " + source.label());
            } else if (to == null) {
                unresolved.add(where + ": target '" + m.targetRefId() + "' is not in " + target.label());
            } else {
                em.persist(new RequirementMapping(set, from, to, m.relationship(), m.strength(), m.rationale()));
                stored++;
            }
        }
        if (stored == 0) {
            throw new ImportFailure(fileName, "none of its " + draft.mappings().size() + " mappings names requirements of "
                    + source.label() + " and " + target.label());
        }
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>(set.auditState());
        details.put("mappings", stored);
        details.put("unresolved", unresolved.size());
        audit.event("MappingSet", set.getId(), origin == Origin.BUNDLED ? "BUNDLE" : "IMPORT", details);
        return new StoredMappings(set, stored, unresolved);
    }

    public java.util.Optional<Standard> find(String code, String edition) {
        return em.createNamedQuery("Standard.findByCodeAndEdition", Standard.class)
                .setParameter("code", code).setParameter("edition", edition)
                .getResultStream().findFirst();
    }

    /**
     * The stored standard a mapping file names: by code and edition when given, else by the file
     * it was imported from, else ISO 27001 (newest edition) for references that name it.
     */
    public java.util.Optional<Standard> standardFor(String code, String edition, String ref) {
        if (code != null && edition != null) {
            return find(code, edition);
        }
        if (ref == null || ref.isBlank()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Standard> bySource = em.createQuery("SELECT s FROM Standard s WHERE s.source = :ref", Standard.class)
                .setParameter("ref", ref.strip()).getResultStream().findFirst();
        if (bySource.isPresent()) {
            return bySource;
        }
        String compact = ref.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        int at = compact.indexOf("iso27001");
        if (at >= 0) {
            List<Standard> iso = em.createNamedQuery("Standard.findByCode", Standard.class)
                    .setParameter("code", "ISO27001").getResultList();
            // "iso27001-2013" names that edition; a bare "ISO 27001" the newest present
            java.util.regex.Matcher year = java.util.regex.Pattern.compile("^(?:iec)?((?:19|20)\\d\\d)")
                    .matcher(compact.substring(at + "iso27001".length()));
            if (year.find()) {
                return iso.stream().filter(s -> s.getEdition().startsWith(year.group(1))).findFirst();
            }
            return iso.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(iso.get(iso.size() - 1));
        }
        return java.util.Optional.empty();
    }

    public Map<String, Requirement> index(Standard standard) {
        List<Requirement> all = em.createNamedQuery("Requirement.ofStandard", Requirement.class)
                .setParameter("standard", standard.getId()).getResultList();
        Map<String, Requirement> byRef = new HashMap<>();
        all.forEach(r -> byRef.put(r.getRefId(), r));
        return byRef;
    }

    /**
     * Finds a stored standard's requirements by the ids mapping files use: the exact refId; for
     * ISO 27001, Annex A ids with or without "A."; for others, the id in any letter case, or the
     * refId that the node's CISO Assistant URN gives (when its ref_id differs from the URN).
     */
    static final class Lookup {
        private final Map<String, Requirement> exact;
        private final Map<String, Requirement> other = new HashMap<>();

        Lookup(Map<String, Requirement> exact, Standard standard) {
            this.exact = exact;
            if (!"ISO27001".equals(standard.getCode())) {
                for (Requirement r : exact.values()) {
                    other.putIfAbsent(r.getRefId().toLowerCase(Locale.ROOT), r);
                    String urn = urn(r.getAttributes());
                    if (urn != null && standard.getSource() != null) {
                        other.putIfAbsent(CisoAssistantParser.refIdFromUrn(urn, standard.getSource())
                                .toLowerCase(Locale.ROOT), r);
                    }
                }
            }
        }

        // Annex-A-only catalogs (as in BSI's mapping) number controls "5.1"; ISO 27001 holds them as "A.5.1".
        Requirement resolve(String refId, boolean annexA) {
            if (refId == null) {
                return null;
            }
            String id = refId.strip();
            if (annexA && !id.startsWith("A.") && exact.containsKey("A." + id)) {
                return exact.get("A." + id);
            }
            Requirement found = exact.get(id);
            if (found != null) {
                return found;
            }
            if (id.matches("(?i)a\\.?\\d+\\.\\d+")) {
                return exact.get("A." + id.replaceFirst("(?i)a\\.?", ""));
            }
            return other.get(id.toLowerCase(Locale.ROOT));
        }

        private static String urn(String attributesJson) {
            if (attributesJson == null || !attributesJson.contains("\"urn\"")) {
                return null;
            }
            try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(attributesJson))) {
                return reader.readObject().getString("urn", null);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    static boolean isAnnexA(String ref) {
        return ref != null && ref.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").contains("annexa");
    }

    static String json(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        attributes.forEach(b::add);
        return b.build().toString();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
