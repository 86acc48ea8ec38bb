package org.custos.standards.control;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a CISO Assistant library (YAML) into catalog and mapping-set drafts.
 *
 * <p>Reference ids: a node's {@code ref_id} when it has one; otherwise, and for mappings (which only
 * name requirement URNs), the id is derived from the URN by {@link #refIdFromUrn}.
 */
public class CisoAssistantParser {

    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 64;
    static final int MAX_CODE_POINTS = 50 * 1024 * 1024;

    public CisoLibrary parse(InputStream yaml, String fileName) {
        Map<String, Object> root = asMap(load(yaml), "(document)", "a CISO Assistant library");
        Library library = new Library(root, fileName);
        return library.read();
    }

    private static Object load(InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
                new TextResolver());
        try {
            Object document = yaml.load(in);
            if (document == null) {
                throw new ImportFailure("(document)", "the file is empty");
            }
            return document;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "(document)"
                    : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new ImportFailure(where, "not readable as YAML: " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            // alias, nesting and size limits end up here, as do I/O errors
            throw new ImportFailure("(document)", "not readable as YAML: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Keeps every plain scalar a string except null: ids like {@code 1.10} or {@code 5.2} must not
     * become numbers, and a language key {@code no} must not become a boolean.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    /**
     * The reference id a requirement URN stands for: the part after {@code :req_node:<framework>:},
     * where {@code <framework>} is the last segment of the framework URN (or, if the URN does not
     * follow that pattern, its last {@code :}-segment); colons left in it become dots (the NIS2
     * annex has {@code 12.5:1} for {@code 12.5.1}); for ISO frameworks (slug starting with
     * {@code iso}) it is upper-cased, so {@code a.5.1} becomes {@code A.5.1}. CISO Assistant builds
     * URNs from lower-cased ref_ids, so for other frameworks the result may differ in case only.
     */
    static String refIdFromUrn(String requirementUrn, String frameworkUrn) {
        String slug = frameworkUrn == null ? "" : lastSegment(frameworkUrn).toLowerCase(Locale.ROOT);
        String lower = requirementUrn.toLowerCase(Locale.ROOT);
        String marker = ":req_node:" + slug + ":";
        int at = slug.isEmpty() ? -1 : lower.indexOf(marker);
        String rest = at >= 0 ? requirementUrn.substring(at + marker.length()) : lastSegment(requirementUrn);
        rest = rest.strip().replace(':', '.');
        return slug.startsWith("iso") ? rest.toUpperCase(Locale.ROOT) : rest;
    }

    /** The library's ref_id in upper case, shortened at a '-' to {@link OscalCatalogParser#MAX_CODE_LENGTH}. */
    static String code(String refId) {
        String code = refId.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "-");
        int max = OscalCatalogParser.MAX_CODE_LENGTH;
        if (code.length() > max) {
            int cut = code.lastIndexOf('-', max);
            code = code.substring(0, cut > max / 2 ? cut : max).replaceAll("-+$", "");
        }
        return code;
    }

    private static String lastSegment(String urn) {
        return urn.substring(urn.lastIndexOf(':') + 1);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String line = text.strip().lines().findFirst().orElse("unknown error");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    // ---- reading helpers: each names the YAML path of what it complains about ----

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String path, String what) {
        if (!(value instanceof Map)) {
            throw new ImportFailure(path, "expected " + what + " (a mapping)");
        }
        Map<Object, Object> raw = (Map<Object, Object>) value;
        Map<String, Object> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static List<?> asList(Object value, String path) {
        if (!(value instanceof List)) {
            throw new ImportFailure(path, "expected a list");
        }
        return (List<?>) value;
    }

    private static String text(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            String s = value.toString().strip();
            return s.isEmpty() ? null : s;
        }
        throw new ImportFailure(at(path, key), "expected text");
    }

    private static String requiredText(Map<String, Object> map, String key, String path) {
        String value = text(map, key, path);
        if (value == null) {
            throw new ImportFailure(at(path, key), "missing");
        }
        return value;
    }

    private static boolean flag(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        String s = value.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw new ImportFailure(at(path, key), "expected true or false, found '" + firstLine(s) + "'");
    }

    private static List<String> texts(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            return List.of(requiredText(map, key, path));
        }
        List<String> result = new ArrayList<>();
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String || item instanceof Number || item instanceof Boolean) {
                result.add(item.toString().strip());
            } else if (item != null) {
                throw new ImportFailure(at(path, key) + "[" + i + "]", "expected text");
            }
        }
        return result;
    }

    /** One file being read; holds what frameworks and mapping sets share. */
    private static final class Library {
        private final Map<String, Object> root;
        private final String fileName;
        private final String urn;
        private final String language;
        /** framework URN → its draft and its node URN → refId index, for mappings in the same file */
        private final Map<String, Framework> frameworks = new LinkedHashMap<>();

        Library(Map<String, Object> root, String fileName) {
            this.root = root;
            this.fileName = fileName;
            this.urn = text(root, "urn", "");
            String locale = text(root, "locale", "");
            this.language = locale == null ? "en" : locale.split("[-_]")[0].toLowerCase(Locale.ROOT);
        }

        CisoLibrary read() {
            if (!root.containsKey("objects")) {
                throw new ImportFailure("objects", "missing: not a CISO Assistant library");
            }
            if (urn == null) {
                throw new ImportFailure("urn", "missing");
            }
            Map<String, Object> objects = asMap(root.get("objects"), "objects", "the library objects");
            List<CatalogDraft> catalogs = new ArrayList<>();
            if (objects.get("framework") != null) {
                catalogs.add(framework(asMap(objects.get("framework"), "objects.framework", "a framework"),
                        "objects.framework"));
            }
            if (objects.get("frameworks") != null) {
                List<?> list = asList(objects.get("frameworks"), "objects.frameworks");
                for (int i = 0; i < list.size(); i++) {
                    String path = "objects.frameworks[" + i + "]";
                    catalogs.add(framework(asMap(list.get(i), path, "a framework"), path));
                }
            }
            List<MappingSetDraft> sets = new ArrayList<>();
            if (objects.get("requirement_mapping_set") != null) {
                String path = "objects.requirement_mapping_set";
                sets.add(mappingSet(asMap(objects.get("requirement_mapping_set"), path, "a mapping set"), path));
            }
            if (objects.get("requirement_mapping_sets") != null) {
                List<?> list = asList(objects.get("requirement_mapping_sets"), "objects.requirement_mapping_sets");
                for (int i = 0; i < list.size(); i++) {
                    String path = "objects.requirement_mapping_sets[" + i + "]";
                    sets.add(mappingSet(asMap(list.get(i), path, "a mapping set"), path));
                }
            }
            if (catalogs.isEmpty() && sets.isEmpty()) {
                throw new ImportFailure("objects", "holds no framework and no requirement mapping set");
            }
            return new CisoLibrary(catalogs, sets);
        }

        private String libraryVersion() {
            return text(root, "version", "");
        }

        private CatalogDraft framework(Map<String, Object> fw, String path) {
            String fwUrn = requiredText(fw, "urn", path);
            String refId = text(fw, "ref_id", path);
            if (refId == null) {
                refId = text(root, "ref_id", "") != null ? text(root, "ref_id", "") : lastSegment(fwUrn);
            }
            String code = code(refId);
            String name = text(fw, "name", path) != null ? text(fw, "name", path) : text(root, "name", "");
            String version = text(fw, "version", path) != null ? text(fw, "version", path) : libraryVersion();
            String publisher = text(root, "provider", "") != null ? text(root, "provider", "")
                    : text(fw, "provider", path);
            String licence = text(root, "copyright", "") != null ? text(root, "copyright", "")
                    : text(fw, "copyright", path);

            List<String> warnings = new ArrayList<>();
            Set<String> languages = new LinkedHashSet<>();
            List<NodeDraft> nodes = nodes(fw, path, fwUrn, warnings, languages);
            if (languages.isEmpty()) {
                languages.add(language);
            }
            CatalogDraft draft = new CatalogDraft(code, name, version, publisher, fwUrn, licence,
                    new ArrayList<>(languages), nodes, warnings);
            Map<String, String> refIds = new HashMap<>();
            for (NodeDraft node : nodes) {
                refIds.put(node.attributes().get("urn"), node.refId());
            }
            frameworks.put(fwUrn, new Framework(draft, refIds));
            return draft;
        }

        private record RawNode(int index, String urn, String refId, String parentUrn, Map<String, Object> map) {
        }

        private List<NodeDraft> nodes(Map<String, Object> fw, String fwPath, String fwUrn, List<String> warnings,
                Set<String> languages) {
            String listPath = fwPath + ".requirement_nodes";
            if (fw.get("requirement_nodes") == null) {
                warnings.add(listPath + ": the framework has no requirement nodes");
                return List.of();
            }
            List<?> list = asList(fw.get("requirement_nodes"), listPath);
            List<RawNode> raw = new ArrayList<>(list.size());
            Map<String, RawNode> byUrn = new HashMap<>();
            Set<String> refIds = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = listPath + "[" + i + "]";
                Map<String, Object> map = asMap(list.get(i), path, "a requirement node");
                String nodeUrn = requiredText(map, "urn", path);
                if (byUrn.containsKey(nodeUrn)) {
                    throw new ImportFailure(path + ".urn", "duplicate URN " + nodeUrn);
                }
                String derived = refIdFromUrn(nodeUrn, fwUrn);
                String refId = text(map, "ref_id", path);
                if (refId == null) {
                    refId = derived;
                } else if (refIds.contains(refId)) {
                    // some libraries repeat a ref_id; the URN keeps the node apart
                    warnings.add(path + ": ref_id '" + refId + "' repeats, using '" + derived + "' from its URN");
                    refId = derived;
                }
                if (!refIds.add(refId)) {
                    throw new ImportFailure(path + ".ref_id", "reference id '" + refId + "' is not unique");
                }
                RawNode node = new RawNode(i, nodeUrn, refId, text(map, "parent_urn", path), map);
                raw.add(node);
                byUrn.put(nodeUrn, node);
            }

            Map<String, List<RawNode>> children = new HashMap<>();
            List<RawNode> roots = new ArrayList<>();
            for (RawNode node : raw) {
                if (node.parentUrn() == null) {
                    roots.add(node);
                    continue;
                }
                RawNode parent = byUrn.get(node.parentUrn());
                if (parent == null) {
                    throw new ImportFailure(listPath + "[" + node.index() + "].parent_urn",
                            "unknown parent " + node.parentUrn());
                }
                children.computeIfAbsent(parent.urn(), k -> new ArrayList<>()).add(node);
            }

            // depth-first from the roots in file order: parents come first, as CatalogDraft requires
            List<NodeDraft> result = new ArrayList<>(raw.size());
            Deque<Object[]> stack = new ArrayDeque<>();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {roots.get(i), i, null});
            }
            while (!stack.isEmpty()) {
                Object[] entry = stack.pop();
                RawNode node = (RawNode) entry[0];
                result.add(node(node, (Integer) entry[1], (String) entry[2], listPath, warnings, languages));
                List<RawNode> kids = children.getOrDefault(node.urn(), List.of());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {kids.get(i), i, node.refId()});
                }
            }
            if (result.size() < raw.size()) {
                Set<String> reached = new HashSet<>();
                result.forEach(n -> reached.add(n.attributes().get("urn")));
                RawNode lost = raw.stream().filter(n -> !reached.contains(n.urn())).findFirst().orElseThrow();
                throw new ImportFailure(listPath + "[" + lost.index() + "].parent_urn",
                        "parent links form a cycle at " + lost.urn());
            }
            return result;
        }

        private NodeDraft node(RawNode raw, int order, String parentRefId, String listPath, List<String> warnings,
                Set<String> languages) {
            String path = listPath + "[" + raw.index() + "]";
            Map<String, Object> map = raw.map();
            String name = text(map, "name", path);
            String description = text(map, "description", path);
            Map<String, Object> en = translation(map, "en", path, warnings);
            Map<String, Object> de = translation(map, "de", path, warnings);
            String titleEn;
            String descriptionEn;
            String titleDe;
            String descriptionDe;
            if (language.equals("de")) {
                titleDe = name;
                descriptionDe = description;
                titleEn = text(en, "name", path + ".translations.en");
                descriptionEn = text(en, "description", path + ".translations.en");
            } else {
                titleDe = text(de, "name", path + ".translations.de");
                descriptionDe = text(de, "description", path + ".translations.de");
                titleEn = name;
                descriptionEn = description;
                if (!language.equals("en")) {
                    // an English translation wins; otherwise the original text is better than none
                    String tEn = text(en, "name", path + ".translations.en");
                    String dEn = text(en, "description", path + ".translations.en");
                    if (tEn != null || dEn != null) {
                        titleEn = tEn;
                        descriptionEn = dEn;
                    } else if (name != null || description != null) {
                        String note = "texts in locale '" + language + "' kept as English where no English "
                                + "translation exists";
                        if (!warnings.contains(note)) {
                            warnings.add(note);
                        }
                    }
                }
            }
            if (titleEn != null || descriptionEn != null) {
                languages.add("en");
            }
            if (titleDe != null || descriptionDe != null) {
                languages.add("de");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("urn", raw.urn());
            putIfPresent(attributes, "annotation", text(map, "annotation", path));
            putIfPresent(attributes, "typical_evidence", text(map, "typical_evidence", path));
            return new NodeDraft(raw.refId(), parentRefId, titleEn, titleDe, descriptionEn, descriptionDe,
                    flag(map, "assessable", path), order, attributes, texts(map, "implementation_groups", path));
        }

        private static Map<String, Object> translation(Map<String, Object> node, String lang, String path,
                List<String> warnings) {
            Object translations = node.get("translations");
            if (translations == null) {
                return Map.of();
            }
            if (!(translations instanceof Map)) {
                warnings.add(path + ".translations: not a mapping, ignored");
                return Map.of();
            }
            Object entry = ((Map<?, ?>) translations).get(lang);
            if (entry == null) {
                return Map.of();
            }
            if (!(entry instanceof Map)) {
                warnings.add(path + ".translations." + lang + ": not a mapping, ignored");
                return Map.of();
            }
            return asMap(entry, path + ".translations." + lang, "a translation");
        }

        private static void putIfPresent(Map<String, String> map, String key, String value) {
            if (value != null) {
                map.put(key, value);
            }
        }

        private MappingSetDraft mappingSet(Map<String, Object> set, String path) {
            String sourceUrn = requiredText(set, "source_framework_urn", path);
            String targetUrn = requiredText(set, "target_framework_urn", path);
            String name = text(set, "name", path);
            if (name == null) {
                name = text(set, "ref_id", path) != null ? text(set, "ref_id", path) : text(root, "name", "");
            }
            Framework source = frameworks.get(sourceUrn);
            Framework target = frameworks.get(targetUrn);
            List<String> warnings = new ArrayList<>();
            List<MappingDraft> mappings = new ArrayList<>();
            String listPath = path + ".requirement_mappings";
            List<?> list = set.get("requirement_mappings") == null ? List.of()
                    : asList(set.get("requirement_mappings"), listPath);
            if (list.isEmpty()) {
                warnings.add(listPath + ": the mapping set has no mappings");
            }
            for (int i = 0; i < list.size(); i++) {
                String itemPath = listPath + "[" + i + "]";
                Map<String, Object> m = asMap(list.get(i), itemPath, "a requirement mapping");
                String from = requirementRefId(requiredText(m, "source_requirement_urn", itemPath), sourceUrn,
                        source, itemPath + ".source_requirement_urn");
                String to = requirementRefId(requiredText(m, "target_requirement_urn", itemPath), targetUrn, target,
                        itemPath + ".target_requirement_urn");
                String relation = requiredText(m, "relationship", itemPath);
                Relationship relationship = Relationship.parse(relation).orElseThrow(() -> new ImportFailure(
                        itemPath + ".relationship", "unknown relationship '" + firstLine(relation) + "'"));
                mappings.add(new MappingDraft(from, to, relationship, strength(m, itemPath, warnings),
                        text(m, "rationale", itemPath)));
            }
            String provenance = urn + (libraryVersion() == null ? "" : " version " + libraryVersion())
                    + (fileName == null ? "" : " (" + fileName + ")");
            return new MappingSetDraft(name,
                    source == null ? null : source.draft().code(), source == null ? null : source.draft().version(),
                    sourceUrn,
                    target == null ? null : target.draft().code(), target == null ? null : target.draft().version(),
                    targetUrn, provenance, mappings, warnings);
        }

        private static String requirementRefId(String requirementUrn, String frameworkUrn, Framework inFile,
                String path) {
            if (inFile == null) {
                return refIdFromUrn(requirementUrn, frameworkUrn);
            }
            String refId = inFile.refIds().get(requirementUrn);
            if (refId == null) {
                throw new ImportFailure(path, "no requirement " + requirementUrn + " in " + frameworkUrn);
            }
            return refId;
        }

        private static Integer strength(Map<String, Object> m, String path, List<String> warnings) {
            String value = text(m, "strength_of_relationship", path);
            if (value == null) {
                return null;
            }
            try {
                int strength = Integer.parseInt(value);
                if (strength >= 0 && strength <= 10) {
                    return strength;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            warnings.add(path + ".strength_of_relationship: '" + firstLine(value) + "' is not 0–10, ignored");
            return null;
        }
    }

    private record Framework(CatalogDraft draft, Map<String, String> refIds) {
    }
}
