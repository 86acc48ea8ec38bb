package org.custos.standards.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.standards.control.CatalogDraft;
import org.custos.standards.control.MappingDraft;
import org.custos.standards.control.MappingSetDraft;
import org.custos.standards.control.NodeDraft;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.control.TemplateMappingParser;
import org.junit.jupiter.api.Test;

/** The catalogs and mappings shipped as resources parse, and every mapping names existing requirements. */
class BundledAndDemoFilesTest {

    private static InputStream resource(String path) {
        return BundledAndDemoFilesTest.class.getResourceAsStream("/org/custos/standards/" + path);
    }

    private static Set<String> ids(String path) {
        CatalogDraft draft = new TemplateCatalogParser().parse(resource(path), path,
                new TemplateCatalogParser.Meta("X", "X", "1", null, null, null));
        return draft.nodes().stream().map(NodeDraft::refId).collect(Collectors.toSet());
    }

    private static void assertResolves(String mapping, String source, String target, int expected) {
        MappingSetDraft draft = new TemplateMappingParser().parse(resource(mapping), mapping, "m", "S", "1", "T", "1");
        assertEquals(expected, draft.mappings().size(), mapping);
        Set<String> sources = ids(source);
        Set<String> targets = ids(target);
        for (MappingDraft m : draft.mappings()) {
            assertTrue(sources.contains(m.sourceRefId()), mapping + ": " + m.sourceRefId());
            assertTrue(targets.contains(m.targetRefId()), mapping + ": " + m.targetRefId());
        }
    }

    @Test
    void iso27001HasAllAnnexAControlsWithGermanTitles() {
        CatalogDraft iso = BundledCatalogs.iso27001();
        long annexA = iso.nodes().stream().filter(n -> n.refId().matches("A\\.[5-8]\\.\\d+")).count();
        assertEquals(93, annexA);
        assertTrue(iso.nodes().stream().allMatch(n -> n.titleDe() != null && n.titleEn() != null));
        assertEquals(41 + 1 + 4 + 93, iso.nodes().size(), "clauses, Annex A heading, 4 themes, 93 controls");
    }

    @Test
    void bundledMappingsNameExistingRequirements() {
        assertResolves("bundled/nis2-art21-to-iso27001-2022.csv", "bundled/nis2-art21.csv", "bundled/iso27001-2022.csv", 52);
        assertResolves("bundled/bsig-30-to-iso27001-2022.csv", "bundled/bsig-30.csv", "bundled/iso27001-2022.csv", 52);
        assertResolves("bundled/bsig-30-to-nis2-art21.csv", "bundled/bsig-30.csv", "bundled/nis2-art21.csv", 10);
    }

    @Test
    void demoCatalogAndItsMappingParse() {
        assertEquals(8, ids("demo/klinikum-richtlinie.csv").size());
        assertResolves("demo/klinikum-richtlinie-to-iso27001-2022.csv", "demo/klinikum-richtlinie.csv",
                "bundled/iso27001-2022.csv", 7);
    }
}
