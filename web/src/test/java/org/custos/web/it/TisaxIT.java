package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.SecurityUtils;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Measure;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.control.Reason;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;
import org.custos.tisax.boundary.TisaxService;
import org.custos.tisax.control.TisaxControl;
import org.custos.tisax.entity.TisaxAssessment;
import org.custos.tisax.entity.TisaxLabel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after FirstRunJourneyIT, which imports the official ISA 6 workbook (from ../shared/fixtures;
 * skipped without it). A TISAX self-assessment on the real catalog: labels decide the applicable
 * controls, maturity is checked, capped at target 3, gaps are counted, the XLSX has the official tabs;
 * and a measure on an ISA control counts for ISO 27001 through the workbook's mapping.
 */
@ExtendWith(ArquillianExtension.class)
public class TisaxIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(TisaxIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    TisaxService tisax;

    @Inject
    MeasureService measures;

    @Inject
    ReadinessService readiness;

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

    private static TisaxControl control(List<TisaxControl> controls, String refId) {
        return controls.stream().filter(c -> c.refId().equals(refId)).findFirst().orElseThrow();
    }

    @Test
    public void aSelfAssessmentOnTheOfficialCatalogIsCappedAtTargetAndCountsForIso27001() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Standard isa = tisax.isaStandards().stream().filter(s -> s.getEdition().startsWith("6")).findFirst().orElse(null);
        Assumptions.assumeTrue(isa != null, "the ISA 6 workbook is imported by FirstRunJourneyIT when ../shared is present");

        assertEquals("tisax.labels.required", assertThrows(ValidationException.class,
                () -> tisax.create("Ohne Label", isa.getId(), Set.of())).messageKey());
        TisaxAssessment a = tisax.create("TISAX 2027 Werk Nord " + UUID.randomUUID().toString().substring(0, 4), isa.getId(),
                Set.of(TisaxLabel.CONFIDENTIAL, TisaxLabel.PROTO_PARTS));
        List<TisaxControl> controls = tisax.controls(a.getId());
        assertTrue(controls.stream().anyMatch(c -> c.refId().startsWith("1.")), "information security always applies");
        assertTrue(controls.stream().anyMatch(c -> c.refId().startsWith("8.1.")), "prototype protection for proto parts");
        assertTrue(controls.stream().noneMatch(c -> c.refId().startsWith("9.")), "no data protection without a data label");
        assertTrue(controls.stream().noneMatch(c -> c.refId().startsWith("8.4.") || c.refId().startsWith("8.5.")),
                "test vehicles and events are other labels");

        TisaxControl policies = control(controls, "1.1.1");
        assertEquals("tisax.maturity.range", assertThrows(ValidationException.class,
                () -> tisax.answer(a.getId(), policies.requirementId(), 0, 6, "zu hoch", Set.of())).messageKey());
        assertEquals("tisax.justification.required", assertThrows(ValidationException.class,
                () -> tisax.answer(a.getId(), policies.requirementId(), 0, 4, " ", Set.of())).messageKey());
        tisax.answer(a.getId(), policies.requirementId(), 0, 4,
                "Richtlinien freigegeben, jährlich überprüft, Kennzahlen vorhanden", Set.of());
        assertThrows(ConflictException.class, () -> tisax.answer(a.getId(), policies.requirementId(), 0, 3, "veraltet", Set.of()),
                "a stale answer conflicts");
        TisaxControl other = controls.stream().filter(c -> !c.refId().equals("1.1.1")).findFirst().orElseThrow();
        tisax.answer(a.getId(), other.requirementId(), 0, 2, "Prozess gelebt, aber nicht dokumentiert", Set.of());

        List<TisaxControl> after = tisax.controls(a.getId());
        assertEquals(4, control(after, "1.1.1").maturity());
        assertEquals(3, control(after, "1.1.1").result(), "capped at target 3");
        assertFalse(control(after, "1.1.1").gap());
        assertTrue(control(after, other.refId()).gap(), "below 3 is a gap");
        assertEquals(after.size() - 1, tisax.gaps(a.getId()).size(), "every other control is a gap (unanswered or below 3)");

        TisaxService.Export export = tisax.xlsx(a.getId());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.content()))) {
            List<String> tabs = new ArrayList<>();
            book.forEach(s -> tabs.add(s.getSheetName()));
            assertTrue(tabs.contains("Information Security") && tabs.contains("Prototype Protection"), tabs.toString());
            assertFalse(tabs.contains("Data Protection"), tabs.toString());
            Sheet is = book.getSheet("Information Security");
            boolean found = false;
            for (Row row : is) {
                boolean isPolicies = false;
                boolean hasFour = false;
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && "1.1.1".equals(cell.getStringCellValue().strip())) {
                        isPolicies = true;
                    }
                    if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 4
                            || cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("4")) {
                        hasFour = true;
                    }
                }
                found |= isPolicies && hasFour;
            }
            assertTrue(found, "the row of 1.1.1 carries its maturity 4");
        }

        // work done once counts everywhere: a measure on ISA 1.1.1 shows at ISO 27001 A.5.1 through the workbook's mapping
        Requirement isa111 = standards.requirements(isa.getId()).stream().filter(r -> r.getRefId().equals("1.1.1"))
                .findFirst().orElseThrow();
        String code = "M-ISA-" + UUID.randomUUID().toString().substring(0, 5);
        Measure m = measures.save(null, 0, new MeasureService.MeasureInput(code, "Informationssicherheitsrichtlinien " + code,
                null, null, Measure.Status.IMPLEMENTED, null, Set.of(isa111.getId()), Set.of()));
        measures.addLink(m.getId(), "Richtlinienverzeichnis", "https://intranet.example/richtlinien", LocalDate.now(), null);
        long iso = standards.list().stream().filter(s -> s.standard().getCode().equals("ISO27001")).findFirst().orElseThrow()
                .standard().getId();
        ReadinessService.RequirementReadiness a51 = readiness.readiness(iso).requirements().stream()
                .filter(r -> r.refId().equals("A.5.1")).findFirst().orElseThrow();
        Reason via = a51.reasons().stream().filter(r -> r.kind() == Reason.Kind.MAPPING
                && r.subject().equals("VDA-ISA 1.1.1 → A.5.1") && r.subjectId() == isa111.getId()).findFirst().orElse(null);
        assertNotNull(via, a51.reasons().toString());
        assertNotNull(via.status(), "the fulfilled ISA control contributes");
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertEquals(a.getId(), tisax.assessment(a.getId()).getId());
        assertThrows(NotPermittedException.class, () -> tisax.answer(a.getId(), policies.requirementId(), 1, 1, "x", Set.of()),
                "readers do not assess");
    }
}
