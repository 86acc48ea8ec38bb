package org.custos.standards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OscalMappingParserTest {

    private static final String FIXTURE = "bsi-oscal/ISO27001-AnnexA-to-GS++-mapping_collection.json";

    private final OscalMappingParser parser = new OscalMappingParser();

    private List<MappingSetDraft> parseFixture() throws IOException {
        Path file = Fixtures.require(FIXTURE);
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parseAll(in, file.getFileName().toString());
        }
    }

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String collection(String relationship, String targets) {
        return """
                {"mapping-collection": {"metadata": {"title": "M"}, "provenance": {"method": "human"},
                  "mappings": [{"source-resource": {"type": "catalog", "href": "a.json"},
                                "target-resource": {"type": "catalog", "title": "B"},
                    "maps": [{"relationship": "equivalent-to", "sources": [{"type": "control", "id-ref": "1"}],
                              "targets": [{"type": "control", "id-ref": "x"}]},
                             {"relationship": "%s", "sources": [{"type": "control", "id-ref": "2"}],
                              "targets": %s, "remarks": "why"}]}]}}
                """.formatted(relationship, targets);
    }

    @Test
    void isoAnnexACollectionGivesOneSetPerTargetCatalogWith365Pairs() throws IOException {
        List<MappingSetDraft> sets = parseFixture();

        assertEquals(2, sets.size());
        MappingSetDraft methodik = sets.get(0);
        MappingSetDraft kernel = sets.get(1);
        assertEquals("ISO27001-AnnexA-catalog.json", methodik.sourceRef());
        assertEquals("BSI-Methodik-Grundschutz++-catalog.json", methodik.targetRef());
        assertEquals("BSI-Stand-der-Technik-Kernel-catalog.json", kernel.targetRef());
        assertEquals(30, methodik.mappings().size());
        assertEquals(335, kernel.mappings().size());
        assertEquals("ISO/IEC 27001:2022 Annex A to GS++ Mapping (BSI-Stand-der-Technik-Kernel-catalog.json)",
                kernel.name());
        assertNull(kernel.sourceCode(), "the file names catalogs by href only");
        assertTrue(kernel.provenance().contains("method: human"), kernel.provenance());
        assertEquals(List.of(), methodik.warnings());
        assertEquals(List.of(), kernel.warnings());
    }

    @Test
    void isoAnnexAIdsAreBareNumbersAndGrundschutzIdsAreDotted() throws IOException {
        List<MappingSetDraft> sets = parseFixture();

        MappingDraft first = sets.get(0).mappings().get(0);
        assertEquals("5.1", first.sourceRefId());
        assertEquals("GC.6.1.3", first.targetRefId());
        assertEquals(Relationship.SUBSET, first.relationship());
        assertNull(first.strength());
        long sources = sets.stream().flatMap(s -> s.mappings().stream()).map(MappingDraft::sourceRefId)
                .distinct().count();
        assertEquals(93, sources, "all 93 Annex A controls");
        Map<Relationship, Long> kernelRelationships = sets.get(1).mappings().stream()
                .collect(Collectors.groupingBy(MappingDraft::relationship, Collectors.counting()));
        assertEquals(3, kernelRelationships.size(), kernelRelationships.toString());
    }

    @Test
    void singlePairCollectionParsesAsOneSetWithEveryPairAndRationale() {
        MappingSetDraft set = parser.parse(text(collection("intersects-with",
                "[{\"type\": \"control\", \"id-ref\": \"y\"}, {\"type\": \"control\", \"id-ref\": \"z\"}]")),
                "m.json");

        assertEquals("M", set.name());
        assertEquals("a.json", set.sourceRef());
        assertEquals("B", set.targetRef(), "title preferred over href");
        assertEquals("method: human", set.provenance());
        Map<String, MappingDraft> byTarget = set.mappings().stream()
                .collect(Collectors.toMap(MappingDraft::targetRefId, Function.identity()));
        assertEquals(3, set.mappings().size());
        assertEquals(Relationship.EQUAL, byTarget.get("x").relationship());
        assertEquals(Relationship.INTERSECT, byTarget.get("z").relationship());
        assertEquals("2", byTarget.get("z").sourceRefId());
        assertEquals("why", byTarget.get("z").rationale());
    }

    @Test
    void collectionWithSeveralTargetCatalogsIsRefusedAsOneSet() throws IOException {
        Path file = Fixtures.require(FIXTURE);
        try (InputStream in = Files.newInputStream(file)) {
            ImportFailure failure = assertThrows(ImportFailure.class, () -> parser.parse(in, "m.json"));
            assertEquals("$.mapping-collection.mappings", failure.where());
        }
    }

    @Test
    void unknownRelationshipFailsAtThatMap() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parser.parse(
                text(collection("sort-of-like", "[{\"type\": \"control\", \"id-ref\": \"y\"}]")), "m.json"));

        assertEquals("$.mapping-collection.mappings[0].maps[1].relationship", failure.where());
        assertTrue(failure.getMessage().contains("sort-of-like"), failure.getMessage());
    }

    @Test
    void targetWithoutIdRefFailsAtThatTarget() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parser.parse(
                text(collection("subset-of", "[{\"type\": \"control\", \"id-ref\": \"y\"}, {\"type\": \"control\"}]")),
                "m.json"));

        assertEquals("$.mapping-collection.mappings[0].maps[1].targets[1]", failure.where());
    }

    @Test
    void brokenJsonFailsAtTheRoot() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parser.parse(text("{\"mapping-collection\": {"), "m.json"));

        assertEquals("$", failure.where());
    }

    @Test
    void catalogFileIsNotAMappingCollection() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parser.parse(text("{\"catalog\": {\"metadata\": {\"title\": \"T\"}}}"), "c.json"));

        assertEquals("$", failure.where());
        assertTrue(failure.getMessage().contains("not an OSCAL mapping collection"), failure.getMessage());
    }

    @Test
    void mappingWithoutTargetResourceFailsAtThatMapping() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parser.parse(text("""
                {"mapping-collection": {"metadata": {"title": "M"},
                  "mappings": [{"source-resource": {"href": "a.json"}, "maps": []}]}}
                """), "m.json"));

        assertEquals("$.mapping-collection.mappings[0]", failure.where());
        assertTrue(failure.getMessage().contains("target-resource"), failure.getMessage());
    }
}
