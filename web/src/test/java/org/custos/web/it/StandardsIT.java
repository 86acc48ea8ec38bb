package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.standards.boundary.ImportReport;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.boundary.StandardsService.ExportFormat;
import org.custos.standards.boundary.StandardsService.ImportType;
import org.custos.standards.boundary.MappingSetSummary;
import org.custos.standards.control.ImportFailure;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Catalogs inside Payara Micro: the bundled catalogs, imports all-or-nothing, permissions. */
@ExtendWith(ArquillianExtension.class)
public class StandardsIT {


    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(StandardsIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    StandardsService standards;

    @Inject
    AuditService audit;

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

    private static byte[] csv(String... lines) {
        return (String.join(",", TemplateCatalogParser.COLUMNS) + "\n" + String.join("\n", lines))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void bundledIso27001HasClausesAndAll93AnnexAControlsInBothLanguages() throws Exception {
        loginAs(Role.READER);
        StandardSummary iso = byCode("ISO27001");
        assertEquals("2022", iso.standard().getEdition());
        List<Requirement> all = standards.requirements(iso.standard().getId());
        assertEquals(93, all.stream().filter(r -> r.getRefId().matches("A\\.[5-8]\\.\\d+")).count());
        assertEquals(37, all.stream().filter(r -> r.getRefId().matches("A\\.5\\.\\d+")).count());
        assertEquals(34, all.stream().filter(r -> r.getRefId().matches("A\\.8\\.\\d+")).count());
        Requirement supplyChain = all.stream().filter(r -> r.getRefId().equals("A.5.21")).findFirst().orElseThrow();
        assertEquals("Managing information security in the information and communication technology (ICT) supply chain",
                supplyChain.title(Locale.ENGLISH));
        assertEquals("Umgang mit der Informationssicherheit in der Lieferkette der Informations- und "
                + "Kommunikationstechnologie (IKT)", supplyChain.title(Locale.GERMAN));
        Requirement riskTreatment = all.stream().filter(r -> r.getRefId().equals("6.1.3")).findFirst().orElseThrow();
        assertEquals("6.1", riskTreatment.getParent().getRefId());
        assertTrue(iso.standard().getLicence().contains("ISO/IEC"));
        assertEquals(1, standards.search(iso.standard().getId(), "Webfilterung", 10).size());
    }

    @Test
    public void nis2AndBsigAreBundledAndReachEachOtherThroughIso27001() throws Exception {
        loginAs(Role.READER);
        assertEquals(10, byCode("NIS2-ART21").assessable());
        assertEquals(10, byCode("BSIG-30").assessable());
        Requirement crypto = standards.requirements(byCode("NIS2-ART21").standard().getId()).stream()
                .filter(r -> r.getRefId().equals("21(2)(h)")).findFirst().orElseThrow();
        List<org.custos.standards.boundary.MappingPath> paths = standards.paths(crypto.getId());
        assertTrue(paths.stream().anyMatch(p -> !p.composed() && p.end().getRefId().equals("A.8.24")));
        assertTrue(paths.stream().anyMatch(p -> !p.composed() && p.end().getRefId().equals("§30(2) Nr. 8")),
                "the direct BSIG mapping, read backwards");
        assertTrue(standards.mappingSets().stream().anyMatch(m -> m.set().getName().startsWith("NIS2")
                && m.full() == 0 && m.partial() == 10 && m.none() == 0), "intersect maps cover partially");
    }

    @Test
    public void csvTemplateImportIsStoredAuditedAndNotDuplicated() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        String code = "B3S-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        byte[] file = csv("1,,false,Governance,Governance,,,",
                "1.1,1,true,ISMS based on ISO 27001,ISMS auf Basis ISO 27001,\"The operator runs an ISMS, certified.\",,tier=must",
                "1.2,1,true,Medical devices in the asset inventory,Medizinprodukte im Inventar,,,tier=must;cia=C");
        TemplateCatalogParser.Meta meta = new TemplateCatalogParser.Meta(code, "B3S Medizinische Versorgung (test)", "1.2",
                "DKG", null, "licensed to the organisation");
        ImportReport report = standards.importFile("b3s.csv", file, ImportType.AUTO, meta);
        assertEquals(3, report.requirements());
        assertEquals("CATALOG_TEMPLATE", report.type());
        StandardSummary stored = byCode(code);
        assertEquals(2, stored.assessable());
        assertEquals("IMPORT", audit.search(new AuditQuery(null, "Standard", stored.standard().getId().toString(), null, null), 0, 5)
                .get(0).getAction());

        ConflictException twice = assertThrows(ConflictException.class,
                () -> standards.importFile("b3s.csv", file, ImportType.CATALOG_TEMPLATE, meta));
        assertEquals("standards.duplicate", twice.messageKey());
    }

    @Test
    public void anExportedStandardImportsBackUnchangedInEveryFormat() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        StandardSummary iso = byCode("ISO27001");
        List<Requirement> original = standards.requirements(iso.standard().getId());
        for (ExportFormat format : ExportFormat.values()) {
            StandardsService.Download export = standards.export(iso.standard().getId(), format);
            assertEquals("ISO27001-2022." + format.extension(), export.fileName());
            String code = "RT-" + format + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
            ImportReport report = standards.importFile(export.fileName(), export.content(), ImportType.AUTO,
                    new TemplateCatalogParser.Meta(code, "Round trip", "2022", null, null, null));
            assertEquals(format == ExportFormat.OSCAL ? "OSCAL_CATALOG" : "CATALOG_TEMPLATE", report.type(), format.name());
            List<Requirement> copy = standards.requirements(byCode(code).standard().getId());
            assertEquals(signature(original), signature(copy), format.name());
        }
        String csv = new String(standards.export(iso.standard().getId(), ExportFormat.CSV).content(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Trennung von Entwicklungs-, Test- und Produktionsumgebungen"));
    }

    @Test
    public void anExportedMappingSetImportsBackUnchangedInEveryFormat() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        MappingSetSummary nis2 = standards.mappingSets().stream()
                .filter(m -> m.set().getSource().getCode().equals("NIS2-ART21")
                        && m.set().getTarget().getCode().equals("ISO27001")).findFirst().orElseThrow();
        long setId = nis2.set().getId();
        List<String> original = mappingSignature(setId);
        assertTrue(original.size() > 20, "bundled NIS2 mappings: " + original.size());
        for (ExportFormat format : ExportFormat.values()) {
            StandardsService.Download export = standards.exportMappingSet(setId, format);
            List<Long> before = standards.mappingSets().stream().map(m -> m.set().getId()).toList();
            ImportReport report = format == ExportFormat.OSCAL
                    ? standards.importFile(export.fileName(), export.content(), ImportType.AUTO, null)
                    : standards.importMappingTemplate(export.fileName(), export.content(),
                            nis2.set().getSource().getId(), nis2.set().getTarget().getId());
            assertEquals(original.size(), report.mappings(), format.name());
            long copy = standards.mappingSets().stream().map(m -> m.set().getId()).filter(id -> !before.contains(id))
                    .findFirst().orElseThrow();
            assertEquals(original, mappingSignature(copy), format.name());
        }
    }

    private List<String> mappingSignature(long setId) {
        String csv = new String(standards.exportMappingSet(setId, ExportFormat.CSV).content(), StandardCharsets.UTF_8);
        return csv.lines().skip(1).sorted().toList();
    }

    @Test
    public void emptyTemplatesAreReadyToFillIn() throws Exception {
        loginAs(Role.READER);
        StandardsService.Download catalog = standards.template(false, ExportFormat.CSV);
        assertEquals("custos-catalog-template.csv", catalog.fileName());
        assertEquals(String.join(",", TemplateCatalogParser.COLUMNS) + "\n", new String(catalog.content(), StandardCharsets.UTF_8));
        StandardsService.Download mapping = standards.template(true, ExportFormat.XLSX);
        assertEquals("custos-mapping-template.xlsx", mapping.fileName());
        assertEquals('P', (char) mapping.content()[0], "an xlsx file is a zip");
    }

    private static List<String> signature(List<Requirement> requirements) {
        return requirements.stream().map(r -> String.join("|", r.getRefId(),
                r.getParent() == null ? "" : r.getParent().getRefId(), Boolean.toString(r.isAssessable()),
                String.valueOf(r.getTitleEn()), String.valueOf(r.getTitleDe()), String.valueOf(r.getDescriptionEn()),
                String.valueOf(r.getDescriptionDe()), String.valueOf(r.getAttributes()),
                String.valueOf(r.getImplementationGroups()), Integer.toString(r.getDepth()),
                Integer.toString(r.getSortOrder())))
                .sorted().toList();
    }

    @Test
    public void mappingCsvBetweenTwoStandardsIsStoredOnlyWhenEveryRowResolves() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        String code = "OWN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        standards.importFile("own.csv", csv("R1,,true,Backups are tested,,,,", "R2,,true,Staff are trained,,,,"),
                ImportType.CATALOG_TEMPLATE, new TemplateCatalogParser.Meta(code, "Own rules", "1", null, null, null));
        long own = byCode(code).standard().getId();
        long iso = byCode("ISO27001").standard().getId();
        String header = String.join(",", org.custos.standards.control.TemplateMappingParser.COLUMNS);
        int setsBefore = standards.mappingSets().size();
        ImportFailure unknown = assertThrows(ImportFailure.class, () -> standards.importMappingTemplate("map.csv",
                (header + "\nR1,A.8.13,subset,8,\nR2,A.9.99,subset,,\n").getBytes(StandardCharsets.UTF_8), own, iso));
        assertTrue(unknown.where().contains("mapping 2"), unknown.where());
        assertEquals(setsBefore, standards.mappingSets().size(), "nothing stored");
        ImportReport report = standards.importMappingTemplate("map.csv",
                (header + "\nR1,A.8.13,subset,8,\nR2,A.6.3,equal,10,identical\n").getBytes(StandardCharsets.UTF_8), own, iso);
        assertEquals(2, report.mappings());
        assertTrue(standards.mappingSets().stream().anyMatch(m -> m.set().getSource().getId() == own
                && m.full() == 1 && m.partial() == 1 && m.none() == 0));
    }

    @Test
    public void aBadFileStoresNothingAndNamesTheRow() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        int before = standards.list().size();
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        ImportFailure failure = assertThrows(ImportFailure.class, () -> standards.importFile("bad.csv",
                csv("1,,false,Top,,,,", "1.1,9,true,Orphan,,,,"), ImportType.CATALOG_TEMPLATE,
                new TemplateCatalogParser.Meta(code, "Broken", "1", null, null, null)));
        assertTrue(failure.where().contains("row 3"), failure.where());
        assertEquals(before, standards.list().size(), "nothing stored");
        assertThrows(ImportFailure.class, () -> standards.importFile("garbage.json",
                "{\"catalog\": [".getBytes(StandardCharsets.UTF_8), ImportType.OSCAL_CATALOG, null));
        assertEquals(before, standards.list().size());
    }

    @Test
    public void readersCannotImport() throws Exception {
        loginAs(Role.READER);
        assertThrows(NotPermittedException.class, () -> standards.importFile("x.csv", csv("1,,true,X,,,,"),
                ImportType.CATALOG_TEMPLATE, new TemplateCatalogParser.Meta("X", "X", "1", null, null, null)));
    }

}
