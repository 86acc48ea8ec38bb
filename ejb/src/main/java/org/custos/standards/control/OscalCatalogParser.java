package org.custos.standards.control;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OSCAL catalog (JSON) into a {@link CatalogDraft}. Groups become headings, controls
 * (including nested control enhancements) become assessable requirements; a control's refId is its
 * OSCAL {@code id} as written.
 *
 * <p>Language rule: an explicit {@code language} argument wins; otherwise a hint in the file
 * ({@code lang}/{@code language} on the catalog or its metadata, or a metadata prop named
 * {@code lang}, {@code language} or {@code locale}); otherwise {@code de} when the metadata text
 * (title, remarks, party names) contains German letters (ä ö ü ß) or the word "Bundesamt", as BSI
 * catalogs do; otherwise {@code en}. Titles and descriptions go to the German or English fields
 * accordingly.
 */
public class OscalCatalogParser {

    static final int MAX_CODE_LENGTH = 40;

    private static final Pattern INSERT_PARAM = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");
    private static final Pattern GERMAN_HINT = Pattern.compile("[äöüÄÖÜß]|\\bBundesamt\\b");

    /** OSCAL/BSI prop names kept as node attributes, with the short key used for each. */
    private static final Map<String, String> PROP_KEYS = Map.of(
            "alt-identifier", "altId",
            "sec_level", "level",
            "level", "level",
            "effort_level", "effort",
            "tags", "tags",
            "label", "label",
            "sort-id", "sortId",
            "status", "status");

    /** Statement props worth keeping; the rest (result, action_word, …) only restate the prose. */
    private static final Map<String, String> STATEMENT_PROP_KEYS = Map.of(
            "modal_verb", "modal",
            "target_object_categories", "target",
            "documentation", "documentation");

    public CatalogDraft parse(InputStream json, String fileName) {
        return parse(json, fileName, null, null);
    }

    public CatalogDraft parse(InputStream json, String fileName, String codeOverride) {
        return parse(json, fileName, codeOverride, null);
    }

    /**
     * @param codeOverride the catalog code to use instead of one derived from the title, or null
     * @param language {@code de} or {@code en} to override the language rule, or null
     */
    public CatalogDraft parse(InputStream json, String fileName, String codeOverride, String language) {
        JsonObject catalog = OscalJson.readRoot(json, fileName, "catalog", "catalog");
        String path = "$.catalog";
        JsonObject metadata = OscalJson.object(catalog, "metadata", path, true);
        String metaPath = path + ".metadata";
        String title = OscalJson.string(metadata, "title", metaPath, true);
        String version = OscalJson.string(metadata, "version", metaPath, false);

        Walk walk = new Walk();
        walk.custos = "custos".equals(custosProp(metadata, metaPath, "export"));
        walk.lang = language != null ? primaryTag(language) : detectLanguage(catalog, metadata, metaPath);
        if (!walk.lang.equals("de") && !walk.lang.equals("en")) {
            walk.warnings.add("language '" + walk.lang + "' stored in the English fields");
        }

        Map<String, String> params = walk.params(catalog, path, Map.of());
        int order = 0;
        List<JsonObject> controls = OscalJson.objects(catalog, "controls", path, false);
        for (int i = 0; i < controls.size(); i++) {
            walk.control(controls.get(i), path + ".controls[" + i + "]", null, order++, params);
        }
        List<JsonObject> groups = OscalJson.objects(catalog, "groups", path, false);
        for (int i = 0; i < groups.size(); i++) {
            walk.group(groups.get(i), path + ".groups[" + i + "]", null, order++, params);
        }
        if (walk.nodes.isEmpty()) {
            throw new ImportFailure(path, "catalog has no groups and no controls");
        }

        String code = codeOverride != null && !codeOverride.isBlank() ? codeOverride.strip() : code(title);
        List<String> languages = List.of(walk.lang);
        String licence = licence(metadata, metaPath);
        if (walk.custos) {
            // A Custos export says what OSCAL has no field for.
            String exported = custosProp(metadata, metaPath, "code");
            if ((codeOverride == null || codeOverride.isBlank()) && exported != null) {
                code = exported;
            }
            String langs = custosProp(metadata, metaPath, "languages");
            if (langs != null) {
                languages = List.of(langs.split(","));
            }
            if ("licence".equals(custosProp(metadata, metaPath, "remarks"))) {
                licence = OscalJson.string(metadata, "remarks", metaPath, false);
            }
        }
        return new CatalogDraft(code, title, version, publisher(metadata, metaPath), fileName,
                licence, languages, walk.nodes, walk.warnings);
    }

    /** The value of a prop in the Custos namespace, or null. */
    private static String custosProp(JsonObject holder, String path, String name) {
        for (JsonObject prop : OscalJson.objects(holder, "props", path, false)) {
            if (OscalCatalogWriter.NS.equals(prop.getString("ns", "")) && name.equals(prop.getString("name", ""))) {
                return OscalJson.string(prop, "value", path + ".props", false);
            }
        }
        return null;
    }

    /** The prose of a Custos part with this name (and class, if given), or null. */
    private static String custosPart(JsonObject holder, String path, String name, String cls) {
        for (JsonObject part : OscalJson.objects(holder, "parts", path, false)) {
            if (OscalCatalogWriter.NS.equals(part.getString("ns", "")) && name.equals(part.getString("name", ""))
                    && (cls == null || cls.equals(part.getString("class", "")))) {
                return OscalJson.string(part, "prose", path + ".parts", false);
            }
        }
        return null;
    }

    /** Uppercase slug of the title, at most 40 characters; "+" becomes "PLUS" as in BSI's own class names. */
    static String code(String title) {
        String t = title.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("+", " plus ");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = t.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_CODE_LENGTH) {
            slug = slug.substring(0, MAX_CODE_LENGTH);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_CODE_LENGTH / 2) {
                slug = slug.substring(0, cut);
            }
        }
        return slug.isEmpty() ? "OSCAL-CATALOG" : slug;
    }

    private static String detectLanguage(JsonObject catalog, JsonObject metadata, String metaPath) {
        for (JsonObject holder : List.of(catalog, metadata)) {
            for (String key : List.of("lang", "language", "locale")) {
                String hint = OscalJson.string(holder, key, metaPath, false);
                if (hint != null) {
                    return primaryTag(hint);
                }
            }
        }
        for (JsonObject prop : OscalJson.objects(metadata, "props", metaPath, false)) {
            String name = OscalJson.string(prop, "name", metaPath + ".props", false);
            String value = OscalJson.string(prop, "value", metaPath + ".props", false);
            if (value != null && ("lang".equals(name) || "language".equals(name) || "locale".equals(name))) {
                return primaryTag(value);
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(metadata.getString("title", "")).append(' ').append(metadata.getString("remarks", ""));
        for (JsonObject party : OscalJson.objects(metadata, "parties", metaPath, false)) {
            text.append(' ').append(party.getString("name", ""));
        }
        return GERMAN_HINT.matcher(text).find() ? "de" : "en";
    }

    private static String primaryTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    /** The party named as publisher, else the first organisation. */
    private static String publisher(JsonObject metadata, String metaPath) {
        Map<String, String> parties = new LinkedHashMap<>();
        String firstOrg = null;
        List<JsonObject> list = OscalJson.objects(metadata, "parties", metaPath, false);
        for (int i = 0; i < list.size(); i++) {
            JsonObject party = list.get(i);
            String p = metaPath + ".parties[" + i + "]";
            String name = OscalJson.string(party, "name", p, false);
            String uuid = OscalJson.string(party, "uuid", p, false);
            if (name != null && uuid != null) {
                parties.put(uuid, name);
            }
            if (firstOrg == null && name != null && "organization".equals(party.getString("type", ""))) {
                firstOrg = name;
            }
        }
        for (JsonObject rp : OscalJson.objects(metadata, "responsible-parties", metaPath, false)) {
            if ("publisher".equals(rp.getString("role-id", "")) && rp.containsKey("party-uuids")) {
                for (var uuid : rp.getJsonArray("party-uuids").getValuesAs(jakarta.json.JsonString.class)) {
                    String name = parties.get(uuid.getString());
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return firstOrg;
    }

    /** A licence prop or link in the metadata; the BSI files carry none (their LICENSE is a separate file). */
    private static String licence(JsonObject metadata, String metaPath) {
        for (JsonObject prop : OscalJson.objects(metadata, "props", metaPath, false)) {
            String name = prop.getString("name", "");
            if (name.equals("license") || name.equals("licence")) {
                return prop.getString("value", null);
            }
        }
        for (JsonObject link : OscalJson.objects(metadata, "links", metaPath, false)) {
            if ("license".equals(link.getString("rel", ""))) {
                return link.getString("href", null);
            }
        }
        return null;
    }

    /** State of one parse: nodes in document order (parents first), ids seen, warnings. */
    private static final class Walk {
        final List<NodeDraft> nodes = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        final List<String> warnings = new ArrayList<>();
        String lang;
        boolean custos;

        void group(JsonObject g, String path, String parent, int order, Map<String, String> inherited) {
            String id = OscalJson.string(g, "id", path, false);
            if (id == null) {
                // OSCAL makes a group id optional; a made-up one keeps the tree intact.
                id = "group" + path.replaceAll("[^0-9]+", ".").replaceAll("\\.$", "");
                warnings.add(path + ": group without id stored as " + id);
            }
            register(id, path);
            String title = OscalJson.string(g, "title", path, true);
            if (custos) {
                id = addExported(g, path, parent, order);
            }
            Map<String, String> params = params(g, path, inherited);
            Map<String, String> attrs = new LinkedHashMap<>();
            String labelRemarks = props(g, path, attrs);
            String description = description(g, path, params, attrs);
            if (description == null) {
                description = labelRemarks; // BSI describes each practice in the remarks of its label
            }
            if (!custos) {
                add(id, parent, title, description, false, order, attrs);
            }

            int childOrder = 0;
            List<JsonObject> groups = OscalJson.objects(g, "groups", path, false);
            for (int i = 0; i < groups.size(); i++) {
                group(groups.get(i), path + ".groups[" + i + "]", id, childOrder++, params);
            }
            List<JsonObject> controls = OscalJson.objects(g, "controls", path, false);
            for (int i = 0; i < controls.size(); i++) {
                control(controls.get(i), path + ".controls[" + i + "]", id, childOrder++, params);
            }
        }

        void control(JsonObject c, String path, String parent, int order, Map<String, String> inherited) {
            String id = OscalJson.string(c, "id", path, true);
            register(id, path);
            String title = OscalJson.string(c, "title", path, true);
            if (custos) {
                String refId = addExported(c, path, parent, order);
                List<JsonObject> controls = OscalJson.objects(c, "controls", path, false);
                for (int i = 0; i < controls.size(); i++) {
                    control(controls.get(i), path + ".controls[" + i + "]", refId, i, Map.of());
                }
                return;
            }
            Map<String, String> params = params(c, path, inherited);
            Map<String, String> attrs = new LinkedHashMap<>();
            String cls = OscalJson.string(c, "class", path, false);
            if (cls != null) {
                attrs.put("class", cls);
            }
            props(c, path, attrs);
            links(c, path, attrs);
            String description = description(c, path, params, attrs);
            boolean withdrawn = "withdrawn".equalsIgnoreCase(attrs.get("status"))
                    || (cls != null && cls.toLowerCase(Locale.ROOT).contains("withdrawn"));
            if (withdrawn) {
                attrs.put("status", "withdrawn"); // kept for history, but nothing left to assess
            }
            add(id, parent, title, description, !withdrawn, order, attrs);

            List<JsonObject> controls = OscalJson.objects(c, "controls", path, false);
            for (int i = 0; i < controls.size(); i++) {
                control(controls.get(i), path + ".controls[" + i + "]", id, i, params);
            }
        }

        /** Adds a node of a Custos export from its Custos props and parts; returns its refId. */
        private String addExported(JsonObject holder, String path, String parent, int order) {
            String refId = custosProp(holder, path, "ref-id");
            if (refId == null) {
                throw new ImportFailure(path, "Custos export without ref-id");
            }
            String orderText = custosProp(holder, path, "order");
            String groups = custosProp(holder, path, "implementation-groups");
            Map<String, String> attrs = new LinkedHashMap<>();
            List<JsonObject> parts = OscalJson.objects(holder, "parts", path, false);
            for (JsonObject part : parts) {
                if (OscalCatalogWriter.NS.equals(part.getString("ns", "")) && "attribute".equals(part.getString("name", ""))) {
                    attrs.put(part.getString("title", ""), part.getString("prose", ""));
                }
            }
            int position;
            try {
                position = orderText == null ? order : Integer.parseInt(orderText);
            } catch (NumberFormatException e) {
                throw new ImportFailure(path, "order '" + orderText + "' is not a number");
            }
            nodes.add(new NodeDraft(refId, parent, custosPart(holder, path, "text", "title-en"),
                    custosPart(holder, path, "text", "title-de"), custosPart(holder, path, "text", "description-en"),
                    custosPart(holder, path, "text", "description-de"),
                    !"false".equals(custosProp(holder, path, "assessable")), position, attrs,
                    groups == null ? List.of() : List.of(groups.split(","))));
            return refId;
        }

        private void register(String id, String path) {
            String first = seen.putIfAbsent(id, path);
            if (first != null) {
                throw new ImportFailure(path, "id \"" + id + "\" repeats (first at " + first + ")");
            }
        }

        private void add(String id, String parent, String title, String description, boolean assessable, int order,
                Map<String, String> attrs) {
            boolean de = lang.equals("de");
            nodes.add(new NodeDraft(id, parent, de ? null : title, de ? title : null, de ? null : description,
                    de ? description : null, assessable, order, attrs, List.of()));
        }

        /** Parameter id to display text (label, else values, else id), inheriting the enclosing scopes. */
        Map<String, String> params(JsonObject holder, String path, Map<String, String> inherited) {
            List<JsonObject> list = OscalJson.objects(holder, "params", path, false);
            if (list.isEmpty()) {
                return inherited;
            }
            Map<String, String> params = new HashMap<>(inherited);
            for (int i = 0; i < list.size(); i++) {
                JsonObject p = list.get(i);
                String pPath = path + ".params[" + i + "]";
                String id = OscalJson.string(p, "id", pPath, true);
                String label = OscalJson.string(p, "label", pPath, false);
                if (label == null && p.get("values") instanceof jakarta.json.JsonArray values) {
                    label = String.join(", ", values.stream()
                            .map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString())
                            .toList());
                }
                params.put(id, label == null || label.isBlank() ? id : label);
            }
            return params;
        }

        /** Copies known props into attrs; returns the remarks of the label prop, if any. */
        private String props(JsonObject holder, String path, Map<String, String> attrs) {
            String labelRemarks = null;
            List<JsonObject> props = OscalJson.objects(holder, "props", path, false);
            for (int i = 0; i < props.size(); i++) {
                JsonObject prop = props.get(i);
                String pPath = path + ".props[" + i + "]";
                String name = OscalJson.string(prop, "name", pPath, true);
                String value = OscalJson.string(prop, "value", pPath, false);
                String key = PROP_KEYS.get(name);
                if (key != null && value != null) {
                    attrs.merge(key, value, (a, b) -> a + ", " + b);
                }
                if ("label".equals(name) && labelRemarks == null) {
                    labelRemarks = OscalJson.string(prop, "remarks", pPath, false);
                }
            }
            return labelRemarks;
        }

        /** Links to other controls ("#ID") by relation, e.g. related=ARCH.2.4, DET.4.19. */
        private void links(JsonObject c, String path, Map<String, String> attrs) {
            for (JsonObject link : OscalJson.objects(c, "links", path, false)) {
                String rel = link.getString("rel", "");
                String href = link.getString("href", "");
                if (!rel.isEmpty() && href.startsWith("#")) {
                    attrs.merge(rel, href.substring(1), (a, b) -> a + ", " + b);
                }
            }
        }

        /**
         * Statement prose with its nested parts, one per line; without a statement, the prose of
         * all parts except guidance. Guidance goes to the "guidance" attribute.
         */
        private String description(JsonObject holder, String path, Map<String, String> params,
                Map<String, String> attrs) {
            List<JsonObject> parts = OscalJson.objects(holder, "parts", path, false);
            List<String> statement = new ArrayList<>();
            List<String> other = new ArrayList<>();
            List<String> guidance = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                JsonObject part = parts.get(i);
                String pPath = path + ".parts[" + i + "]";
                String name = OscalJson.string(part, "name", pPath, true);
                switch (name) {
                    case "statement" -> {
                        prose(part, pPath, params, statement);
                        for (JsonObject prop : OscalJson.objects(part, "props", pPath, false)) {
                            String key = STATEMENT_PROP_KEYS.get(prop.getString("name", ""));
                            String value = prop.getString("value", null);
                            if (key != null && value != null && !value.isBlank()) {
                                attrs.merge(key, value.strip(), (a, b) -> a + ", " + b);
                            }
                        }
                    }
                    case "guidance" -> prose(part, pPath, params, guidance);
                    default -> prose(part, pPath, params, other);
                }
            }
            if (!guidance.isEmpty()) {
                attrs.put("guidance", String.join("\n", guidance));
            }
            List<String> lines = statement.isEmpty() ? other : statement;
            return lines.isEmpty() ? null : String.join("\n", lines);
        }

        private void prose(JsonObject part, String path, Map<String, String> params, List<String> out) {
            String prose = OscalJson.string(part, "prose", path, false);
            if (prose != null) {
                out.add(insertParams(prose, params, path));
            }
            List<JsonObject> nested = OscalJson.objects(part, "parts", path, false);
            for (int i = 0; i < nested.size(); i++) {
                prose(nested.get(i), path + ".parts[" + i + "]", params, out);
            }
        }

        private String insertParams(String prose, Map<String, String> params, String path) {
            Matcher m = INSERT_PARAM.matcher(prose);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String text = params.get(m.group(1));
                if (text == null) {
                    text = m.group(1);
                    warnings.add(path + ": unknown parameter " + m.group(1));
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(text));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }
}
