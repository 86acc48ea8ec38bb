package org.custos.standards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CisoAssistantParserTest {

    private final CisoAssistantParser parser = new CisoAssistantParser();

    private CisoLibrary parseFixture(String name) throws IOException {
        Path file = Fixtures.require("ciso-assistant/" + name);
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, name);
        }
    }

    private CisoLibrary parseText(String yaml) {
        return parser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private CatalogDraft onlyFramework(CisoLibrary library) {
        assertEquals(1, library.frameworks().size());
        return library.frameworks().get(0);
    }

    /** Every parent exists and is listed before its child; sibling orders run 0, 1, 2, … */
    private static void assertTreeIsWellFormed(CatalogDraft catalog) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Integer>> orders = new HashMap<>();
        for (NodeDraft node : catalog.nodes()) {
            if (node.parentRefId() != null) {
                assertTrue(seen.contains(node.parentRefId()), "parent listed first: " + node.refId());
            }
            assertTrue(seen.add(node.refId()), "unique refId: " + node.refId());
            orders.computeIfAbsent(String.valueOf(node.parentRefId()), k -> new ArrayList<>())
                    .add(node.order());
        }
        orders.forEach((parent, list) -> {
            for (int i = 0; i < list.size(); i++) {
                assertEquals(i, list.get(i), "order among children of " + parent);
            }
        });
    }

    private static NodeDraft node(CatalogDraft catalog, String refId) {
        return catalog.nodes().stream().filter(n -> n.refId().equals(refId)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + refId));
    }

    // ---- real libraries ----

    @Test
    void tisaxYieldsAllNodesWithImplementationGroupsAndUrnDerivedIdsWhereRefIdIsMissing() throws IOException {
        CatalogDraft tisax = onlyFramework(parseFixture("tisax-v6.0.2.yaml"));

        assertEquals("TISAX-V6.0.2", tisax.code());
        assertEquals("VDA", tisax.publisher());
        assertEquals("urn:intuitem:risk:framework:tisax-v6.0.2", tisax.source());
        assertTrue(tisax.licence().contains("ENX Association"));
        assertEquals(294, tisax.nodes().size());
        assertEquals(169, tisax.assessableCount());
        assertEquals(9, tisax.nodes().stream().filter(n -> n.parentRefId() == null).count());
        assertEquals(169, tisax.nodes().stream().filter(n -> !n.implementationGroups().isEmpty()).count());
        assertEquals(List.of("en"), tisax.languages());
        assertTreeIsWellFormed(tisax);

        NodeDraft must = node(tisax, "node5");
        assertEquals("1.1.1", must.parentRefId());
        assertEquals(List.of("must"), must.implementationGroups());
        assertTrue(must.assessable());
        assertEquals("urn:intuitem:risk:req_node:tisax-v6.0.2:node5", must.attributes().get("urn"));
        assertEquals("To what extent are information security policies available?", node(tisax, "1.1.1").titleEn());
    }

    @Test
    void bsiC5KeepsItsUpperCaseRefIdsAndResolvesParentsWithoutRefId() throws IOException {
        CatalogDraft c5 = onlyFramework(parseFixture("bsi-c5-2020.yaml"));

        assertEquals("BSI-C5-2020", c5.code());
        assertEquals("1", c5.version());
        assertEquals(138, c5.nodes().size());
        assertEquals(121, c5.assessableCount());
        assertEquals(17, c5.nodes().stream().filter(n -> n.parentRefId() == null).count());
        assertTreeIsWellFormed(c5);

        NodeDraft ois01 = node(c5, "OIS-01");
        assertEquals("node2", ois01.parentRefId());
        assertEquals("Information Security Management System (ISMS)", ois01.titleEn());
        assertTrue(ois01.descriptionEn().startsWith("The Cloud Service Provider operates"));
        assertNotNull(ois01.attributes().get("annotation"));
        assertEquals(0, ois01.order());
        assertEquals(1, node(c5, "OIS-02").order());
    }

    @Test
    void nis2DirectiveCarriesGermanTranslationsOfEveryNode() throws IOException {
        CatalogDraft nis2 = onlyFramework(parseFixture("nis2-directive.yaml"));

        assertEquals("NIS2-DIRECTIVE", nis2.code());
        assertEquals(17, nis2.nodes().size());
        assertEquals(13, nis2.assessableCount());
        assertEquals(List.of("en", "de"), nis2.languages());
        assertTreeIsWellFormed(nis2);
        assertEquals(17, nis2.nodes().stream().filter(n -> n.descriptionDe() != null).count());

        NodeDraft article = node(nis2, "node2");
        assertEquals("Article 21", article.titleEn());
        assertEquals("Artikel 21", article.titleDe());
        assertEquals("Risikomanagementmaßnahmen im Bereich der Cybersicherheit", article.descriptionDe());
        NodeDraft paragraph = node(nis2, "21.1");
        assertEquals("node2", paragraph.parentRefId());
        assertNull(paragraph.titleDe(), "name: null in the translation stays absent");
        assertTrue(paragraph.descriptionDe().startsWith("Die Mitgliedstaaten stellen sicher"));
    }

    @Test
    void nis2AnnexYieldsAllNodesAndTheRefIdOfANodeWhoseUrnHasAColon() throws IOException {
        CatalogDraft annex = onlyFramework(parseFixture(
                "annex-nis2-regulation--2024-2690-with-technical-implementation-guidance-by-enisa.yaml"));

        assertEquals(439, annex.nodes().size());
        assertEquals(351, annex.assessableCount());
        assertEquals(13, annex.nodes().stream().filter(n -> n.parentRefId() == null).count());
        assertEquals("12", annex.version());
        assertTreeIsWellFormed(annex);
        assertEquals("12.5", node(annex, "12.5.1").parentRefId());
        assertNotNull(node(annex, "1.1.1").attributes().get("typical_evidence"));
    }

    @Test
    void nis2ToIso27001MappingYieldsBothDirectionsWithIsoStyleRefIds() throws IOException {
        CisoLibrary library = parseFixture(
                "mapping-annex-technical-and-methodological-requirements-nis2-and-iso27001-2022.yaml");

        assertTrue(library.frameworks().isEmpty());
        assertEquals(2, library.mappingSets().size());
        MappingSetDraft forward = library.mappingSets().get(0);
        MappingSetDraft reverse = library.mappingSets().get(1);
        assertEquals(954, forward.mappings().size());
        assertEquals(954, reverse.mappings().size());
        assertEquals("urn:intuitem:risk:framework:annex-technical-and-methodological-requirements-nis2",
                forward.sourceRef());
        assertEquals("urn:intuitem:risk:framework:iso27001-2022", forward.targetRef());
        assertEquals(forward.targetRef(), reverse.sourceRef());
        assertNull(forward.targetCode(), "the target framework is not in this file");
        assertTrue(forward.provenance().contains("version 2"));
        assertTrue(forward.mappings().stream().allMatch(m -> m.relationship() == Relationship.INTERSECT));

        Set<String> isoIds = forward.mappings().stream().map(MappingDraft::targetRefId).collect(Collectors.toSet());
        assertTrue(isoIds.contains("A.5.1"));
        assertTrue(isoIds.contains("5.2"));
        assertTrue(isoIds.stream().allMatch(id -> id.matches("(A\\.)?\\d+(\\.\\d+)*")), isoIds.toString());
        assertEquals(isoIds, reverse.mappings().stream().map(MappingDraft::sourceRefId).collect(Collectors.toSet()));
        assertTrue(forward.mappings().stream().anyMatch(m -> m.sourceRefId().equals("1.1.1.a")
                && m.targetRefId().equals("5.2")));
    }

    @Test
    void nis2MappingSourceIdsAllNameNodesOfTheAnnexCatalog() throws IOException {
        CatalogDraft annex = onlyFramework(parseFixture(
                "annex-nis2-regulation--2024-2690-with-technical-implementation-guidance-by-enisa.yaml"));
        MappingSetDraft forward = parseFixture(
                "mapping-annex-technical-and-methodological-requirements-nis2-and-iso27001-2022.yaml")
                .mappingSets().get(0);

        Set<String> annexIds = annex.nodes().stream().map(NodeDraft::refId).collect(Collectors.toSet());
        Set<String> unknown = forward.mappings().stream().map(MappingDraft::sourceRefId)
                .filter(id -> !annexIds.contains(id)).collect(Collectors.toSet());
        assertTrue(unknown.isEmpty(), "not in the annex: " + unknown);
        assertTrue(forward.mappings().stream().anyMatch(m -> m.sourceRefId().equals("12.5.1")));
    }

    // ---- reference id rules ----

    @Test
    void refIdFromUrnStripsTheFrameworkPrefixAndUpperCasesIsoIds() {
        String iso = "urn:intuitem:risk:framework:iso27001-2022";
        assertEquals("A.5.1", CisoAssistantParser.refIdFromUrn("urn:intuitem:risk:req_node:iso27001-2022:a.5.1", iso));
        assertEquals("4.1", CisoAssistantParser.refIdFromUrn("urn:intuitem:risk:req_node:iso27001-2022:4.1", iso));
        String annex = "urn:intuitem:risk:framework:annex-technical-and-methodological-requirements-nis2";
        assertEquals("12.5.1", CisoAssistantParser.refIdFromUrn(
                "urn:intuitem:risk:req_node:annex-technical-and-methodological-requirements-nis2:12.5:1", annex));
        assertEquals("1.1.1.a", CisoAssistantParser.refIdFromUrn(
                "urn:intuitem:risk:req_node:annex-technical-and-methodological-requirements-nis2:1.1.1.a", annex));
        assertEquals("x-1", CisoAssistantParser.refIdFromUrn("urn:other:req:x-1", annex),
                "falls back to the last segment");
    }

    @Test
    void numericLookingIdsStayTextAndMappingsWithinOneFileUseTheFrameworksRefIds() {
        CisoLibrary library = parseText("""
                urn: urn:test:library:demo
                locale: en
                version: 1
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    ref_id: demo v1
                    requirement_nodes:
                    - urn: urn:intuitem:risk:req_node:demo:1.10
                      ref_id: 1.10
                      name: Ten
                      assessable: true
                    - urn: urn:intuitem:risk:req_node:demo:ctl-1
                      ref_id: CTL-1
                      parent_urn: urn:intuitem:risk:req_node:demo:1.10
                      assessable: yes
                  requirement_mapping_set:
                    source_framework_urn: urn:intuitem:risk:framework:demo
                    target_framework_urn: urn:intuitem:risk:framework:iso27001-2022
                    requirement_mappings:
                    - source_requirement_urn: urn:intuitem:risk:req_node:demo:ctl-1
                      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.8.2
                      relationship: subset
                      strength_of_relationship: 7
                      rationale: partly
                """);
        CatalogDraft demo = onlyFramework(library);
        assertEquals("DEMO-V1", demo.code());
        assertEquals("1.10", demo.nodes().get(0).refId());
        assertEquals("1.10", demo.nodes().get(1).parentRefId());
        assertTrue(demo.nodes().get(1).assessable());

        MappingSetDraft set = library.mappingSets().get(0);
        assertEquals("DEMO-V1", set.sourceCode());
        assertEquals("1", set.sourceVersion());
        assertEquals(List.of(new MappingDraft("CTL-1", "A.8.2", Relationship.SUBSET, 7, "partly")), set.mappings());
    }

    @Test
    void repeatedRefIdFallsBackToTheUrnWithAWarning() {
        CatalogDraft fw = onlyFramework(parseText("""
                urn: urn:test:library:demo
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    requirement_nodes:
                    - urn: urn:intuitem:risk:req_node:demo:a
                      ref_id: X
                    - urn: urn:intuitem:risk:req_node:demo:b
                      ref_id: X
                """));
        assertEquals(List.of("X", "b"), fw.nodes().stream().map(NodeDraft::refId).toList());
        assertEquals(1, fw.warnings().size());
        assertTrue(fw.warnings().get(0).contains("requirement_nodes[1]"));
    }

    @Test
    void germanLibraryPutsItsOwnTextsIntoGermanAndTheEnglishTranslationIntoEnglish() {
        CatalogDraft fw = onlyFramework(parseText("""
                urn: urn:test:library:demo
                locale: de
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    requirement_nodes:
                    - urn: urn:intuitem:risk:req_node:demo:1
                      name: Organisation
                      description: Die Leitung trägt Verantwortung.
                      translations:
                        en:
                          name: Organisation (en)
                          description: Management is responsible.
                """));
        NodeDraft node = fw.nodes().get(0);
        assertEquals("Organisation", node.titleDe());
        assertEquals("Die Leitung trägt Verantwortung.", node.descriptionDe());
        assertEquals("Organisation (en)", node.titleEn());
        assertEquals("Management is responsible.", node.descriptionEn());
        assertEquals(Set.of("en", "de"), Set.copyOf(fw.languages()));
    }

    // ---- refused files ----

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                urn: urn:test:library:demo
                objects:
                  framework: [unclosed
                """));
        assertTrue(failure.where().startsWith("line "), failure.where());
    }

    @Test
    void billionLaughsAliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [" + "lol,".repeat(8) + "lol]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        ImportFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ImportFailure.class, () -> parseText(bomb.toString())));
        assertTrue(failure.getMessage().contains("aliases"), failure.getMessage());
    }

    @Test
    void deeplyNestedDocumentIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText(deep));
        assertTrue(failure.getMessage().contains("Nesting Depth"), failure.getMessage());
    }

    @Test
    void fileWithoutObjectsIsNotALibrary() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("urn: x\nname: just a list\n"));
        assertEquals("objects", failure.where());
    }

    @Test
    void libraryWithoutFrameworkOrMappingSetIsRefused() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parseText("urn: x\nobjects:\n  threats: []\n"));
        assertEquals("objects", failure.where());
    }

    @Test
    void missingLibraryUrnIsRefused() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parseText("objects:\n  framework:\n    urn: urn:f\n"));
        assertEquals("urn", failure.where());
    }

    @Test
    void nodeWithoutUrnIsRefusedWithItsPath() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                urn: urn:test:library:demo
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    requirement_nodes:
                    - ref_id: A
                """));
        assertEquals("objects.framework.requirement_nodes[0].urn", failure.where());
    }

    @Test
    void unknownParentIsRefusedWithTheNodesPath() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                urn: urn:test:library:demo
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    requirement_nodes:
                    - urn: urn:intuitem:risk:req_node:demo:1
                    - urn: urn:intuitem:risk:req_node:demo:1.1
                      parent_urn: urn:intuitem:risk:req_node:demo:9
                """));
        assertEquals("objects.framework.requirement_nodes[1].parent_urn", failure.where());
        assertTrue(failure.getMessage().contains("demo:9"));
    }

    @Test
    void parentCycleIsRefused() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                urn: urn:test:library:demo
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    requirement_nodes:
                    - urn: urn:intuitem:risk:req_node:demo:1
                      parent_urn: urn:intuitem:risk:req_node:demo:2
                    - urn: urn:intuitem:risk:req_node:demo:2
                      parent_urn: urn:intuitem:risk:req_node:demo:1
                """));
        assertTrue(failure.getMessage().contains("cycle"), failure.getMessage());
    }

    @Test
    void unknownRelationshipIsRefusedWithTheMappingsPath() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                urn: urn:test:library:map
                objects:
                  requirement_mapping_sets:
                  - source_framework_urn: urn:intuitem:risk:framework:a
                    target_framework_urn: urn:intuitem:risk:framework:b
                    requirement_mappings:
                    - source_requirement_urn: urn:intuitem:risk:req_node:a:1
                      target_requirement_urn: urn:intuitem:risk:req_node:b:1
                      relationship: equal
                    - source_requirement_urn: urn:intuitem:risk:req_node:a:2
                      target_requirement_urn: urn:intuitem:risk:req_node:b:2
                      relationship: sort-of
                """));
        assertEquals("objects.requirement_mapping_sets[0].requirement_mappings[1].relationship", failure.where());
    }

    @Test
    void mappingToARequirementMissingFromTheFrameworkInTheSameFileIsRefused() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                urn: urn:test:library:demo
                objects:
                  framework:
                    urn: urn:intuitem:risk:framework:demo
                    requirement_nodes:
                    - urn: urn:intuitem:risk:req_node:demo:1
                  requirement_mapping_set:
                    source_framework_urn: urn:intuitem:risk:framework:demo
                    target_framework_urn: urn:intuitem:risk:framework:other
                    requirement_mappings:
                    - source_requirement_urn: urn:intuitem:risk:req_node:demo:2
                      target_requirement_urn: urn:intuitem:risk:req_node:other:1
                      relationship: equal
                """));
        assertEquals("objects.requirement_mapping_set.requirement_mappings[0].source_requirement_urn",
                failure.where());
    }

    @Test
    void longLibraryIdsGiveCodesThatFitTheCatalogTable() {
        assertEquals("ANNEX-NIS2-REGULATION--2024-2690-WITH",
                CisoAssistantParser.code("annex-nis2-regulation--2024-2690-with-technical-implementation-guidance-by-enisa"));
        assertEquals("NIS2-DIRECTIVE", CisoAssistantParser.code("nis2-directive"));
    }
}
