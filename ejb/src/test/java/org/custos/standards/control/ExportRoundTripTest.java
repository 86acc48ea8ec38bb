package org.custos.standards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.standards.entity.MappingSet;
import org.custos.standards.entity.Origin;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.RequirementMapping;
import org.custos.standards.entity.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format imports back to the same catalog and mappings. */
class ExportRoundTripTest {

    enum Format {
        CSV, XLSX, OSCAL
    }

    /** Tricky on purpose: ids that are no OSCAL tokens, mixed siblings, multi-line text, umlauts, ';' and '='. */
    static CatalogDraft synthetic() {
        List<NodeDraft> nodes = List.of(
                node("4", null, "Context of the organization", "Kontext der Organisation", null, null, false, 0, Map.of()),
                node("4.1", "4", "Understanding the organization", "Verstehen der Organisation",
                        "The organization shall determine\nexternal and internal issues.",
                        "Die Organisation muss externe und interne Themen bestimmen.", true, 0,
                        Map.of("tier.must", "x; y=z", "cia", "C,I")),
                node("4.1.note", "4.1", null, "Hinweis (nur deutsch)", null, "Anmerkung: äöüß", false, 0, Map.of()),
                node("4.2", "4", "Interested parties", null, "Needs and expectations.", null, true, 1, Map.of()),
                node("A", null, "Annex A", "Anhang A", null, null, false, 1, Map.of()),
                node("A.5.1", "A", "Policies for information security", "Informationssicherheitsrichtlinien",
                        "Policy ... shall be defined", null, true, 0, Map.of("guidance", "line 1\nline 2")),
                node("A 5.1/x", "A", "Odd id", null, null, null, true, 1, Map.of()),
                node("A.6", "A", "People controls", null, null, null, false, 2, Map.of()),
                node("A.6.1", "A.6", "Screening", "Überprüfung", null, null, true, 0, Map.of()));
        List<NodeDraft> withGroups = new ArrayList<>(nodes);
        NodeDraft first = withGroups.get(1);
        withGroups.set(1, new NodeDraft(first.refId(), first.parentRefId(), first.titleEn(), first.titleDe(),
                first.descriptionEn(), first.descriptionDe(), first.assessable(), first.order(), first.attributes(),
                List.of("IG1", "IG2")));
        return new CatalogDraft("SYN", "Synthetic catalogue", "1.0", "Custos tests", "synthetic", "CC BY 4.0\nsecond line",
                List.of("en", "de"), withGroups, List.of());
    }

    private static NodeDraft node(String id, String parent, String titleEn, String titleDe, String descEn, String descDe,
            boolean assessable, int order, Map<String, String> attrs) {
        return new NodeDraft(id, parent, titleEn, titleDe, descEn, descDe, assessable, order, attrs, List.of());
    }

    /** What {@link CatalogStore} would store, without a database. */
    static List<Requirement> store(Standard standard, CatalogDraft draft) {
        Map<String, Requirement> byRef = new HashMap<>();
        List<Requirement> result = new ArrayList<>();
        for (NodeDraft n : draft.nodes()) {
            Requirement r = new Requirement(standard, n.parentRefId() == null ? null : byRef.get(n.parentRefId()),
                    n.refId(), n.assessable(), n.order());
            r.describe(n.titleEn(), n.titleDe(), n.descriptionEn(), n.descriptionDe());
            r.classify(CatalogStore.json(n.attributes()),
                    n.implementationGroups().isEmpty() ? null : String.join(",", n.implementationGroups()));
            byRef.put(n.refId(), r);
            result.add(r);
        }
        return result;
    }

    static Standard standard(CatalogDraft d) {
        return new Standard(d.code(), d.version(), d.name(), d.publisher(), d.source(), d.licence(),
                String.join(",", d.languages()), Origin.IMPORTED, null, Instant.now(), "test");
    }

    static CatalogDraft roundTrip(Standard standard, List<Requirement> requirements, Format format) {
        byte[] bytes;
        switch (format) {
            case OSCAL:
                bytes = new OscalCatalogWriter().write(standard, requirements);
                return new OscalCatalogParser().parse(new ByteArrayInputStream(bytes), "export.json");
            case XLSX:
                bytes = new TemplateWriter().catalog(requirements, TemplateWriter.Format.XLSX);
                return new TemplateCatalogParser().parse(new ByteArrayInputStream(bytes), "export.xlsx",
                        new TemplateCatalogParser.Meta(standard.getCode(), standard.getName(), standard.getEdition(),
                                null, null, null));
            default:
                bytes = new TemplateWriter().catalog(requirements, TemplateWriter.Format.CSV);
                return new TemplateCatalogParser().parse(new ByteArrayInputStream(bytes), "export.csv",
                        new TemplateCatalogParser.Meta(standard.getCode(), standard.getName(), standard.getEdition(),
                                null, null, null));
        }
    }

    /** Nodes compared as a set keyed by refId: parent, texts, assessable, order, attributes and groups. */
    static void assertSameNodes(List<NodeDraft> expected, List<NodeDraft> actual) {
        assertEquals(expected.size(), actual.size(), "node count");
        Map<String, NodeDraft> byRef = new HashMap<>();
        actual.forEach(n -> byRef.put(n.refId(), n));
        for (NodeDraft e : expected) {
            NodeDraft a = byRef.get(e.refId());
            assertTrue(a != null, "missing " + e.refId());
            assertEquals(e, a, "node " + e.refId());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void syntheticCatalogSurvivesEveryFormat(Format format) {
        CatalogDraft draft = synthetic();
        Standard standard = standard(draft);
        CatalogDraft back = roundTrip(standard, store(standard, draft), format);
        assertSameNodes(draft.nodes(), back.nodes());
        if (format == Format.OSCAL) {
            assertEquals("SYN", back.code());
            assertEquals("1.0", back.version());
            assertEquals("Custos tests", back.publisher());
            assertEquals("CC BY 4.0\nsecond line", back.licence());
            assertEquals(List.of("en", "de"), back.languages());
        }
    }

    @Test
    void oscalExportUsesTokensAsIdsAndKeepsTheRealIdsAsLabels() {
        CatalogDraft draft = synthetic();
        Standard standard = standard(draft);
        String json = new String(new OscalCatalogWriter().write(standard, store(standard, draft)), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"id\": \"_4.1\""), json.substring(0, 400));
        assertTrue(json.contains("\"id\": \"A.5.1\""));
        assertTrue(json.contains("\"id\": \"_A_5.1_x\""));
        assertTrue(json.contains("\"oscal-version\": \"1.1.2\""));
        // other OSCAL tools read the title and statement in the primary language
        assertTrue(json.contains("\"title\": \"Understanding the organization\""));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"CSV", "XLSX"})
    void isaWorkbookSurvivesTheTemplates(Format format) throws IOException {
        IsaImport isa;
        try (InputStream in = Files.newInputStream(Fixtures.require("vda-isa/ISA6_EN_6.0.2.xlsx"))) {
            isa = new IsaWorkbookParser().parse(in, "ISA6_EN_6.0.2.xlsx");
        }
        Standard standard = standard(isa.catalog());
        assertSameNodes(isa.catalog().nodes(), roundTrip(standard, store(standard, isa.catalog()), format).nodes());
    }

    @Test
    void isaWorkbookSurvivesOscal() throws IOException {
        IsaImport isa;
        try (InputStream in = Files.newInputStream(Fixtures.require("vda-isa/ISA6_EN_6.0.2.xlsx"))) {
            isa = new IsaWorkbookParser().parse(in, "ISA6_EN_6.0.2.xlsx");
        }
        Standard standard = standard(isa.catalog());
        assertSameNodes(isa.catalog().nodes(), roundTrip(standard, store(standard, isa.catalog()), Format.OSCAL).nodes());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void cisoFrameworkWithImplementationGroupsSurvives(Format format) throws IOException {
        CisoLibrary library;
        try (InputStream in = Files.newInputStream(Fixtures.require("ciso-assistant/tisax-v6.0.2.yaml"))) {
            library = new CisoAssistantParser().parse(in, "tisax-v6.0.2.yaml");
        }
        CatalogDraft fw = library.frameworks().get(0);
        assertTrue(fw.nodes().stream().anyMatch(n -> !n.implementationGroups().isEmpty()));
        Standard standard = standard(fw);
        assertSameNodes(fw.nodes(), roundTrip(standard, store(standard, fw), format).nodes());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void mappingSetSurvivesEveryFormat(Format format) {
        CatalogDraft draft = synthetic();
        Standard source = standard(draft);
        Standard target = new Standard("ISO27001", "2022", "ISO/IEC 27001", null, null, null, "en", Origin.BUNDLED, 1,
                Instant.now(), "system");
        Map<String, Requirement> s = new HashMap<>();
        store(source, draft).forEach(r -> s.put(r.getRefId(), r));
        Map<String, Requirement> t = new HashMap<>();
        store(target, draft).forEach(r -> t.put(r.getRefId(), r));
        MappingSet set = new MappingSet("SYN → ISO", source, target, Origin.IMPORTED, "test", Instant.now(), "test");
        List<RequirementMapping> mappings = List.of(
                new RequirementMapping(set, s.get("4.1"), t.get("4.1"), Relationship.EQUAL, 10, "same text"),
                new RequirementMapping(set, s.get("A 5.1/x"), t.get("A.5.1"), Relationship.SUBSET, null, null),
                new RequirementMapping(set, s.get("A.6.1"), t.get("A.6.1"), Relationship.INTERSECT, 3, "partly;\n\"quoted\""),
                new RequirementMapping(set, s.get("4.2"), t.get("4.1"), Relationship.NOT_RELATED, 0, null));
        MappingSetDraft back;
        switch (format) {
            case OSCAL:
                back = new OscalMappingParser().parse(new ByteArrayInputStream(new OscalMappingWriter().write(set, mappings)),
                        "m.json");
                assertEquals("SYN", back.sourceCode());
                assertEquals("1.0", back.sourceVersion());
                assertEquals("ISO27001", back.targetCode());
                assertEquals("2022", back.targetVersion());
                break;
            default:
                TemplateWriter.Format f = format == Format.XLSX ? TemplateWriter.Format.XLSX : TemplateWriter.Format.CSV;
                back = new TemplateMappingParser().parse(new ByteArrayInputStream(new TemplateWriter().mappings(mappings, f)),
                        "m." + f.name().toLowerCase(), "n", "SYN", "1.0", "ISO27001", "2022");
        }
        List<MappingDraft> expected = mappings.stream().map(m -> new MappingDraft(m.getSource().getRefId(),
                m.getTarget().getRefId(), m.getRelationship(), m.getStrength(), m.getRationale())).toList();
        assertEquals(expected, back.mappings());
    }

    @Test
    void emptyTemplatesCarryTheHeaderOnly() {
        String csv = new String(new TemplateWriter().catalog(List.of(), TemplateWriter.Format.CSV), StandardCharsets.UTF_8);
        assertEquals(String.join(",", TemplateCatalogParser.COLUMNS) + "\n", csv);
        byte[] xlsx = new TemplateWriter().mappings(List.of(), TemplateWriter.Format.XLSX);
        assertTrue(TemplateTable.hasHeader(xlsx, "m.xlsx", "source_ref_id"));
        ImportFailure none = assertThrows(ImportFailure.class, () -> new TemplateMappingParser()
                .parse(new ByteArrayInputStream(xlsx), "m.xlsx", "n", "A", "1", "B", "1"));
        assertEquals("m.xlsx: no rows", none.getMessage());
    }
}
