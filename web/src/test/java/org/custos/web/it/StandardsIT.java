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
import org.custos.standards.boundary.StandardsService.ImportType;
import org.custos.standards.control.ImportFailure;
import org.custos.standards.control.TemplateCsvParser;
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
        return (String.join(",", TemplateCsvParser.COLUMNS) + "\n" + String.join("\n", lines))
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
        TemplateCsvParser.Meta meta = new TemplateCsvParser.Meta(code, "B3S Medizinische Versorgung (test)", "1.2",
                "DKG", null, "licensed to the organisation");
        ImportReport report = standards.importFile("b3s.csv", file, ImportType.AUTO, meta);
        assertEquals(3, report.requirements());
        assertEquals("CSV_TEMPLATE", report.type());
        StandardSummary stored = byCode(code);
        assertEquals(2, stored.assessable());
        assertEquals("IMPORT", audit.search(new AuditQuery(null, "Standard", stored.standard().getId().toString(), null, null), 0, 5)
                .get(0).getAction());

        ConflictException twice = assertThrows(ConflictException.class,
                () -> standards.importFile("b3s.csv", file, ImportType.CSV_TEMPLATE, meta));
        assertEquals("standards.duplicate", twice.messageKey());
    }

    @Test
    public void anExportedStandardImportsBackUnchanged() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        StandardSummary iso = byCode("ISO27001");
        byte[] csv = standards.exportCsv(iso.standard().getId());
        String code = "RT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        standards.importFile("iso-export.csv", csv, ImportType.AUTO,
                new TemplateCsvParser.Meta(code, "Round trip", "2022", null, null, null));
        List<Requirement> original = standards.requirements(iso.standard().getId());
        List<Requirement> copy = standards.requirements(byCode(code).standard().getId());
        assertEquals(signature(original), signature(copy));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("Trennung von Entwicklungs-, Test- und Produktionsumgebungen"));
    }

    private static List<String> signature(List<Requirement> requirements) {
        return requirements.stream().map(r -> String.join("|", r.getRefId(),
                r.getParent() == null ? "" : r.getParent().getRefId(), Boolean.toString(r.isAssessable()),
                String.valueOf(r.getTitleEn()), String.valueOf(r.getTitleDe()), String.valueOf(r.getDescriptionEn()),
                String.valueOf(r.getAttributes()), Integer.toString(r.getDepth()), Integer.toString(r.getSortOrder())))
                .sorted().toList();
    }

    @Test
    public void mappingCsvBetweenTwoStandardsIsStoredOnlyWhenEveryRowResolves() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        String code = "OWN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        standards.importFile("own.csv", csv("R1,,true,Backups are tested,,,,", "R2,,true,Staff are trained,,,,"),
                ImportType.CSV_TEMPLATE, new TemplateCsvParser.Meta(code, "Own rules", "1", null, null, null));
        long own = byCode(code).standard().getId();
        long iso = byCode("ISO27001").standard().getId();
        String header = String.join(",", org.custos.standards.control.TemplateMappingCsvParser.COLUMNS);
        int setsBefore = standards.mappingSets().size();
        ImportFailure unknown = assertThrows(ImportFailure.class, () -> standards.importMappingCsv("map.csv",
                (header + "\nR1,A.8.13,subset,8,\nR2,A.9.99,subset,,\n").getBytes(StandardCharsets.UTF_8), own, iso));
        assertTrue(unknown.where().contains("mapping 2"), unknown.where());
        assertEquals(setsBefore, standards.mappingSets().size(), "nothing stored");
        ImportReport report = standards.importMappingCsv("map.csv",
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
                csv("1,,false,Top,,,,", "1.1,9,true,Orphan,,,,"), ImportType.CSV_TEMPLATE,
                new TemplateCsvParser.Meta(code, "Broken", "1", null, null, null)));
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
                ImportType.CSV_TEMPLATE, new TemplateCsvParser.Meta("X", "X", "1", null, null, null)));
    }

}
