package org.custos.web.tisax;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.custos.tisax.entity.TisaxLabel;
import org.custos.tisax.control.TisaxScoring;
import org.custos.web.support.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** Page helpers shared by the TISAX views: label names from checkboxes, the chapter chart. */
final class TisaxLabels {

    private TisaxLabels() {
    }

    /** Checkbox values back to labels; unknown values are dropped (the boundary then asks for a label). */
    static Set<TisaxLabel> parse(Collection<String> names) {
        Set<TisaxLabel> labels = EnumSet.noneOf(TisaxLabel.class);
        if (names != null) {
            names.forEach(n -> labels.addAll(TisaxLabel.split(n)));
        }
        return labels;
    }

    /** A bar chart of the capped average result per chapter against the target (Chart.js configuration for p:chart). */
    static String chapterChart(TisaxScoring.Summary summary) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (TisaxScoring.Score s : summary.chapters()) {
            labels.add(s.title() == null ? s.chapter() : s.chapter() + " " + s.title());
            double value = s.averageResult() == null ? 0 : s.averageResult();
            data.add(value);
            colours.add(value >= TisaxScoring.TARGET ? "#2e7d32" : value >= 2 ? "#f9a825" : "#c62828");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("tisax.chart.result")).add("data", data)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 0).add("max", TisaxScoring.TARGET)))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
