package org.custos.web.objectives;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;

/** Presentation helpers of the objectives pages: state badges, numbers in the page language, the trend chart. */
final class ObjectiveLabels {

    static final String VALUE_COLOUR = "#1d3557";
    static final String TARGET_COLOUR = "#2b8a3e";
    static final String WARNING_COLOUR = "#e67700";
    static final String FAILURE_COLOUR = "#c92a2a";

    private ObjectiveLabels() {
    }

    static String stateClass(State s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case MET -> "tag ok";
            case WARNING -> "tag warn";
            case MISSED -> "tag danger";
        };
    }

    /** The message key of a KPI's state: its latest value's state, or "not measured". */
    static String stateKey(State s) {
        return s == null ? "kpi.state.none" : "kpi.state." + s.name();
    }

    /**
     * A doughnut of the KPIs of active objectives by state (met, warning, missed, not measured), in the order of
     * the labels given for them (Chart.js configuration for p:chart); null when no active objective has a KPI.
     */
    static String standingChart(List<org.custos.objectives.boundary.ObjectiveService.ObjectiveView> objectives,
            List<String> labels) {
        long[] counts = new long[4];
        objectives.stream().filter(v -> v.objective().getStatus() == Objective.Status.ACTIVE).flatMap(v -> v.kpis().stream())
                .forEach(k -> counts[k.state() == null ? 3 : k.state().ordinal()]++);
        if (counts[0] + counts[1] + counts[2] + counts[3] == 0) {
            return null;
        }
        String[] colours = {TARGET_COLOUR, WARNING_COLOUR, FAILURE_COLOUR, "#9e9e9e"};
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder background = Json.createArrayBuilder();
        for (int i = 0; i < 4; i++) {
            if (counts[i] > 0) {
                names.add(labels.get(i));
                data.add(counts[i]);
                background.add(colours[i]);
            }
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", names)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data)
                                .add("backgroundColor", background))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("plugins",
                        Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    static String statusClass(Objective.Status s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case ACTIVE -> "tag";
            case ACHIEVED -> "tag ok";
            case DROPPED -> "tag warn";
        };
    }

    /** A value as typed, in the page language: 99.5 → "99,5" in German; up to four decimals. */
    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? Locale.ENGLISH : locale);
        f.setMaximumFractionDigits(4);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    static String withUnit(BigDecimal value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        String n = number(value, locale);
        return unit == null || unit.isBlank() ? n : "%".equals(unit) ? n + " %" : n + " " + unit;
    }

    /**
     * The KPI's values over time, oldest first, with its target, warning and failure thresholds as flat
     * lines (Chart.js configuration for p:chart); null without measurements.
     */
    static String trendChart(Kpi k, List<KpiMeasurement> newestFirst, String valueLabel, String targetLabel,
            String warningLabel, String failureLabel) {
        if (newestFirst == null || newestFirst.isEmpty()) {
            return null;
        }
        List<KpiMeasurement> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        JsonArrayBuilder warning = Json.createArrayBuilder();
        JsonArrayBuilder failure = Json.createArrayBuilder();
        for (KpiMeasurement m : oldestFirst) {
            labels.add(m.getMeasuredOn().toString());
            values.add(m.getValue());
            target.add(k.getTarget());
            warning.add(k.getWarning());
            failure.add(k.getFailure());
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(line(valueLabel, values, VALUE_COLOUR, false).add("pointRadius", 3))
                                .add(line(targetLabel, target, TARGET_COLOUR, true))
                                .add(line(warningLabel, warning, WARNING_COLOUR, true))
                                .add(line(failureLabel, failure, FAILURE_COLOUR, true))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, boolean threshold) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("fill", false).add("tension", 0);
        if (threshold) {
            b.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0).add("borderWidth", 1.5);
        }
        return b;
    }
}
