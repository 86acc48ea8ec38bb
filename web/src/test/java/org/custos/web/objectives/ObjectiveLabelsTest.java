package org.custos.web.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;
import org.junit.jupiter.api.Test;

class ObjectiveLabelsTest {

    private static KpiMeasurement m(String day, String value) {
        return new KpiMeasurement(1, LocalDate.parse(day), new BigDecimal(value), null, "isb", Instant.EPOCH);
    }

    @Test
    void theStandingCountsTheKpisOfActiveObjectivesByState() {
        Objective active = new Objective("isb", Instant.EPOCH);
        active.describe("O-1", "Verfügbarkeit", null, null, null, Objective.Status.ACTIVE);
        Objective dropped = new Objective("isb", Instant.EPOCH);
        dropped.describe("O-2", "Alt", null, null, null, Objective.Status.DROPPED);
        Kpi k = new Kpi(active, "isb", Instant.EPOCH);
        var view = new org.custos.objectives.boundary.ObjectiveService.ObjectiveView(active, List.of(
                new org.custos.objectives.control.KpiView(k, null, State.MET, null, false),
                new org.custos.objectives.control.KpiView(k, null, State.MET, null, false),
                new org.custos.objectives.control.KpiView(k, null, State.MISSED, null, false),
                new org.custos.objectives.control.KpiView(k, null, null, null, true)));
        var old = new org.custos.objectives.boundary.ObjectiveService.ObjectiveView(dropped, List.of(
                new org.custos.objectives.control.KpiView(k, null, State.WARNING, null, false)));
        List<String> labels = List.of("Met", "Warning", "Missed", "Not measured");
        JsonObject chart = Json.createReader(new StringReader(ObjectiveLabels.standingChart(List.of(view, old), labels))).readObject();
        assertEquals("doughnut", chart.getString("type"));
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("Met", "Missed", "Not measured"), data.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "no warning among active objectives; the dropped objective's KPI does not count");
        assertEquals(List.of(2, 1, 1), data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        assertNull(ObjectiveLabels.standingChart(List.of(old), labels), "nothing active, no chart");
    }

    @Test
    void theTrendRunsOldestFirstWithTheTargetAndThresholdsAsFlatLines() {
        Kpi k = new Kpi(new Objective("isb", Instant.EPOCH), "isb", Instant.EPOCH);
        k.describe("KPI-03", "Verfügbarkeit KIS", null, "%", Kpi.Source.MANUAL, Kpi.Frequency.MONTHLY, null);
        k.aim(Kpi.Direction.HIGHER_IS_BETTER, new BigDecimal("99.9"), new BigDecimal("99.5"), new BigDecimal("99"));
        String json = ObjectiveLabels.trendChart(k, List.of(m("2026-11-01", "98.6"), m("2026-10-01", "99.96")), "KIS",
                "Target", "Warning", "Failure");
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("line", chart.getString("type"));
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("2026-10-01", "2026-11-01"), data.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonArray sets = data.getJsonArray("datasets");
        assertEquals(4, sets.size());
        assertEquals(new BigDecimal("99.96"), sets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertEquals("Target", sets.getJsonObject(1).getString("label"));
        assertEquals(new BigDecimal("99.9"), sets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).bigDecimalValue());
        assertEquals(new BigDecimal("99.5"), sets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    }

    @Test
    void noMeasurementsNoChart() {
        assertNull(ObjectiveLabels.trendChart(null, List.of(), "v", "t", "w", "f"));
    }

    @Test
    void numbersAppearInThePageLanguageWithoutTrailingZeros() {
        assertEquals("99.5 %", ObjectiveLabels.withUnit(new BigDecimal("99.5000"), "%", Locale.ENGLISH));
        assertEquals("99,5 %", ObjectiveLabels.withUnit(new BigDecimal("99.5000"), "%", Locale.GERMAN));
        assertEquals("3", ObjectiveLabels.withUnit(new BigDecimal("3.0000"), null, Locale.ENGLISH));
        assertEquals("12 h", ObjectiveLabels.withUnit(new BigDecimal("12"), "h", Locale.ENGLISH));
        assertEquals("", ObjectiveLabels.withUnit(null, "%", Locale.ENGLISH));
    }

    @Test
    void statesAreBadges() {
        assertEquals("tag ok", ObjectiveLabels.stateClass(State.MET));
        assertEquals("tag warn", ObjectiveLabels.stateClass(State.WARNING));
        assertEquals("tag danger", ObjectiveLabels.stateClass(State.MISSED));
        assertEquals("kpi.state.none", ObjectiveLabels.stateKey(null));
        assertEquals("kpi.state.MISSED", ObjectiveLabels.stateKey(State.MISSED));
    }
}
