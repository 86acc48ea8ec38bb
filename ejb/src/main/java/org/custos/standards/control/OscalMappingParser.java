package org.custos.standards.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OSCAL 1.2 mapping collection (JSON). Every source × target id-ref pair of a map becomes
 * one {@link MappingDraft}, with the ids exactly as written; the source and target catalogs are
 * named by their resource title, else href, for the store to resolve.
 *
 * <p>One collection may map one source to several target catalogs (the BSI ISO 27001 file maps to
 * both Methodik and Kernel), while a {@link MappingSetDraft} names one target; so
 * {@link #parseAll} gives one set per source/target pair, and {@link #parse} serves files with a
 * single pair.
 */
public class OscalMappingParser {

    private static final String ROOT = "$.mapping-collection";

    /** One mapping set per distinct (source resource, target resource), in file order. */
    public List<MappingSetDraft> parseAll(InputStream json, String fileName) {
        JsonObject collection = OscalJson.readRoot(json, fileName, "mapping-collection", "mapping collection");
        JsonObject metadata = OscalJson.object(collection, "metadata", ROOT, true);
        String title = OscalJson.string(metadata, "title", ROOT + ".metadata", true);
        String provenance = provenance(OscalJson.object(collection, "provenance", ROOT, false));

        List<JsonObject> mappings = OscalJson.objects(collection, "mappings", ROOT, true);
        if (mappings.isEmpty()) {
            throw new ImportFailure(ROOT + ".mappings", "no mappings");
        }
        Map<List<String>, Builder> sets = new LinkedHashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            JsonObject mapping = mappings.get(i);
            String path = ROOT + ".mappings[" + i + "]";
            String sourceRef = resource(mapping, "source-resource", path);
            String targetRef = resource(mapping, "target-resource", path);
            Builder set = sets.computeIfAbsent(List.of(sourceRef, targetRef), k -> new Builder(sourceRef, targetRef,
                    provenance != null ? provenance : provenance(mapping),
                    custos(mapping, "source-resource", path), custos(mapping, "target-resource", path)));
            List<JsonObject> maps = OscalJson.objects(mapping, "maps", path, true);
            for (int j = 0; j < maps.size(); j++) {
                set.add(maps.get(j), path + ".maps[" + j + "]");
            }
        }
        boolean several = sets.size() > 1;
        return sets.values().stream().map(b -> b.build(several ? title + " (" + b.targetRef + ")" : title)).toList();
    }

    /**
     * The collection as one mapping set.
     *
     * @throws ImportFailure when the file maps between more than one pair of catalogs; use {@link #parseAll}
     */
    public MappingSetDraft parse(InputStream json, String fileName) {
        List<MappingSetDraft> sets = parseAll(json, fileName);
        if (sets.size() > 1) {
            throw new ImportFailure(ROOT + ".mappings", "maps to " + sets.size()
                    + " different catalog pairs, which one mapping set cannot hold");
        }
        return sets.get(0);
    }

    private static String resource(JsonObject mapping, String key, String path) {
        JsonObject resource = OscalJson.object(mapping, key, path, true);
        String title = OscalJson.string(resource, "title", path + "." + key, false);
        String href = OscalJson.string(resource, "href", path + "." + key, false);
        if (title == null && href == null) {
            throw new ImportFailure(path + "." + key, "names no catalog (neither title nor href)");
        }
        return title != null ? title : href;
    }

    /** Code and edition of a catalog as a Custos export names it, or null for other files. */
    private static String[] custos(JsonObject mapping, String key, String path) {
        JsonObject resource = OscalJson.object(mapping, key, path, true);
        String code = prop(resource, "code");
        String edition = prop(resource, "edition");
        return code != null && edition != null ? new String[] {code, edition} : null;
    }

    private static String prop(JsonObject holder, String name) {
        for (JsonObject p : OscalJson.objects(holder, "props", "props", false)) {
            if (OscalCatalogWriter.NS.equals(p.getString("ns", "")) && name.equals(p.getString("name", ""))) {
                return p.getString("value", null);
            }
        }
        return null;
    }

    /** The provenance's plain fields as "name: value" lines. */
    private static String provenance(JsonObject holder) {
        if (holder == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (var e : holder.entrySet()) {
            if (e.getValue().getValueType() == JsonValue.ValueType.STRING
                    && !e.getKey().equals("uuid") && !holder.getString(e.getKey()).isBlank()) {
                lines.add(e.getKey() + ": " + holder.getString(e.getKey()));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static final class Builder {
        final String sourceRef;
        final String targetRef;
        final String provenance;
        final List<MappingDraft> mappings = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Set<List<String>> pairs = new HashSet<>();

        final String[] source;
        final String[] target;

        Builder(String sourceRef, String targetRef, String provenance, String[] source, String[] target) {
            this.sourceRef = sourceRef;
            this.targetRef = targetRef;
            this.provenance = provenance;
            this.source = source;
            this.target = target;
        }

        void add(JsonObject map, String path) {
            String text = OscalJson.string(map, "relationship", path, true);
            Relationship relationship = Relationship.parse(text).orElseThrow(() -> new ImportFailure(
                    path + ".relationship", "unknown relationship \"" + text + "\""));
            List<String> sources = ids(map, "sources", path);
            List<String> targets = ids(map, "targets", path);
            if (sources.isEmpty() || targets.isEmpty()) {
                warnings.add(path + ": no " + (sources.isEmpty() ? "sources" : "targets") + ", map skipped");
                return;
            }
            String rationale = OscalJson.string(map, "remarks", path, false);
            Integer strength = strength(map, path);
            for (String source : sources) {
                for (String target : targets) {
                    if (pairs.add(List.of(source, target))) {
                        mappings.add(new MappingDraft(source, target, relationship, strength, rationale));
                    } else {
                        warnings.add(path + ": " + source + " → " + target + " mapped again, first kept");
                    }
                }
            }
        }

        private static Integer strength(JsonObject map, String path) {
            String value = prop(map, "strength");
            if (value == null) {
                return null;
            }
            try {
                int s = Integer.parseInt(value);
                if (s >= 0 && s <= 10) {
                    return s;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ImportFailure(path + ".props", "strength must be 0 to 10, not '" + value + "'");
        }

        private List<String> ids(JsonObject map, String key, String path) {
            List<JsonObject> refs = OscalJson.objects(map, key, path, true);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                String refPath = path + "." + key + "[" + i + "]";
                ids.add(OscalJson.string(refs.get(i), "id-ref", refPath, true));
                String type = OscalJson.string(refs.get(i), "type", refPath, false);
                if (type != null && !type.equals("control")) {
                    warnings.add(refPath + ": " + type + " reference read as a control id");
                }
            }
            return ids;
        }

        MappingSetDraft build(String name) {
            return new MappingSetDraft(name, source == null ? null : source[0], source == null ? null : source[1],
                    sourceRef, target == null ? null : target[0], target == null ? null : target[1], targetRef,
                    provenance, mappings, warnings);
        }
    }
}
