package org.custos.standards.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.custos.standards.entity.MappingSet;
import org.custos.standards.entity.RequirementMapping;
import org.custos.standards.entity.Standard;

/**
 * Writes a mapping set as an OSCAL 1.2 mapping collection (JSON), one map per mapping. The source
 * and target catalogs carry their Custos code and edition (in the {@link OscalCatalogWriter#NS Custos
 * namespace}) and the strength travels as a prop, so {@link OscalMappingParser} reads it back whole.
 */
public final class OscalMappingWriter {

    static final String OSCAL_VERSION = "1.2.0";

    public byte[] write(MappingSet set, List<RequirementMapping> mappings) {
        JsonObjectBuilder metadata = Json.createObjectBuilder()
                .add("title", set.getName())
                .add("last-modified", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("version", Long.toString(set.getVersion() + 1))
                .add("oscal-version", OSCAL_VERSION);
        JsonObjectBuilder provenance = Json.createObjectBuilder()
                .add("method", "human")
                .add("matching-rationale", "semantic")
                .add("status", "complete");
        if (set.getProvenance() != null && !set.getProvenance().isBlank()) {
            provenance.add("mapping-description", set.getProvenance());
        }
        JsonArrayBuilder maps = Json.createArrayBuilder();
        for (RequirementMapping m : mappings) {
            JsonObjectBuilder map = Json.createObjectBuilder()
                    .add("uuid", UUID.randomUUID().toString())
                    .add("relationship", token(m.getRelationship()))
                    .add("sources", ref(m.getSource().getRefId()))
                    .add("targets", ref(m.getTarget().getRefId()));
            if (m.getStrength() != null) {
                map.add("props", Json.createArrayBuilder().add(
                        OscalCatalogWriter.prop(OscalCatalogWriter.NS, "strength", m.getStrength().toString())));
            }
            if (m.getRationale() != null && !m.getRationale().isBlank()) {
                map.add("remarks", m.getRationale());
            }
            maps.add(map);
        }
        JsonObjectBuilder mapping = Json.createObjectBuilder()
                .add("uuid", UUID.randomUUID().toString())
                .add("source-resource", resource(set.getSource()))
                .add("target-resource", resource(set.getTarget()))
                .add("maps", maps);
        return OscalCatalogWriter.pretty(Json.createObjectBuilder().add("mapping-collection", Json.createObjectBuilder()
                .add("uuid", UUID.randomUUID().toString())
                .add("metadata", metadata)
                .add("provenance", provenance)
                .add("mappings", Json.createArrayBuilder().add(mapping))).build());
    }

    /** OSCAL 1.2 relationship tokens (NIST OLIR set theory). */
    static String token(Relationship r) {
        switch (r) {
            case EQUAL:
                return "equal-to";
            case SUBSET:
                return "subset-of";
            case SUPERSET:
                return "superset-of";
            case INTERSECT:
                return "intersects-with";
            default:
                return "no-relationship";
        }
    }

    private static JsonObjectBuilder resource(Standard s) {
        return Json.createObjectBuilder()
                .add("type", "catalog")
                .add("title", s.label())
                .add("props", Json.createArrayBuilder()
                        .add(OscalCatalogWriter.prop(OscalCatalogWriter.NS, "code", s.getCode()))
                        .add(OscalCatalogWriter.prop(OscalCatalogWriter.NS, "edition", s.getEdition())));
    }

    private static JsonArrayBuilder ref(String refId) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "control").add("id-ref", refId));
    }
}
