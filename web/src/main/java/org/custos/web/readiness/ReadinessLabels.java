package org.custos.web.readiness;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.documents.boundary.DocumentService;
import org.custos.measures.boundary.MeasureService;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.control.Reason;
import org.custos.standards.boundary.StandardsService;
import org.custos.web.support.Messages;

/** Presentation of readiness shared by the readiness pages and the dashboard: tag colours, charts, reasons. */
public final class ReadinessLabels {

    /**
     * One reason as the pages show it: a linked subject (outcome and id, or no link), its text, a note in
     * smaller print and the status it contributes (none when it is shown for information only).
     */
    public record ReasonLine(String outcome, Long targetId, String subject, String text, String note, String statusLabel,
            String statusClass) implements Serializable {

        public boolean linked() {
            return outcome != null && targetId != null;
        }
    }

    /** The permission each linked page needs, so a link is only offered to whoever may open it. */
    static final Map<String, String> PAGE_PERMISSIONS = Map.of("/measures/measure", MeasureService.READ,
            "/documents/document", DocumentService.READ, "/standards/requirement", StandardsService.READ,
            "/readiness/soa", ReadinessService.READ);

    private static final String[] SERIES = {"#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#5d4037",
        "#9e9d24"};

    private ReadinessLabels() {
    }

    /** Fulfilled green, partly yellow, not fulfilled red, not applicable plain. */
    public static String statusClass(ReadinessStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case FULFILLED -> "ok";
            case PARTLY -> "warn";
            case NOT_FULFILLED -> "danger";
            case NOT_APPLICABLE -> "";
        };
    }

    /** Where a rule's records are kept: the page, its name in the navigation and the permission to open it. */
    public record RulePage(String outcome, String labelKey, String permission) {
    }

    private static final RulePage DOCUMENTS = new RulePage("/documents/register", "documents.nav.register", "documents:read");
    private static final RulePage SOA = new RulePage("/readiness/soa", "readiness.nav.soa", "readiness:read");
    private static final RulePage RISKS = new RulePage("/risk/register", "risk.nav.register", "risk:read");
    private static final RulePage OBJECTIVES = new RulePage("/objectives/register", "objective.nav.register", "improvement:read");
    private static final RulePage AUDITS = new RulePage("/audits/register", "audits.nav.register", "audit:read");

    /** The page that keeps the records a certification rule is computed from; null for an unknown rule. */
    public static RulePage rulePage(String code) {
        return switch (code) {
            case "scope", "guideline", "overdue" -> DOCUMENTS;
            case "clauses" -> new RulePage("/documents/coverage", "documents.nav.coverage", "documents:read");
            case "riskCriteria" -> new RulePage("/risk/criteria", "risk.nav.criteria", "risk:read");
            case "soa", "undecided" -> SOA;
            case "objectives", "monitoring" -> OBJECTIVES;
            case "roles" -> new RulePage("/roles/appointments", "nav.appointments", "people:read");
            case "riskAssessment", "riskReassessment", "riskTreatment", "riskAcceptance" -> RISKS;
            case "incidentReporting" -> new RulePage("/incidents/register", "incident.nav.register", "improvement:read");
            case "internalAudit", "auditProgramme" -> AUDITS;
            case "managementReview" -> new RulePage("/reviews/register", "review.nav.register", "improvement:read");
            case "nonconformities" -> new RulePage("/nonconformities/register", "nonconformity.nav.register",
                    "improvement:read");
            default -> null;
        };
    }

    /** Passed green, failed red, not tracked yet plain grey: never shown as passed. */
    public static String ruleClass(ReadinessService.RuleStatus status) {
        return switch (status) {
            case PASSED -> "ok";
            case FAILED -> "danger";
            case NOT_TRACKED -> "";
        };
    }

    /**
     * The rule's sentence in the language with its arguments (documents in force, version and approver,
     * open controls, vacant roles, overdue documents); without arguments the {@code .none} wording if
     * there is one, so no placeholder is ever shown.
     */
    public static String ruleText(ReadinessService.Rule rule, Locale locale) {
        String key = "readiness.rule." + rule.code();
        List<String> args = rule.arguments();
        if (args.isEmpty()) {
            String none = key + ".none";
            String text = text(locale, none);
            return text.equals(none) ? text(locale, key) : text;
        }
        // document rules name every document in force; the sentence has one place for them
        Object[] values = "scope".equals(rule.code()) || "guideline".equals(rule.code())
                ? new Object[] {String.join(", ", args)} : args.toArray();
        if ("undecided".equals(rule.code()) && values.length < 2) {
            // without the ISO 27001 catalog there is only a dash
            values = new Object[] {values[0], "–"};
        }
        return text(locale, key, values);
    }

    /** A percentage with one decimal at most, in the locale's notation; a dash when nothing is applicable. */
    public static String percent(Double percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        double rounded = Math.round(percent * 10) / 10.0;
        return (rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(locale, "%.1f", rounded)) + " %";
    }

    static String barColour(Double percent) {
        if (percent == null) {
            return "#bdbdbd";
        }
        return percent >= 80 ? "#2e7d32" : percent >= 50 ? "#f9a825" : "#c62828";
    }

    /** A bar per standard in use with its score in percent (Chart.js configuration for p:chart); null if none. */
    public static String scoreChart(List<ReadinessService.StandardScore> scores, String datasetLabel) {
        if (scores.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ReadinessService.StandardScore s : scores) {
            labels.add(s.code());
            if (s.percent() == null) {
                data.addNull();
            } else {
                data.add(s.percent());
            }
            colours.add(barColour(s.percent()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", datasetLabel)
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", percentAxis()))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /**
     * A line per standard through the daily scores (Chart.js configuration for p:chart); null when there
     * are no snapshots yet. Days a standard has no score stay gaps.
     */
    public static String trendChart(List<ReadinessService.TrendPoint> points, Map<Long, String> codes) {
        if (points.isEmpty()) {
            return null;
        }
        List<LocalDate> days = new ArrayList<>(points.stream().map(ReadinessService.TrendPoint::day)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<Long, Map<LocalDate, Double>> series = new LinkedHashMap<>();
        for (Long id : codes.keySet()) {
            series.put(id, new LinkedHashMap<>());
        }
        for (ReadinessService.TrendPoint p : points) {
            series.computeIfAbsent(p.standardId(), k -> new LinkedHashMap<>()).put(p.day(), p.percent());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(d -> labels.add(d.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<Long, Map<LocalDate, Double>> e : series.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (LocalDate d : days) {
                Double v = e.getValue().get(d);
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            }
            String colour = SERIES[i++ % SERIES.length];
            datasets.add(Json.createObjectBuilder().add("label", codes.getOrDefault(e.getKey(), String.valueOf(e.getKey())))
                    .add("data", data).add("borderColor", colour).add("backgroundColor", colour).add("fill", false)
                    .add("spanGaps", true).add("tension", 0.2));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", percentAxis()))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder percentAxis() {
        return Json.createObjectBuilder().add("min", 0).add("max", 100);
    }

    /** How one reason reads in the language, with a link to its measure, document, SoA or source requirement. */
    public static ReasonLine reason(Reason r, Locale locale) {
        String status = r.status() == null ? null : text(locale, "readiness.status." + r.status().name());
        String cls = statusClass(r.status());
        return switch (r.kind()) {
            case MEASURE -> new ReasonLine("/measures/measure", r.subjectId(), r.subject(), r.detail(),
                    measureNote(r, locale), status, cls);
            case MEASURE_NOT_APPLICABLE -> new ReasonLine("/measures/measure", r.subjectId(), r.subject(), r.detail(),
                    measureNote(r, locale) + " · " + text(locale, "readiness.reason.doesNotCount"), null, "");
            case DOCUMENT -> new ReasonLine("/documents/document", r.subjectId(), r.subject(), r.detail(),
                    documentState(r.state(), locale), status, cls);
            case SOA_EXCLUDED -> new ReasonLine("/readiness/soa", r.subjectId(), text(locale, "readiness.reason.soaExcluded"),
                    r.detail(), null, status, cls);
            case MAPPING -> new ReasonLine(outsideScope(r) ? null : "/standards/requirement", outsideScope(r) ? null : r.subjectId(),
                    null, mappingText(r, locale), mappingNote(r, locale), status, cls);
            case MAPPING_NOT_APPLICABLE -> new ReasonLine(outsideScope(r) ? null : "/standards/requirement",
                    outsideScope(r) ? null : r.subjectId(), null, mappingText(r, locale),
                    text(locale, "readiness.reason.sourceNotApplicable"), null, "");
            case NOTHING -> new ReasonLine(null, null, null, text(locale, "readiness.reason.nothing"), null, status, cls);
        };
    }

    public static List<ReasonLine> reasons(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> reason(r, locale)).toList();
    }

    private static boolean outsideScope(Reason r) {
        return "OUTSIDE_SCOPE".equals(r.state()) || r.subjectId() == 0;
    }

    /** "via ISA 1.1.1 → ISO27001 A.5.1 → 21(2)(a) (equal, superset of)". */
    static String mappingText(Reason r, Locale locale) {
        String rels = r.relationships().stream().map(x -> text(locale, "relationship." + x.name()))
                .collect(Collectors.joining(", "));
        return text(locale, rels.isEmpty() ? "readiness.reason.via" : "readiness.reason.viaWith", r.subject(), rels);
    }

    private static String mappingNote(Reason r, Locale locale) {
        if (r.state() == null || "OUTSIDE_SCOPE".equals(r.state())) {
            return "OUTSIDE_SCOPE".equals(r.state()) ? text(locale, "readiness.reason.outsideScope") : null;
        }
        return text(locale, "readiness.reason.source", text(locale, "readiness.status." + r.state()));
    }

    private static String measureNote(Reason r, Locale locale) {
        String state = r.state() == null ? "" : text(locale, "measure.status." + r.state());
        return text(locale, "readiness.reason.evidence", state, r.validEvidence(), r.expiredEvidence());
    }

    private static String documentState(String state, Locale locale) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "OVERDUE" -> text(locale, "readiness.reason.reviewOverdue");
            case "REVIEW_NEEDED" -> text(locale, "readiness.reason.reviewNeeded");
            default -> text(locale, "document.type." + state);
        };
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
