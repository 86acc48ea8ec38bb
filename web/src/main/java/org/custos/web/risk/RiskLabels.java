package org.custos.web.risk;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskLevel;
import org.custos.web.support.Messages;

/** Presentation helpers shared by the risk pages: level badges, acceptance tags, flag reasons, the trend chart. */
public final class RiskLabels {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** The colours of the matrix levels in custos.css (.risk-low … .risk-critical), stronger for lines. */
    static final String INHERENT_COLOUR = "#d9480f";
    static final String RESIDUAL_COLOUR = "#1d3557";

    private RiskLabels() {
    }

    /** A level as a coloured badge: the matrix colours of the criteria page. */
    public static String levelClass(RiskLevel level) {
        return level == null ? "tag" : "tag level-badge risk-" + level.name().toLowerCase(Locale.ROOT);
    }

    public static String acceptanceClass(Acceptance a) {
        if (a == null) {
            return "tag";
        }
        return switch (a) {
            case UNASSESSED -> "tag";
            case WITHIN_THRESHOLD -> "tag ok";
            case PENDING -> "tag warn";
            case ACCEPTED -> "tag ok";
        };
    }

    /**
     * A reassessment reason: a message key, optionally followed by "|" and one argument
     * ({@code risk.flag.assetChanged|KIS}); text that is no key is shown as it is.
     */
    public static String reason(String reason, Locale locale) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        int bar = reason.indexOf('|');
        String key = bar < 0 ? reason : reason.substring(0, bar);
        if (bar < 0) {
            return Messages.text(locale, key);
        }
        String arg = reason.substring(bar + 1);
        String text = Messages.text(locale, key, arg);
        return text.equals(key) ? reason : text;
    }

    /** "3 – Likely" in the page language. */
    public static String levelLabel(CriteriaContent.Level level, Locale locale) {
        String name = level.name(locale);
        return name == null || name.isBlank() ? String.valueOf(level.value()) : level.value() + " – " + name;
    }

    public static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ZoneId.systemDefault()));
    }

    /**
     * A line chart of inherent and residual level over the assessments, oldest first (Chart.js
     * configuration for p:chart); the y axis counts the levels 1 (low) to 4 (critical).
     */
    public static String trendChart(List<RiskAssessment> newestFirst, String inherentLabel, String residualLabel) {
        if (newestFirst == null || newestFirst.isEmpty()) {
            return null;
        }
        List<RiskAssessment> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder inherent = Json.createArrayBuilder();
        JsonArrayBuilder residual = Json.createArrayBuilder();
        for (RiskAssessment a : oldestFirst) {
            labels.add("#" + a.getNumber() + " " + (a.getAssessedAt() == null ? ""
                    : DAY.format(a.getAssessedAt().atZone(ZoneId.systemDefault()))));
            inherent.add(value(a.getInherentLevel()));
            residual.add(value(a.getResidualLevel()));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(inherentLabel, inherent, INHERENT_COLOUR))
                                .add(dataset(residualLabel, residual, RESIDUAL_COLOUR))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 1).add("max", RiskLevel.values().length)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("fill", false).add("tension", 0).add("stepped", false);
    }

    static int value(RiskLevel level) {
        return level == null ? 0 : level.ordinal() + 1;
    }
}
