package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.standards.boundary.ImportReport;
import org.custos.standards.boundary.MappingSetSummary;
import org.custos.standards.control.ImportFailure;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.boundary.StandardsService.ImportType;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


/**
 * Imports of the real public catalog files in ../shared/fixtures, inside Payara Micro. Maven leaves
 * this class out when ../shared is absent (profile no-fixtures in the web pom).
 */
@ExtendWith(ArquillianExtension.class)
public class StandardsFixturesIT {


    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(StandardsFixturesIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    StandardsService standards;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private void loginAs(String role) throws Exception {
        ItUsers.loginAsNew(rules, tx, role);
    }

    private StandardSummary byCode(String code) {
        return standards.list().stream().filter(s -> s.standard().getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    public void bsiKernelCatalogWith901ControlsImportsWithinFiveSeconds() throws Exception {
        Path kernel = fixture("bsi-oscal/BSI-Stand-der-Technik-Kernel-catalog.json");
        loginAs(Role.ISMS_MANAGER);
        long start = System.nanoTime();
        ImportReport report = standards.importFile(kernel.getFileName().toString(), Files.readAllBytes(kernel),
                ImportType.AUTO, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCH kernel catalog import: " + millis + " ms, " + report.requirements() + " nodes");
        assertTrue(millis < 5000, "import took " + millis + " ms");
        StandardSummary stored = standards.list().stream()
                .filter(s -> s.standard().getSource().equals(kernel.getFileName().toString())).findFirst().orElseThrow();
        assertEquals(901, stored.assessable());
        long t0 = System.nanoTime();
        standards.requirements(stored.standard().getId());
        List<Requirement> hits = standards.search(stored.standard().getId(), "Passw", 100);
        long treeMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("BENCH kernel tree load + search: " + treeMillis + " ms, " + hits.size() + " hits");
        assertTrue(treeMillis < 1000, "tree and search took " + treeMillis + " ms");
        assertTrue(!hits.isEmpty());

        // The exported kernel imports back whole (OSCAL round trip on a real catalog).
        long e0 = System.nanoTime();
        StandardsService.Download export = standards.export(stored.standard().getId(), StandardsService.ExportFormat.OSCAL);
        System.out.println("BENCH kernel OSCAL export: " + (System.nanoTime() - e0) / 1_000_000 + " ms, "
                + export.content().length / 1024 + " KiB");
        ImportReport back = standards.importFile(export.fileName(), export.content(), ImportType.AUTO,
                new org.custos.standards.control.TemplateCatalogParser.Meta("KERNEL-RT", null, null, null, null, null));
        assertEquals(report.requirements(), back.requirements());
        assertEquals(901, byCode("KERNEL-RT").assessable());

        // BSI's Annex A -> Grundschutz++ mapping resolves against ISO 27001 and both BSI catalogs.
        Path methodik = fixture("bsi-oscal/BSI-Methodik-Grundschutz++-catalog.json");
        standards.importFile(methodik.getFileName().toString(), Files.readAllBytes(methodik), ImportType.AUTO, null);
        Path mapping = fixture("bsi-oscal/ISO27001-AnnexA-to-GS++-mapping_collection.json");
        ImportReport mapped = standards.importFile(mapping.getFileName().toString(), Files.readAllBytes(mapping),
                ImportType.AUTO, null);
        assertEquals("OSCAL_MAPPING", mapped.type());
        assertEquals(2, mapped.mappingSets().size());
        // 365 pairs in the file; 22 name controls missing from the published catalogs and are reported.
        assertEquals(365 - 22, mapped.mappings());
        assertTrue(mapped.warnings().stream().anyMatch(w -> w.contains("GC.6.1.3")), mapped.warnings().toString());
        Requirement a51 = standards.requirements(byCode("ISO27001").standard().getId()).stream()
                .filter(r -> r.getRefId().equals("A.5.1")).findFirst().orElseThrow();
        assertTrue(standards.mappingsOf(a51.getId()).stream()
                .anyMatch(m -> m.getTarget().getRefId().startsWith("GC.") || m.getTarget().getRefId().startsWith("PERF.")));
    }

    @Test
    public void vdaIsa51WorkbookImportsAndLeavesOutMappingsToTheAbsentIso2013() throws Exception {
        // ISA 6.0.2 with its ISO 27001:2022 mapping is imported through the UI in FirstRunJourneyIT.
        Path workbook = fixture("vda-isa/VDA_ISA_5_1_EN.xlsx");
        loginAs(Role.ISMS_MANAGER);
        ImportReport report = standards.importFile(workbook.getFileName().toString(), Files.readAllBytes(workbook),
                ImportType.AUTO, null);
        assertEquals("VDA_ISA_XLSX", report.type());
        assertEquals(0, report.mappings());
        assertTrue(report.warnings().contains("69 mappings to ISO27001 2013 left out: that standard is not present"),
                report.warnings().toString());
        StandardSummary isa = standards.list().stream().filter(s -> s.standard().getCode().equals("VDA-ISA")
                && s.standard().getEdition().equals("5.1")).findFirst().orElseThrow();
        assertEquals(67, isa.assessable());
        Requirement c111 = standards.requirements(isa.standard().getId()).stream()
                .filter(r -> r.getRefId().equals("1.1.1")).findFirst().orElseThrow();
        assertTrue(c111.getAttributes().contains("tier.must"), c111.getAttributes());
    }

    @Test
    public void cisoAssistantFrameworkImportsWithGermanTitles() throws Exception {
        Path nis2 = fixture("ciso-assistant/nis2-directive.yaml");
        loginAs(Role.ISMS_MANAGER);
        ImportReport report = standards.importFile(nis2.getFileName().toString(), Files.readAllBytes(nis2),
                ImportType.AUTO, null);
        assertEquals("CISO_ASSISTANT_YAML", report.type());
        assertEquals(17, report.requirements());
        StandardSummary stored = byCode("NIS2-DIRECTIVE");
        assertTrue(standards.requirements(stored.standard().getId()).stream()
                .anyMatch(r -> r.getTitleDe() != null || r.getDescriptionDe() != null));
    }

    @Test
    public void cisoAssistantMappingSetAttachesToTheImportedAnnexAndTheBundledIso27001() throws Exception {
        Path annex = fixture("ciso-assistant/annex-nis2-regulation--2024-2690-with-technical-implementation-guidance-by-enisa.yaml");
        Path mapping = fixture("ciso-assistant/mapping-annex-technical-and-methodological-requirements-nis2-and-iso27001-2022.yaml");
        loginAs(Role.ISMS_MANAGER);
        // A mapping-only library before its framework is present: refused, nothing stored.
        int setsBefore = standards.mappingSets().size();
        ImportFailure early = assertThrows(ImportFailure.class, () -> standards.importFile(mapping.getFileName().toString(),
                Files.readAllBytes(mapping), ImportType.AUTO, null));
        assertTrue(early.getMessage().contains("import it first"), early.getMessage());
        assertEquals(setsBefore, standards.mappingSets().size());

        standards.importFile(annex.getFileName().toString(), Files.readAllBytes(annex), ImportType.AUTO, null);
        ImportReport report = standards.importFile(mapping.getFileName().toString(), Files.readAllBytes(mapping),
                ImportType.AUTO, null);
        assertEquals("CISO_ASSISTANT_YAML", report.type());
        assertEquals(2, report.mappingSets().size(), report.toString());
        // every one of the 954 pairs per direction names requirements present on both sides
        assertEquals(2 * 954, report.mappings(), report.warnings().toString());
        MappingSetSummary forward = standards.mappingSets().stream()
                .filter(m -> m.set().getTarget().getCode().equals("ISO27001")
                        && m.set().getSource().getSource().contains("annex-technical-and-methodological-requirements-nis2"))
                .findFirst().orElseThrow();
        assertTrue(forward.partial() > 0 && forward.full() == 0, "all mappings are 'intersect': " + forward);
        Requirement a51 = standards.requirements(forward.set().getTarget().getId()).stream()
                .filter(r -> r.getRefId().equals("A.5.1")).findFirst().orElseThrow();
        assertTrue(standards.mappingsOf(a51.getId()).stream().anyMatch(m -> m.getMappingSet().getId().equals(forward.set().getId())));
    }

    private static Path fixture(String relative) {
        Path file = Path.of(System.getenv("CUSTOS_FIXTURES"), relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("fixture missing although ../shared is present: " + file);
        }
        return file;
    }
}
