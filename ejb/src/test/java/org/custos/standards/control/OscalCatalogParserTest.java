package org.custos.standards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class OscalCatalogParserTest {

    private final OscalCatalogParser parser = new OscalCatalogParser();

    private CatalogDraft parseFixture(String name) throws IOException {
        Path file = Fixtures.require("bsi-oscal/" + name);
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, name);
        }
    }

    private CatalogDraft parseText(String json) {
        return parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static Map<String, NodeDraft> byRefId(CatalogDraft draft) {
        return draft.nodes().stream().collect(Collectors.toMap(NodeDraft::refId, Function.identity()));
    }

    @Test
    void kernelCatalogYields901AssessableControlsUnder14PracticesInGermanWithinFiveSeconds() throws IOException {
        Path file = Fixtures.require("bsi-oscal/BSI-Stand-der-Technik-Kernel-catalog.json");
        long start = System.nanoTime();
        CatalogDraft draft;
        try (InputStream in = Files.newInputStream(file)) {
            draft = parser.parse(in, file.getFileName().toString());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Kernel catalog: " + draft.nodes().size() + " nodes, " + draft.assessableCount()
                + " assessable, parsed in " + millis + " ms");

        assertEquals(901, draft.assessableCount());
        assertEquals(901 + 117, draft.nodes().size(), "901 controls and 117 groups");
        assertTrue(millis < 5000, "parse took " + millis + " ms");
        assertEquals("BSI-STAND-DER-TECHNIK-KERNEL", draft.code());
        assertEquals("BSI Stand der Technik Kernel", draft.name());
        assertEquals("2026-07-29T06:41:06.596639+00:00", draft.version());
        assertEquals("Bundesamt für Sicherheit in der Informationstechnik, Referat Stand der Technik",
                draft.publisher());
        assertEquals(List.of("de"), draft.languages());
        assertEquals(List.of(), draft.warnings());

        List<String> practices = draft.nodes().stream().filter(n -> n.parentRefId() == null)
                .map(n -> n.refId() + " " + n.titleDe()).toList();
        assertEquals(List.of("ASST Informationen und Assets", "PERS Personal", "BES Beschaffungsmanagement",
                "DLS Dienstleistersteuerung", "TEST Änderungen und Tests", "GEB Gebäudemanagement",
                "SENS Sensibilisierung", "ARCH Architektur", "BER Berechtigung", "NOT Notfallplanung",
                "DET Detektion", "REA Sicherheitsvorfallsbehandlung", "KONF Konfiguration", "DEV Entwicklung"),
                practices);
        assertTrue(draft.nodes().stream().filter(n -> !n.assessable()).allMatch(n -> n.titleDe() != null));
    }

    @Test
    void kernelGroupsAreHeadingsAndNestedControlsHangUnderTheirControl() throws IOException {
        Map<String, NodeDraft> nodes = byRefId(parseFixture("BSI-Stand-der-Technik-Kernel-catalog.json"));

        NodeDraft asst = nodes.get("ASST");
        assertFalse(asst.assessable());
        assertEquals(0, asst.order());
        assertTrue(asst.descriptionDe().startsWith("Im Rahmen der IT-Komponenten"), "practice text from label");
        NodeDraft grundlagen = nodes.get("ASST.1");
        assertFalse(grundlagen.assessable());
        assertEquals("ASST", grundlagen.parentRefId());
        assertEquals("Grundlagen", grundlagen.titleDe());

        NodeDraft control = nodes.get("ASST.1.1");
        assertTrue(control.assessable());
        assertEquals("ASST.1", control.parentRefId());
        assertEquals("Verfahren und Regelungen", control.titleDe());
        assertNull(control.titleEn());
        assertEquals("Informationen und Assets MUSS Verfahren und Regelungen zum Management von Informationen "
                + "und damit verbundener Assets verankern.", control.descriptionDe());
        assertEquals("normal-SdT", control.attributes().get("level"));
        assertEquals("0", control.attributes().get("effort"));
        assertEquals("MUSS", control.attributes().get("modal"));
        assertEquals("b3a2e5a0-380a-4770-86e6-ea1d8d586ad7", control.attributes().get("altId"));
        assertTrue(control.attributes().get("guidance").startsWith("Informationsmanagement ist"));

        NodeDraft enhancement = nodes.get("ASST.1.1.1");
        assertTrue(enhancement.assessable());
        assertEquals("ASST.1.1", enhancement.parentRefId());
        assertEquals(0, enhancement.order());
    }

    @Test
    void parameterInsertionsAreReplacedByTheirLabels() throws IOException {
        NodeDraft control = byRefId(parseFixture("BSI-Stand-der-Technik-Kernel-catalog.json")).get("ASST.3.11");

        assertEquals("Informationen und Assets für Daten SOLLTE für die Informationsverarbeitung verwendete "
                + "Systeme durch eine zuständige Person oder Rolle autorisieren.", control.descriptionDe());
        assertEquals("Data Leak, Shadow IT", control.attributes().get("tags"));
    }

    @Test
    void methodikCatalogParsesWith95ControlsUnderFivePractices() throws IOException {
        CatalogDraft draft = parseFixture("BSI-Methodik-Grundschutz++-catalog.json");

        assertEquals(95, draft.assessableCount());
        assertEquals(95 + 41, draft.nodes().size());
        assertEquals("BSI-METHODIK-GRUNDSCHUTZ-PLUS-PLUS", draft.code());
        assertEquals(List.of("GC", "STM", "UMS", "VRB", "PERF"), draft.nodes().stream()
                .filter(n -> n.parentRefId() == null).map(NodeDraft::refId).toList());
    }

    @Test
    void risikomanagementCatalogParsesWithTenControls() throws IOException {
        CatalogDraft draft = parseFixture("BSI-Anforderungen-zum-Risikomanagement-catalog.json");

        assertEquals(10, draft.assessableCount());
        assertEquals("BSI-ANFORDERUNGEN-ZUM-RISIKOMANAGEMENT", draft.code());
        assertEquals("RISK", draft.nodes().get(0).refId());
    }

    @Test
    void callerCodeOverridesTheDerivedCode() throws IOException {
        Path file = Fixtures.require("bsi-oscal/BSI-Anforderungen-zum-Risikomanagement-catalog.json");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals("BSI-RISK", parser.parse(in, "x.json", "BSI-RISK").code());
        }
    }

    @Test
    void englishCatalogWithoutHintsFillsEnglishFieldsAndLongTitlesGiveShortCodes() {
        CatalogDraft draft = parseText("""
                {"catalog": {"uuid": "u", "metadata": {"title": "A very long catalog title for testing code length limits",
                  "version": "1.0"},
                  "groups": [{"id": "g1", "title": "Group", "controls": [
                    {"id": "c1", "title": "Control", "params": [{"id": "p1", "values": ["weekly"]}],
                     "parts": [{"name": "statement", "prose": "Do it {{ insert: param, p1 }}.",
                       "parts": [{"name": "item", "prose": "first"}, {"name": "item", "prose": "second"}]}]},
                    {"id": "c2", "title": "Old", "props": [{"name": "status", "value": "withdrawn"}]}]}]}}
                """);

        assertEquals(List.of("en"), draft.languages());
        assertTrue(draft.code().length() <= 40, draft.code());
        assertEquals("A-VERY-LONG-CATALOG-TITLE-FOR-TESTING", draft.code());
        NodeDraft c1 = byRefId(draft).get("c1");
        assertEquals("Control", c1.titleEn());
        assertEquals("Do it weekly.\nfirst\nsecond", c1.descriptionEn());
        NodeDraft c2 = byRefId(draft).get("c2");
        assertFalse(c2.assessable(), "withdrawn controls are kept but not assessed");
        assertEquals("withdrawn", c2.attributes().get("status"));
    }

    @Test
    void languageHintInMetadataWins() {
        CatalogDraft draft = parseText("""
                {"catalog": {"metadata": {"title": "Prüfkatalog", "props": [{"name": "lang", "value": "en-GB"}]},
                  "controls": [{"id": "c1", "title": "Control"}]}}
                """);

        assertEquals(List.of("en"), draft.languages());
        assertEquals("Control", draft.nodes().get(0).titleEn());
    }

    @Test
    void brokenJsonFailsAtTheRootWithLineAndColumn() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parseText("{\"catalog\": {\"metadata\": {\"title\": \"x\",}}"));

        assertEquals("$", failure.where());
        assertTrue(failure.getMessage().contains("line 1"), failure.getMessage());
    }

    @Test
    void fileWithoutCatalogRootIsRejected() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parseText("{\"mapping-collection\": {}}"));

        assertEquals("$", failure.where());
        assertTrue(failure.getMessage().contains("not an OSCAL catalog"), failure.getMessage());
    }

    @Test
    void repeatedIdFailsAtItsSecondOccurrence() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                {"catalog": {"metadata": {"title": "T"}, "groups": [
                  {"id": "g1", "title": "G1", "controls": [{"id": "c1", "title": "C"}]},
                  {"id": "g2", "title": "G2", "controls": [{"id": "c2", "title": "C"}, {"id": "c1", "title": "again"}]}]}}
                """));

        assertEquals("$.catalog.groups[1].controls[1]", failure.where());
        assertTrue(failure.getMessage().contains("$.catalog.groups[0].controls[0]"), failure.getMessage());
    }

    @Test
    void controlWithoutIdFailsAtThatControl() {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parseText("""
                {"catalog": {"metadata": {"title": "T"}, "groups": [
                  {"id": "g1", "title": "G1", "controls": [{"id": "c1", "title": "C", "controls": [{"title": "no id"}]}]}]}}
                """));

        assertEquals("$.catalog.groups[0].controls[0].controls[0]", failure.where());
        assertTrue(failure.getMessage().contains("\"id\""), failure.getMessage());
    }

    @Test
    void missingMetadataTitleFailsAtMetadata() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parseText("{\"catalog\": {\"metadata\": {\"version\": \"1\"}, \"controls\": []}}"));

        assertEquals("$.catalog.metadata", failure.where());
    }

    @Test
    void groupsThatAreNotAnArrayFailAtTheirPath() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> parseText("{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"groups\": {}}}"));

        assertEquals("$.catalog.groups", failure.where());
    }
}
