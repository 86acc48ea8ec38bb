package org.custos.standards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class IsaWorkbookParserTest {

    private static final String ISA6 = "vda-isa/ISA6_EN_6.0.2.xlsx";
    private static final String ISA5 = "vda-isa/VDA_ISA_5_1_EN.xlsx";

    private final IsaWorkbookParser parser = new IsaWorkbookParser();

    // --- the real workbooks (skipped when the shared fixtures are absent) ---

    @Test
    void isa6CatalogTakesVersionFromTheCoverAndLicenceFromTheLicenseTab() throws IOException {
        CatalogDraft catalog = parse(ISA6).catalog();
        assertEquals("VDA-ISA", catalog.code());
        assertEquals("6.0.2", catalog.version());
        assertEquals("VDA ISA (TISAX)", catalog.name());
        assertEquals("ENX Association / VDA", catalog.publisher());
        assertEquals(List.of("en"), catalog.languages());
        assertTrue(catalog.licence().startsWith("© 2023 ENX Association / VDA"), catalog.licence());
        assertTrue(catalog.licence().contains("CC BY-ND 4.0"));
        assertEquals(List.of(), catalog.warnings());
    }

    @Test
    void isa6HasFortySixTwentyTwoAndTwelveControlQuestionsPerTab() throws IOException {
        CatalogDraft catalog = parse(ISA6).catalog();
        assertEquals(46, controls(catalog, "Information Security"));
        assertEquals(22, controls(catalog, "Prototype Protection"));
        assertEquals(12, controls(catalog, "Data Protection"));
        assertEquals(18, headings(catalog, "Information Security"));
        assertEquals(6, headings(catalog, "Prototype Protection"));
        assertEquals(9, headings(catalog, "Data Protection"));
        assertEquals(79, catalog.assessableCount(), "80 control questions minus superseded 3.1.2");
    }

    @Test
    void isa5HasFortyOneTwentyTwoAndFourControlQuestionsPerTab() throws IOException {
        CatalogDraft catalog = parse(ISA5).catalog();
        assertEquals("5.1", catalog.version());
        assertEquals(41, controls(catalog, "Information Security"));
        assertEquals(22, controls(catalog, "Prototype Protection"));
        assertEquals(4, controls(catalog, "Data protection"));
        assertEquals(67, catalog.assessableCount());
        // ISA 5 data protection questions are numbered 9.1 … 9.4 directly under chapter 9.
        NodeDraft dp = node(catalog, "9.1");
        assertTrue(dp.assessable());
        assertEquals("9", dp.parentRefId());
        assertTrue(dp.attributes().containsKey("tier.must"));
    }

    @Test
    void controlCarriesTitleObjectiveTiersAndMaturityTarget() throws IOException {
        NodeDraft c = node(parse(ISA6).catalog(), "1.1.1");
        assertTrue(c.assessable());
        assertEquals("1.1", c.parentRefId());
        assertEquals(0, c.order());
        assertEquals("To what extent are information security policies available?", c.titleEn());
        assertTrue(c.descriptionEn().startsWith("The organization needs at least one information security policy."));
        assertTrue(c.descriptionEn().contains("Requirements (must):\n+ The requirements for information security"));
        Map<String, String> a = c.attributes();
        assertTrue(a.get("tier.must").startsWith("+ The requirements for information security have been determined"));
        assertTrue(a.get("tier.should").startsWith("+ The information security requirements based on the strategy"));
        assertEquals("+ Policies are published and implemented in the entire assessment scope.", a.get("tier.sga"));
        assertFalse(a.containsKey("tier.high"), "'None' means no requirement");
        assertFalse(a.containsKey("tier.veryHigh"));
        assertEquals("3", a.get("maturity.target"));
        assertEquals("Information Security", a.get("tab"));
    }

    @Test
    void highAndVeryHighTiersAreTaggedWithTheirProtectionGoals() throws IOException {
        CatalogDraft catalog = parse(ISA6).catalog();
        assertEquals("C,I,A", node(catalog, "1.2.2").attributes().get("cia.high"));
        assertEquals("C,I", node(catalog, "3.1.4").attributes().get("cia.high"));
        assertEquals("C,I,A", node(catalog, "4.1.2").attributes().get("cia.high"));
        assertEquals("C,I", node(catalog, "4.1.2").attributes().get("cia.veryHigh"));
        assertNull(node(catalog, "1.1.1").attributes().get("cia.high"));
    }

    @Test
    void prototypeControlsHaveTheVehicleTier() throws IOException {
        NodeDraft c = node(parse(ISA6).catalog(), "8.1.4");
        assertEquals("8.1", c.parentRefId());
        assertTrue(c.attributes().containsKey("tier.vehicle"));
        assertEquals("Prototype Protection", c.attributes().get("tab"));
    }

    @Test
    void supersededControlStaysButIsNotAssessable() throws IOException {
        NodeDraft c = node(parse(ISA6).catalog(), "3.1.2");
        assertFalse(c.assessable());
        assertEquals("true", c.attributes().get("superseded"));
        assertEquals("1.6.3,5.2.8,5.2.9", c.attributes().get("supersededBy"));
        assertFalse(c.attributes().containsKey("maturity.target"));

        NodeDraft inIsa5 = node(parse(ISA5).catalog(), "3.1.2");
        assertTrue(inIsa5.assessable());
        assertFalse(inIsa5.attributes().containsKey("superseded"));
    }

    @Test
    void controlWithoutSectionRowHangsUnderItsChapter() throws IOException {
        CatalogDraft catalog = parse(ISA6).catalog();
        assertEquals("2", node(catalog, "2.1.1").parentRefId());
        assertEquals(1, node(catalog, "2").order());
        assertNull(node(catalog, "2").parentRefId());
        assertFalse(node(catalog, "2").assessable());
    }

    @Test
    void isa6ReferencesYieldSeventySevenMappingsTo2022AndSeventyThreeTo2013() throws IOException {
        IsaImport result = parse(ISA6);
        Map<String, MappingSetDraft> sets = byEdition(result);
        assertEquals(2, sets.size());
        MappingSetDraft iso2022 = sets.get("2022");
        assertEquals("VDA-ISA", iso2022.sourceCode());
        assertEquals("6.0.2", iso2022.sourceVersion());
        assertEquals("ISO27001", iso2022.targetCode());
        assertEquals(77, iso2022.mappings().size());
        assertEquals(73, sets.get("2013").mappings().size());
        assertEquals(List.of("1.6.2: A16.1.1.4", "5.2.4: 3.1.10"), result.unparsedReferences());
        assertTrue(iso2022.mappings().stream().allMatch(m -> m.relationship() == Relationship.INTERSECT));
    }

    @Test
    void isa6MappingTargetsAreNormalised() throws IOException {
        Map<String, MappingSetDraft> sets = byEdition(parse(ISA6));
        List<String> to2022 = targets(sets.get("2022"));
        List<String> to2013 = targets(sets.get("2013"));
        assertTrue(to2022.contains("1.1.1→A.5.1"));
        assertTrue(to2022.contains("1.2.1→4"), "clause 4");
        assertTrue(to2022.containsAll(List.of("1.6.2→A.5.24", "1.6.2→A.5.25", "1.6.2→A.5.26", "1.6.2→A.5.27")),
                "range A.5.24-27");
        assertTrue(to2022.contains("3.1.1→A.7.6"), "range A.7.1 - A.7.6");
        assertTrue(to2022.contains("4.1.2→A.8.5"), "'8.5' is no clause of 2022, so Annex A");
        assertTrue(to2013.contains("1.2.2→A.6.1.2"), "written A6.1.2");
        assertTrue(to2013.contains("1.4.1→6.1.3"), "clause 6.1.3");
        assertTrue(to2013.contains("2.1.3→A.7.2.1"), "cited as ISO 27002");
        assertTrue(to2013.contains("4.2.1→A.9.2.3"), "edition not stated");
        MappingDraft unstated = sets.get("2013").mappings().stream()
                .filter(m -> m.sourceRefId().equals("4.2.1")).findFirst().orElseThrow();
        assertTrue(unstated.rationale().contains("edition not stated"));
    }

    @Test
    void isa5ReferencesAreReadAs2013Only() throws IOException {
        IsaImport result = parse(ISA5);
        Map<String, MappingSetDraft> sets = byEdition(result);
        assertEquals(List.of("2013"), List.copyOf(sets.keySet()));
        assertEquals(69, sets.get("2013").mappings().size());
        assertEquals(List.of(), result.unparsedReferences());
        List<String> to2013 = targets(sets.get("2013"));
        assertTrue(to2013.contains("4.1.1→A.9.2.6"), "reference on the line after its label");
        assertTrue(to2013.containsAll(List.of("3.1.3→A.8.1.3", "3.1.3→A.8.1.4")), "joined by 'and'");
    }

    // --- reference cells, without fixtures ---

    @Test
    void referenceCellSkipsOtherStandardsAndReportsUnknownNumbers() {
        IsaIsoReferences.Result r = IsaIsoReferences.parse(
                "ISO 27001:2022: A.5.15; 8.5, A.9.9\nISO 27017: CLD.6.3.1\nNIST CSF 1.1: ID.GV-1");
        assertEquals(List.of("A.5.15", "A.8.5"), r.refs().stream().map(IsaIsoReferences.Ref::refId).toList());
        assertEquals(List.of("A.9.9"), r.unparsed());
    }

    @Test
    void referenceWithoutLabelIsUnparsed() {
        IsaIsoReferences.Result r = IsaIsoReferences.parse("see A.5.1");
        assertEquals(List.of(), r.refs());
        assertEquals(List.of("see A.5.1"), r.unparsed());
    }

    @Test
    void backwardsOrMixedRangesAreUnparsed() {
        IsaIsoReferences.Result r = IsaIsoReferences.parse("ISO 27001:2022: A.5.27-24, A.5.1 - A.6.2, A.6.1-3");
        assertEquals(List.of("A.6.1", "A.6.2", "A.6.3"), r.refs().stream().map(IsaIsoReferences.Ref::refId).toList());
        assertEquals(List.of("A.5.27-24", "A.5.1 - A.6.2"), r.unparsed());
    }

    // --- synthetic workbooks and broken files ---

    @Test
    void minimalWorkbookWithoutCoverTakesVersionFromFileName() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet is = questionSheet(wb, "Information Security", true);
            row(is, 2, "1", "1", "Policies", "", "", "");
            row(is, 3, "", "1.1.1", "Question?", "Why", "+ must (C)", "ISO 27001:2022: A.5.1, A.5.99");
            questionSheet(wb, "Prototype Protection", false);
            questionSheet(wb, "Data Protection", false);
        });
        IsaImport result = parser.parse(new ByteArrayInputStream(xlsx), "ISA_EN_6.1.0.xlsx");
        assertEquals("6.1.0", result.catalog().version());
        assertEquals("© ENX Association / VDA. Licensed under CC BY-ND 4.0 "
                + "(Creative Commons Attribution-NoDerivatives 4.0 International).", result.catalog().licence());
        NodeDraft c = node(result.catalog(), "1.1.1");
        assertEquals("1", c.parentRefId());
        assertEquals("Why\n\nRequirements (must):\n+ must (C)", c.descriptionEn());
        assertEquals(List.of("1.1.1: A.5.99"), result.unparsedReferences());
        assertEquals("A.5.1", result.isoMappings().get(0).mappings().get(0).targetRefId());
    }

    @Test
    void textFileNamedXlsxIsRejectedWithTheFileName() {
        byte[] text = "Control number;Control question\n1.1.1;foo\n".getBytes(StandardCharsets.UTF_8);
        ImportFailure f = assertThrows(ImportFailure.class,
                () -> parser.parse(new ByteArrayInputStream(text), "isa.xlsx"));
        assertEquals("isa.xlsx", f.where());
        assertTrue(f.getMessage().contains("not an Excel .xlsx workbook"), f.getMessage());
    }

    @Test
    void corruptZipIsRejected() {
        byte[] bytes = new byte[200];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
        ImportFailure f = assertThrows(ImportFailure.class,
                () -> parser.parse(new ByteArrayInputStream(bytes), "broken.xlsx"));
        assertEquals("broken.xlsx", f.where());
    }

    @Test
    void zipBombIsRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces); // 20 MB of spaces deflate to ~20 KB: ratio far below 1 %
            }
            zip.closeEntry();
        }
        ImportFailure f = assertThrows(ImportFailure.class,
                () -> parser.parse(new ByteArrayInputStream(out.toByteArray()), "bomb.xlsx"));
        assertEquals("bomb.xlsx", f.where());
        assertTrue(f.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb"), f.getMessage());
    }

    @Test
    void workbookWithoutTheQuestionTabsIsRejected() throws IOException {
        byte[] xlsx = workbook(wb -> wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello"));
        ImportFailure f = assertThrows(ImportFailure.class,
                () -> parser.parse(new ByteArrayInputStream(xlsx), "other.xlsx"));
        assertEquals("other.xlsx", f.where());
        assertTrue(f.getMessage().contains("sheet 'Information Security' not found"), f.getMessage());
    }

    @Test
    void missingControlNumberColumnNamesSheetAndHeaderRow() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet is = wb.createSheet("Information Security");
            Row header = is.createRow(1);
            header.createCell(0).setCellValue("Number");
            header.createCell(1).setCellValue("Control question");
            questionSheet(wb, "Prototype Protection", false);
            questionSheet(wb, "Data Protection", false);
        });
        ImportFailure f = assertThrows(ImportFailure.class,
                () -> parser.parse(new ByteArrayInputStream(xlsx), "ISA_6.0.2.xlsx"));
        assertEquals("sheet 'Information Security' row 2", f.where());
        assertTrue(f.getMessage().contains("'Control number'"), f.getMessage());
    }

    @Test
    void duplicateControlNumberIsRejectedWithItsRow() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet is = questionSheet(wb, "Information Security", true);
            row(is, 2, "", "1.1.1", "Q1", "", "", "");
            row(is, 3, "", "1.1.1", "Q2", "", "", "");
            questionSheet(wb, "Prototype Protection", false);
            questionSheet(wb, "Data Protection", false);
        });
        ImportFailure f = assertThrows(ImportFailure.class,
                () -> parser.parse(new ByteArrayInputStream(xlsx), "ISA_6.0.2.xlsx"));
        assertEquals("sheet 'Information Security' row 4", f.where());
    }

    // --- helpers ---

    private IsaImport parse(String fixture) throws IOException {
        Path file = Fixtures.require(fixture);
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in, file.getFileName().toString());
        }
    }

    private static long controls(CatalogDraft catalog, String tab) {
        return catalog.nodes().stream()
                .filter(n -> tab.equals(n.attributes().get("tab")))
                .filter(n -> n.assessable() || n.attributes().containsKey("superseded"))
                .count();
    }

    private static long headings(CatalogDraft catalog, String tab) {
        return catalog.nodes().stream()
                .filter(n -> tab.equals(n.attributes().get("tab")))
                .filter(n -> !n.assessable() && !n.attributes().containsKey("superseded"))
                .count();
    }

    private static NodeDraft node(CatalogDraft catalog, String refId) {
        return catalog.nodes().stream().filter(n -> n.refId().equals(refId)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + refId));
    }

    private static Map<String, MappingSetDraft> byEdition(IsaImport result) {
        return result.isoMappings().stream()
                .collect(Collectors.toMap(MappingSetDraft::targetVersion, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static List<String> targets(MappingSetDraft set) {
        return set.mappings().stream().map(m -> m.sourceRefId() + "→" + m.targetRefId()).toList();
    }

    private interface Filler {
        void fill(XSSFWorkbook wb);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            filler.fill(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Header in row 2 as in the real workbook. */
    private static Sheet questionSheet(XSSFWorkbook wb, String name, boolean withReferences) {
        Sheet sheet = wb.createSheet(name);
        List<String> labels = List.of("Is_Title?", "Control number", "Control question", "Objective",
                "Requirements\n(must)", withReferences ? "Reference to other standards" : "Further information");
        Row header = sheet.createRow(1);
        for (int i = 0; i < labels.size(); i++) {
            header.createCell(i).setCellValue(labels.get(i));
        }
        return sheet;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
