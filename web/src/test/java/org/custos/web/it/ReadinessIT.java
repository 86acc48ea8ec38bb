package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.SecurityUtils;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.boundary.MeasureService.MeasureInput;
import org.custos.measures.entity.Measure;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.ReadinessService.RequirementReadiness;
import org.custos.readiness.boundary.ReadinessTimer;
import org.custos.readiness.boundary.SoaService;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.control.Reason;
import org.custos.readiness.entity.SoaStatus;
import org.custos.readiness.entity.SoaVersion;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.boundary.StandardsService.ImportType;
import org.custos.standards.control.Relationship;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.control.TemplateMappingParser;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after FirstRunJourneyIT (alphabetical). Readiness on a constructed case with known answers: a
 * TISAX-like source standard mapped to ISO 27001 and a NIS2-like target mapped to ISO 27001, so results
 * travel source → ISO 27001 → target with the weakest link's coverage, and a not-applicable source never
 * counts. Then the Statement of Applicability: justification either way, four eyes, frozen status,
 * exclusions making controls not applicable, exports, scope and permissions.
 */
@ExtendWith(ArquillianExtension.class)
public class ReadinessIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(ReadinessIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    ReadinessService readiness;

    @Inject
    SoaService soa;

    @Inject
    ReadinessTimer timer;

    @Inject
    MeasureService measures;

    @Inject
    StandardsService standards;

    @Inject
    AuditorService auditors;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private long standard(String code) {
        return standards.list().stream().filter(s -> s.standard().getCode().equals(code)).findFirst().orElseThrow()
                .standard().getId();
    }

    private Map<String, Requirement> requirements(long standardId) {
        return standards.requirements(standardId).stream().collect(Collectors.toMap(Requirement::getRefId, Function.identity()));
    }

    private long catalog(String code, String... rows) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", TemplateCatalogParser.COLUMNS)).append('\n');
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        standards.importFile(code + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8), ImportType.CATALOG_TEMPLATE,
                new TemplateCatalogParser.Meta(code, code + " test catalog", "1", null, null, null));
        return standard(code);
    }

    private void mappings(long source, long target, String... rows) throws Exception {
        String body = String.join(",", TemplateMappingParser.COLUMNS) + "\n" + String.join("\n", rows) + "\n";
        standards.importMappingTemplate("map.csv", body.getBytes(StandardCharsets.UTF_8), source, target);
    }

    private Measure measure(Measure.Status status, long requirementId) {
        String code = "M-" + UUID.randomUUID().toString().substring(0, 6);
        return measures.save(null, 0, new MeasureInput(code, "Measure " + code, null, null, status, null,
                Set.of(requirementId), Set.of()));
    }

    private static RequirementReadiness row(ReadinessService.StandardReadiness r, String refId) {
        return r.requirements().stream().filter(x -> x.refId().equals(refId)).findFirst().orElseThrow();
    }

    @Test
    public void readinessTravelsThroughIso27001AndNotApplicableNeverCounts() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        long isa = catalog("ISA-" + tag, "S1,,true,Policies exist,,,,", "S2,,true,Reviews happen,,,,",
                "S3,,true,Prototype protection,,,,", "S4,,true,Nothing yet,,,,");
        long nis = catalog("NIS-" + tag, "T1,,true,Independent review,,,,", "T2,,true,Part of the review,,,,",
                "T3,,true,Compliance,,,,", "T4,,true,Clear desk,,,,", "T5,,true,Unmapped,,,,");
        long iso = standard("ISO27001");
        mappings(isa, iso, "S1,A.5.35,equal,,", "S2,A.5.36,equal,,", "S3,A.7.13,equal,,");
        // T1 is a subset of A.5.35 (so A.5.35 covers it fully); T2 only intersects it
        mappings(nis, iso, "T1,A.5.35,subset,,", "T2,A.5.35,intersect,,", "T3,A.5.36,equal,,", "T4,A.7.13,equal,,");
        Map<String, Requirement> s = requirements(isa);
        Measure done = measure(Measure.Status.IMPLEMENTED, s.get("S1").getId());
        measures.addLink(done.getId(), "Policy review record", "https://intranet.example/review", LocalDate.now().minusDays(5),
                LocalDate.now().plusMonths(6));
        measure(Measure.Status.IN_PROGRESS, s.get("S2").getId());
        measure(Measure.Status.NOT_APPLICABLE, s.get("S3").getId());

        ReadinessService.StandardReadiness source = readiness.readiness(isa);
        assertEquals(ReadinessStatus.FULFILLED, row(source, "S1").status());
        assertEquals(ReadinessStatus.PARTLY, row(source, "S2").status());
        assertEquals(ReadinessStatus.NOT_APPLICABLE, row(source, "S3").status());
        assertEquals(ReadinessStatus.NOT_FULFILLED, row(source, "S4").status());
        assertEquals(1, source.score().notApplicable());
        assertEquals(50.0, source.score().percent(), "(1 + ½) of 3 applicable");

        ReadinessService.StandardReadiness target = readiness.readiness(nis);
        RequirementReadiness t1 = row(target, "T1");
        assertEquals(ReadinessStatus.FULFILLED, t1.status());
        Reason path = t1.reasons().get(0);
        assertEquals(Reason.Kind.MAPPING, path.kind());
        assertEquals("ISA-" + tag + " S1 → ISO27001 A.5.35 → T1", path.subject());
        assertEquals(List.of(Relationship.EQUAL, Relationship.SUPERSET), path.relationships());
        assertEquals(ReadinessStatus.PARTLY, row(target, "T2").status(), "intersect: the weakest link is partial");
        assertEquals(ReadinessStatus.PARTLY, row(target, "T3").status(), "in progress at the source");
        RequirementReadiness t4 = row(target, "T4");
        assertEquals(ReadinessStatus.NOT_FULFILLED, t4.status(), "not applicable at the source never counts as fulfilled");
        assertTrue(t4.reasons().stream().anyMatch(x -> x.kind() == Reason.Kind.MAPPING_NOT_APPLICABLE && x.status() == null),
                t4.reasons().toString());
        assertEquals(Reason.Kind.NOTHING, row(target, "T5").reasons().get(0).kind());
        assertEquals(1, target.score().fulfilled());
        assertEquals(2, target.score().partly());
        assertEquals(2, target.score().notFulfilled());
        assertEquals(40.0, target.score().percent());

        ReadinessService.StandardReadiness isoReadiness = readiness.readiness(iso);
        assertEquals(ReadinessStatus.FULFILLED, row(isoReadiness, "A.5.35").status(), "directly mapped from S1");
        assertTrue(readiness.scores().stream().anyMatch(x -> x.standardId() == isa && x.percent() == 50.0),
                "the source is in use through its measures");
        assertTrue(readiness.gaps(500).stream().anyMatch(g -> g.requirement().requirementId() == s.get("S4").getId()));

        assertTrue(timer.snapshot(LocalDate.now()) > 0);
        assertTrue(readiness.trend(LocalDate.now()).stream().anyMatch(p -> p.standardId() == isa && p.percent() == 50.0));
        assertTrue(readiness.isoRules().stream().noneMatch(r -> r.status() == ReadinessService.RuleStatus.NOT_TRACKED),
                "every certification rule is computed from records now");
        assertEquals(List.of("objectives", "monitoring", "internalAudit", "managementReview", "nonconformities"),
                readiness.isoRules().stream().map(ReadinessService.Rule::code).filter(c -> List.of("objectives", "monitoring",
                        "internalAudit", "managementReview", "nonconformities").contains(c)).toList());
    }

    @Test
    public void theSoaIsJustifiedApprovedWithFourEyesAndExcludesControls() throws Exception {
        String author = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        SoaVersion working = soa.current();
        if (working != null && working.getStatus().working()) {
            soa.discard(working.getId(), working.getVersion());
        }
        SoaVersion v = soa.start();
        assertThrows(ValidationException.class, soa::start, "one working version at a time");
        List<SoaService.SoaRow> rows = soa.rows(v.getId());
        assertEquals(93, rows.size(), "every Annex A control");
        SoaService.SoaRow a714 = rows.stream().filter(r -> r.refId().equals("A.7.14")).findFirst().orElseThrow();
        assertEquals("soa.justification.exclusion", assertThrows(ValidationException.class,
                () -> soa.decide(a714.entryId(), a714.entryVersion(), false, "  ")).messageKey());
        assertEquals("soa.justification.inclusion", assertThrows(ValidationException.class,
                () -> soa.decide(a714.entryId(), a714.entryVersion(), true, null)).messageKey());
        soa.decide(a714.entryId(), a714.entryVersion(), false, "Keine Entsorgung von Geräten vor Ort <b>durch Dritte</b>");
        assertThrows(ConflictException.class, () -> soa.decide(a714.entryId(), a714.entryVersion(), true, "stale"));

        SoaVersion draft = soa.version(v.getId());
        ValidationException undecided = assertThrows(ValidationException.class,
                () -> soa.submit(draft.getId(), draft.getVersion(), null));
        assertEquals("soa.undecided", undecided.messageKey());
        long open = soa.rows(v.getId()).stream().filter(r -> !r.decided()).count();
        SoaVersion reread = soa.version(v.getId());
        assertEquals(open, soa.decideUndecided(reread.getId(), reread.getVersion(), true, "Ergebnis der Risikobehandlung"),
                "all undecided controls decided at once");
        assertTrue(soa.rows(v.getId()).stream().allMatch(SoaService.SoaRow::decided));
        SoaVersion submitted = soa.submit(v.getId(), soa.version(v.getId()).getVersion(), "Erstfassung");
        assertEquals(SoaStatus.IN_REVIEW, submitted.getStatus());
        assertEquals("soa.fourEyes", assertThrows(ValidationException.class,
                () -> soa.approve(submitted.getId(), submitted.getVersion())).messageKey(), "the author may not approve");
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        assertThrows(NotPermittedException.class, () -> soa.approve(submitted.getId(), submitted.getVersion()),
                "editors maintain the SoA, they do not approve it");
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        SoaVersion previous = soa.approved();
        SoaVersion approved = soa.approve(submitted.getId(), soa.version(submitted.getId()).getVersion());
        assertEquals(SoaStatus.APPROVED, approved.getStatus());
        assertEquals(64, approved.getContentHash().length());
        assertEquals(author, approved.getCreatedBy());
        if (previous != null) {
            assertEquals(SoaStatus.SUPERSEDED, soa.version(previous.getId()).getStatus());
        }
        SoaService.SoaRow frozen = soa.rows(approved.getId()).stream().filter(r -> r.refId().equals("A.7.14")).findFirst()
                .orElseThrow();
        assertEquals(ReadinessStatus.NOT_APPLICABLE, frozen.status());
        assertThrows(ValidationException.class, () -> soa.decide(frozen.entryId(), frozen.entryVersion(), true, "x"),
                "an approved SoA never changes");

        RequirementReadiness inReadiness = row(readiness.readiness(standard("ISO27001")), "A.7.14");
        assertEquals(ReadinessStatus.NOT_APPLICABLE, inReadiness.status());
        assertEquals(Reason.Kind.SOA_EXCLUDED, inReadiness.reasons().get(0).kind());
        assertEquals(ReadinessService.RuleStatus.PASSED, readiness.isoRules().stream().filter(r -> r.code().equals("soa"))
                .findFirst().orElseThrow().status());

        byte[] pdf = soa.pdf(approved.getId(), Locale.GERMAN);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Erklärung zur Anwendbarkeit"), all.substring(0, Math.min(400, all.length())));
        assertTrue(all.contains("A.7.14") && all.contains("Keine Entsorgung von Geräten"), "the exclusion and why");
        assertTrue(all.contains(approved.getContentHash().substring(0, 16)), "the approval block with the hash");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(soa.xlsx(approved.getId(), Locale.ENGLISH)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Control", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(94, sheet.getPhysicalNumberOfRows(), "header and 93 controls");
            Row excluded = null;
            for (Row r : sheet) {
                if ("A.7.14".equals(r.getCell(0).getStringCellValue())) {
                    excluded = r;
                }
            }
            assertNotNull(excluded);
            assertEquals("no", excluded.getCell(2).getStringCellValue());
            assertEquals("Keine Entsorgung von Geräten vor Ort <b>durch Dritte</b>", excluded.getCell(3).getStringCellValue());
            assertEquals("not applicable", excluded.getCell(4).getStringCellValue());
        }
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        long iso = standard("ISO27001");
        String outside = "aud-" + UUID.randomUUID().toString().substring(0, 6);
        auditors.create(outside, "Otto Außen", null, "CertCo GmbH", LocalDate.now().plusDays(14), ItUsers.PASSWORD,
                Set.of(standard("NIS2-ART21")), Set.of());
        String inside = "aud-" + UUID.randomUUID().toString().substring(0, 6);
        auditors.create(inside, "Ina Innen", null, "CertCo GmbH", LocalDate.now().plusDays(14), ItUsers.PASSWORD,
                Set.of(standard("ISO27001")), Set.of());
        SecurityUtils.getSubject().logout();
        ItUsers.login(outside);
        assertThrows(NotPermittedException.class, soa::current, "the SoA is about ISO 27001, outside this scope");
        assertThrows(NotPermittedException.class, () -> readiness.readiness(iso));
        assertTrue(readiness.scores().stream().allMatch(x -> x.code().equals("NIS2-ART21")));
        SecurityUtils.getSubject().logout();
        ItUsers.login(inside);
        assertEquals(approved.getId(), soa.approved().getId(), "read-only, in scope");
        assertThrows(NotPermittedException.class, soa::start);
    }
}
