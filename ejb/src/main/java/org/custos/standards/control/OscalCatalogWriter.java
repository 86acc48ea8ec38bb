package org.custos.standards.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;

/**
 * Writes a standard as an OSCAL 1.1 catalog (JSON). Headings whose ancestors are all headings become
 * groups, everything else controls. Other OSCAL tools see titles, statements and ids; what OSCAL has
 * no field for (both languages, assessable, order, attributes, implementation groups, ids that are not
 * OSCAL tokens such as "5.1") travels in props and parts of the {@link #NS Custos namespace}, which
 * {@link OscalCatalogParser} reads back, so an export imports back unchanged.
 */
public final class OscalCatalogWriter {

    /** Namespace of Custos' own OSCAL props and parts. */
    public static final String NS = "urn:custos:oscal";
    static final String OSCAL_VERSION = "1.1.2";
    private static final Pattern TOKEN = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}._-]*$");

    public byte[] write(Standard standard, List<Requirement> requirementsParentsFirst) {
        Map<String, List<Requirement>> children = new LinkedHashMap<>();
        List<Requirement> roots = new ArrayList<>();
        for (Requirement r : requirementsParentsFirst) {
            if (r.getParent() == null) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.getParent().getRefId(), k -> new ArrayList<>()).add(r);
            }
        }
        String primary = standard.getLanguages() == null || standard.getLanguages().isBlank() ? "en"
                : standard.getLanguages().split(",")[0].strip();
        Writer w = new Writer(children, primary);

        JsonObjectBuilder metadata = Json.createObjectBuilder()
                .add("title", standard.getName())
                .add("last-modified", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("version", standard.getEdition())
                .add("oscal-version", OSCAL_VERSION);
        JsonArrayBuilder props = Json.createArrayBuilder()
                .add(prop(null, "lang", primary))
                .add(prop(NS, "export", "custos"))
                .add(prop(NS, "code", standard.getCode()));
        if (standard.getLanguages() != null && !standard.getLanguages().isBlank()) {
            props.add(prop(NS, "languages", standard.getLanguages()));
        }
        if (standard.getLicence() != null && !standard.getLicence().isBlank()) {
            props.add(prop(NS, "remarks", "licence"));
            metadata.add("remarks", standard.getLicence());
        }
        metadata.add("props", props);
        if (standard.getPublisher() != null && !standard.getPublisher().isBlank()) {
            String party = UUID.randomUUID().toString();
            metadata.add("roles", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", "publisher").add("title", "Publisher")));
            metadata.add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("uuid", party).add("type", "organization").add("name", standard.getPublisher())));
            metadata.add("responsible-parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("role-id", "publisher").add("party-uuids", Json.createArrayBuilder().add(party))));
        }

        JsonObjectBuilder catalog = Json.createObjectBuilder()
                .add("uuid", UUID.randomUUID().toString())
                .add("metadata", metadata);
        JsonArrayBuilder groups = Json.createArrayBuilder();
        JsonArrayBuilder controls = Json.createArrayBuilder();
        boolean anyGroup = false;
        boolean anyControl = false;
        for (Requirement root : roots) {
            if (!root.isAssessable()) {
                groups.add(w.group(root));
                anyGroup = true;
            } else {
                controls.add(w.control(root));
                anyControl = true;
            }
        }
        if (anyControl) {
            catalog.add("controls", controls);
        }
        if (anyGroup) {
            catalog.add("groups", groups);
        }
        return pretty(Json.createObjectBuilder().add("catalog", catalog).build());
    }

    private static final class Writer {
        final Map<String, List<Requirement>> children;
        final String primary;
        final Set<String> ids = new HashSet<>();

        Writer(Map<String, List<Requirement>> children, String primary) {
            this.children = children;
            this.primary = primary;
        }

        JsonObject group(Requirement r) {
            JsonObjectBuilder g = node(r);
            JsonArrayBuilder groups = Json.createArrayBuilder();
            JsonArrayBuilder controls = Json.createArrayBuilder();
            boolean anyGroup = false;
            boolean anyControl = false;
            for (Requirement child : children.getOrDefault(r.getRefId(), List.of())) {
                if (!child.isAssessable()) {
                    groups.add(group(child));
                    anyGroup = true;
                } else {
                    controls.add(control(child));
                    anyControl = true;
                }
            }
            if (anyGroup) {
                g.add("groups", groups);
            }
            if (anyControl) {
                g.add("controls", controls);
            }
            return g.build();
        }

        JsonObject control(Requirement r) {
            JsonObjectBuilder c = node(r);
            List<Requirement> kids = children.getOrDefault(r.getRefId(), List.of());
            if (!kids.isEmpty()) {
                JsonArrayBuilder controls = Json.createArrayBuilder();
                kids.forEach(k -> controls.add(control(k)));
                c.add("controls", controls);
            }
            return c.build();
        }

        private JsonObjectBuilder node(Requirement r) {
            boolean de = "de".equals(primary);
            String title = first(de ? r.getTitleDe() : r.getTitleEn(), de ? r.getTitleEn() : r.getTitleDe(), r.getRefId());
            String statement = first(de ? r.getDescriptionDe() : r.getDescriptionEn(),
                    de ? r.getDescriptionEn() : r.getDescriptionDe(), null);
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", id(r.getRefId())).add("title", title);
            JsonArrayBuilder props = Json.createArrayBuilder()
                    .add(prop(null, "label", r.getRefId()))
                    .add(prop(NS, "ref-id", r.getRefId()))
                    .add(prop(NS, "assessable", Boolean.toString(r.isAssessable())))
                    .add(prop(NS, "order", Integer.toString(r.getSortOrder())));
            if (r.getImplementationGroups() != null && !r.getImplementationGroups().isBlank()) {
                props.add(prop(NS, "implementation-groups", r.getImplementationGroups()));
            }
            b.add("props", props);
            JsonArrayBuilder parts = Json.createArrayBuilder();
            if (statement != null) {
                parts.add(Json.createObjectBuilder().add("id", id(r.getRefId()) + "_smt").add("name", "statement")
                        .add("prose", statement));
            }
            text(parts, "title-en", r.getTitleEn());
            text(parts, "title-de", r.getTitleDe());
            text(parts, "description-en", r.getDescriptionEn());
            text(parts, "description-de", r.getDescriptionDe());
            attributes(r.getAttributes()).forEach((key, value) -> parts.add(Json.createObjectBuilder()
                    .add("name", "attribute").add("ns", NS).add("title", key).add("prose", value)));
            b.add("parts", parts);
            return b;
        }

        /** The refId when it is an OSCAL token, else a token made from it; unique in the file. */
        private String id(String refId) {
            String id = TOKEN.matcher(refId).matches() ? refId
                    : "_" + refId.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            String unique = id;
            for (int i = 2; !ids.add(unique); i++) {
                unique = id + "-" + i;
            }
            return unique;
        }
    }

    private static void text(JsonArrayBuilder parts, String kind, String value) {
        if (value != null && !value.isEmpty()) {
            parts.add(Json.createObjectBuilder().add("name", "text").add("ns", NS).add("class", kind).add("prose", value));
        }
    }

    private static Map<String, String> attributes(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((k, v) -> result.put(k,
                    v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        }
        return result;
    }

    static JsonObjectBuilder prop(String ns, String name, String value) {
        JsonObjectBuilder p = Json.createObjectBuilder().add("name", name);
        if (ns != null) {
            p.add("ns", ns);
        }
        return p.add("value", value);
    }

    private static String first(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : c;
    }

    static byte[] pretty(JsonObject root) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = factory.createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(root);
        }
        return out.toByteArray();
    }

}
