package org.custos.web.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.ReadinessService.Rule;
import org.custos.readiness.boundary.ReadinessService.RuleStatus;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.control.Reason;
import org.custos.standards.control.Relationship;
import org.custos.web.support.Messages;
import org.junit.jupiter.api.Test;

class ReadinessLabelsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale DE = Locale.GERMAN;

    /** Every rule the bundles have a sentence for links to the page keeping its records, named as in the navigation. */
    @Test
    void everyRuleLinksToItsRecords() throws Exception {
        java.util.Properties en = new java.util.Properties();
        try (var in = ReadinessLabelsTest.class.getResourceAsStream("/org/custos/web/i18n/messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> codes = en.stringPropertyNames().stream().filter(k -> k.startsWith("readiness.rule."))
                .map(k -> k.substring("readiness.rule.".length())).filter(c -> !c.contains(".")).sorted().toList();
        assertTrue(codes.containsAll(List.of("internalAudit", "auditProgramme", "managementReview", "nonconformities",
                "monitoring", "incidentReporting")), codes.toString());
        for (String code : codes) {
            ReadinessLabels.RulePage page = ReadinessLabels.rulePage(code);
            assertTrue(page != null, code + " has no page");
            assertTrue(en.containsKey(page.labelKey()), code + ": " + page.labelKey());
            assertTrue(page.outcome().startsWith("/") && page.permission().endsWith(":read"), code);
        }
        assertEquals("/audits/register", ReadinessLabels.rulePage("auditProgramme").outcome());
        assertNull(ReadinessLabels.rulePage("unknown"));
    }

    @Test
    void managementReviewRuleNamesTheReview() {
        assertEquals("Eine Managementbewertung mit allen geforderten Eingaben wurde in den letzten zwölf Monaten freigegeben "
                + "(MR-2026, durchgeführt am 2026-05-04).", ReadinessLabels.ruleText(new Rule("managementReview", "9.3",
                        RuleStatus.PASSED, List.of("MR-2026", "2026-05-04")), DE));
        assertTrue(ReadinessLabels.ruleText(new Rule("managementReview", "9.3", RuleStatus.FAILED, List.of()), EN)
                .endsWith("none in the last twelve months."));
    }

    @Test
    void colours() {
        assertEquals("ok", ReadinessLabels.statusClass(ReadinessStatus.FULFILLED));
        assertEquals("warn", ReadinessLabels.statusClass(ReadinessStatus.PARTLY));
        assertEquals("danger", ReadinessLabels.statusClass(ReadinessStatus.NOT_FULFILLED));
        assertEquals("", ReadinessLabels.statusClass(ReadinessStatus.NOT_APPLICABLE));
        assertEquals("ok", ReadinessLabels.ruleClass(RuleStatus.PASSED));
        assertEquals("danger", ReadinessLabels.ruleClass(RuleStatus.FAILED));
        assertEquals("", ReadinessLabels.ruleClass(RuleStatus.NOT_TRACKED));
    }

    @Test
    void notTrackedNeverReadsAsPassed() {
        assertEquals("not tracked yet", Messages.text(EN, "readiness.ruleStatus.NOT_TRACKED"));
        assertEquals("noch nicht erfasst", Messages.text(DE, "readiness.ruleStatus.NOT_TRACKED"));
    }

    @Test
    void percentages() {
        assertEquals("–", ReadinessLabels.percent(null, EN));
        assertEquals("75 %", ReadinessLabels.percent(75.0, EN));
        assertEquals("62.5 %", ReadinessLabels.percent(62.5, EN));
        assertEquals("62,5 %", ReadinessLabels.percent(62.5, DE));
    }

    @Test
    void everyRuleReadsWithAndWithoutArgumentsInBothLanguages() {
        List<String> codes = List.of("scope", "guideline", "riskCriteria", "soa", "undecided", "objectives", "roles",
                "overdue", "riskAssessment", "riskReassessment", "riskTreatment", "riskAcceptance", "incidentReporting", "monitoring", "internalAudit", "managementReview",
                "nonconformities");
        for (Locale locale : new Locale[] {EN, DE}) {
            for (String code : codes) {
                String text = ReadinessLabels.ruleText(new Rule(code, "x", RuleStatus.NOT_TRACKED, List.of()), locale);
                assertFalse(text.startsWith("readiness.rule"), code + " " + locale);
                assertFalse(text.contains("{"), code + " " + locale + ": " + text);
            }
        }
        assertEquals("The scope of the ISMS is documented in a scope statement in force (SC-1, SC-2).",
                ReadinessLabels.ruleText(new Rule("scope", "4.3", RuleStatus.PASSED, List.of("SC-1", "SC-2")), EN));
        assertEquals("Eine Erklärung zur Anwendbarkeit ist freigegeben (Version 3, freigegeben von alice).",
                ReadinessLabels.ruleText(new Rule("soa", "6.1.3 d", RuleStatus.PASSED, List.of("3", "alice")), DE));
        assertEquals("Every Annex A control is decided in the approved Statement of Applicability (2 open: A.5.1, A.5.2).",
                ReadinessLabels.ruleText(new Rule("undecided", "6.1.3", RuleStatus.FAILED, List.of("2", "A.5.1, A.5.2")), EN));
        assertFalse(ReadinessLabels.ruleText(new Rule("undecided", "6.1.3", RuleStatus.FAILED, List.of("—")), EN).contains("{"));
    }

    @Test
    void measureReasonLinksTheMeasureWithItsEvidence() {
        Reason r = new Reason(Reason.Kind.MEASURE, ReadinessStatus.FULFILLED, 7, "M-1", "Backups", null, 2, 1, "IMPLEMENTED");
        ReadinessLabels.ReasonLine line = ReadinessLabels.reason(r, EN);
        assertEquals("/measures/measure", line.outcome());
        assertEquals(7L, line.targetId());
        assertEquals("M-1", line.subject());
        assertEquals("Backups", line.text());
        assertEquals("Implemented, evidence: 2 valid, 1 expired", line.note());
        assertEquals("Fulfilled", line.statusLabel());
        assertEquals("ok", line.statusClass());
    }

    @Test
    void documentReasonShowsTheKindOrTheOverdueReview() {
        Reason d = new Reason(Reason.Kind.DOCUMENT, ReadinessStatus.PARTLY, 3, "POL-1", "Policy", null, 0, 0, "OVERDUE");
        ReadinessLabels.ReasonLine line = ReadinessLabels.reason(d, EN);
        assertEquals("/documents/document", line.outcome());
        assertEquals("review overdue", line.note());
        Reason g = new Reason(Reason.Kind.DOCUMENT, ReadinessStatus.FULFILLED, 3, "POL-1", "Policy", null, 0, 0, "GUIDELINE");
        assertEquals("Leitlinie", ReadinessLabels.reason(g, DE).note());
    }

    @Test
    void mappingReasonNamesThePathAndEachHop() {
        Reason m = new Reason(Reason.Kind.MAPPING, ReadinessStatus.FULFILLED, 11, "ISA 1.1.1 → ISO27001 A.5.1 → 21(2)(a)", null,
                List.of(Relationship.EQUAL, Relationship.SUPERSET), 0, 0, "FULFILLED");
        ReadinessLabels.ReasonLine line = ReadinessLabels.reason(m, EN);
        assertEquals("via ISA 1.1.1 → ISO27001 A.5.1 → 21(2)(a) (equal, superset of)", line.text());
        assertEquals("/standards/requirement", line.outcome());
        assertEquals(11L, line.targetId());
        assertEquals("there: Fulfilled", line.note());

        Reason na = new Reason(Reason.Kind.MAPPING_NOT_APPLICABLE, null, 11, "ISA 1.1.1 → 21(2)(a)", null,
                List.of(Relationship.SUBSET), 0, 0, "NOT_APPLICABLE");
        ReadinessLabels.ReasonLine naLine = ReadinessLabels.reason(na, EN);
        assertNull(naLine.statusLabel());
        assertEquals("not applicable there, does not count", naLine.note());

        Reason outside = new Reason(Reason.Kind.MAPPING, ReadinessStatus.PARTLY, 0, "… → 21(2)(a)", null,
                List.of(Relationship.INTERSECT), 0, 0, "OUTSIDE_SCOPE");
        ReadinessLabels.ReasonLine outsideLine = ReadinessLabels.reason(outside, EN);
        assertFalse(outsideLine.linked());
        assertEquals("from a standard outside your scope", outsideLine.note());
    }

    @Test
    void exclusionAndNothing() {
        Reason x = new Reason(Reason.Kind.SOA_EXCLUDED, ReadinessStatus.NOT_APPLICABLE, 5, "A.7.1", "No premises", null, 0, 0, null);
        ReadinessLabels.ReasonLine line = ReadinessLabels.reason(x, EN);
        assertEquals("/readiness/soa", line.outcome());
        assertEquals("No premises", line.text());
        Reason n = new Reason(Reason.Kind.NOTHING, ReadinessStatus.NOT_FULFILLED, 0, "", null, null, 0, 0, null);
        ReadinessLabels.ReasonLine nothing = ReadinessLabels.reason(n, DE);
        assertFalse(nothing.linked());
        assertEquals("Nichts adressiert diese Anforderung.", nothing.text());
    }

    @Test
    void scoreChartHasABarPerStandardAndLeavesNothingApplicableEmpty() {
        assertNull(ReadinessLabels.scoreChart(List.of(), "Score"));
        String json = ReadinessLabels.scoreChart(List.of(
                new ReadinessService.StandardScore(1, "ISO27001", "2022", "ISO", 10, 2, 3, 1, 73.3),
                new ReadinessService.StandardScore(2, "NIS2", null, "NIS2", 0, 0, 0, 4, null)), "Score");
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("bar", chart.getString("type"));
        JsonArray data = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertEquals(73.3, data.getJsonNumber(0).doubleValue());
        assertTrue(data.isNull(1));
        assertEquals(100, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    }

    @Test
    void trendChartAlignsEveryStandardOnTheSameDays() {
        assertNull(ReadinessLabels.trendChart(List.of(), Map.of()));
        LocalDate d1 = LocalDate.of(2026, 1, 1);
        LocalDate d2 = d1.plusDays(1);
        Map<Long, String> codes = new LinkedHashMap<>();
        codes.put(1L, "ISO27001");
        codes.put(2L, "NIS2");
        String json = ReadinessLabels.trendChart(List.of(new ReadinessService.TrendPoint(d1, 1, 50.0),
                new ReadinessService.TrendPoint(d2, 1, 55.0), new ReadinessService.TrendPoint(d2, 2, 20.0)), codes);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("line", chart.getString("type"));
        assertEquals(List.of("2026-01-01", "2026-01-02"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("NIS2", datasets.getJsonObject(1).getString("label"));
        assertTrue(datasets.getJsonObject(1).getJsonArray("data").isNull(0));
        assertEquals(20.0, datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).doubleValue());
    }
}
