package org.custos.risk.control;

import java.util.Locale;
import java.util.Map;

/**
 * The words of the risk register and risk treatment plan exports in English and German. Kept here because
 * the EJB module has no access to the web module's message bundles. Only characters of WinAnsi (cp1252),
 * which the standard PDF fonts can show.
 */
final class RiskReportText {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            // titles and header
            Map.entry("register", new String[] {"Risk register", "Risikoregister"}),
            Map.entry("register.subtitle", new String[] {"ISO/IEC 27001:2022, 6.1.2 and 8.2 — open risks",
                "ISO/IEC 27001:2022, 6.1.2 und 8.2 — offene Risiken"}),
            Map.entry("plan", new String[] {"Risk treatment plan", "Risikobehandlungsplan"}),
            Map.entry("plan.subtitle", new String[] {"ISO/IEC 27001:2022, 6.1.3 e) and 8.3 — open risks with a treatment",
                "ISO/IEC 27001:2022, 6.1.3 e) und 8.3 — offene Risiken mit Behandlung"}),
            Map.entry("generated", new String[] {"Generated on %s", "Erstellt am %s"}),
            Map.entry("criteria", new String[] {"Risk criteria in force: version %d, approved on %s; acceptance threshold: %s",
                "Geltende Risikokriterien: Version %d, freigegeben am %s; Akzeptanzschwelle: %s"}),
            Map.entry("criteria.none", new String[] {"No risk criteria approved: risks cannot be assessed yet.",
                "Keine Risikokriterien freigegeben: Risiken können noch nicht bewertet werden."}),
            Map.entry("register.summary", new String[] {"%d open risks: %d not assessed, %d acceptance pending, %d reassessment due",
                "%d offene Risiken: %d nicht bewertet, %d Akzeptanz ausstehend, %d Neubewertung fällig"}),
            Map.entry("plan.summary", new String[] {"%d risks with a treatment, %d of them overdue",
                "%d Risiken mit Behandlung, davon %d überfällig"}),
            Map.entry("plan.untreated", new String[] {"Open risks without a treatment: %s", "Offene Risiken ohne Behandlung: %s"}),
            Map.entry("register.empty", new String[] {"No open risks.", "Keine offenen Risiken."}),
            Map.entry("plan.empty", new String[] {"No open risk has a treatment yet.", "Noch kein offenes Risiko hat eine Behandlung."}),
            // heat map
            Map.entry("heat.inherent", new String[] {"Inherent risk (number of risks)", "Bruttorisiko (Anzahl Risiken)"}),
            Map.entry("heat.residual", new String[] {"Residual risk (number of risks)", "Restrisiko (Anzahl Risiken)"}),
            Map.entry("heat.corner", new String[] {"Likelihood \\ Impact", "Wahrscheinlichkeit \\ Auswirkung"}),
            // columns
            Map.entry("code", new String[] {"Code", "Kürzel"}),
            Map.entry("title", new String[] {"Risk", "Risiko"}),
            Map.entry("threat", new String[] {"Threat", "Gefährdung"}),
            Map.entry("threatCode", new String[] {"Threat code", "Gefährdung (Kürzel)"}),
            Map.entry("vulnerability", new String[] {"Vulnerability", "Schwachstelle"}),
            Map.entry("assets", new String[] {"Assets", "Werte"}),
            Map.entry("owner", new String[] {"Risk owner", "Risikoeigentümer"}),
            Map.entry("inherent", new String[] {"Inherent (L × I)", "Brutto (W × A)"}),
            Map.entry("residual", new String[] {"Residual (L × I)", "Rest (W × A)"}),
            Map.entry("inherentL", new String[] {"Inherent likelihood", "Brutto: Wahrscheinlichkeit"}),
            Map.entry("inherentI", new String[] {"Inherent impact", "Brutto: Auswirkung"}),
            Map.entry("inherentLevel", new String[] {"Inherent risk", "Bruttorisiko"}),
            Map.entry("residualL", new String[] {"Residual likelihood", "Rest: Wahrscheinlichkeit"}),
            Map.entry("residualI", new String[] {"Residual impact", "Rest: Auswirkung"}),
            Map.entry("residualLevel", new String[] {"Residual risk", "Restrisiko"}),
            Map.entry("criteriaVersion", new String[] {"Criteria version", "Kriterienversion"}),
            Map.entry("criteriaShort", new String[] {"criteria v%d", "Kriterien v%d"}),
            Map.entry("treatment", new String[] {"Treatment", "Behandlung"}),
            Map.entry("acceptance", new String[] {"Acceptance", "Akzeptanz"}),
            Map.entry("acceptedBy", new String[] {"Accepted by", "Akzeptiert von"}),
            Map.entry("acceptedAt", new String[] {"Accepted on", "Akzeptiert am"}),
            Map.entry("reassessment", new String[] {"Next reassessment", "Nächste Neubewertung"}),
            Map.entry("reassessmentState", new String[] {"Reassessment", "Neubewertung"}),
            Map.entry("planText", new String[] {"Treatment plan", "Behandlungsplan"}),
            Map.entry("treatmentOwner", new String[] {"Responsible", "Verantwortlich"}),
            Map.entry("due", new String[] {"Due", "Fällig am"}),
            Map.entry("dueState", new String[] {"Deadline", "Termin"}),
            Map.entry("measures", new String[] {"Planned measures", "Geplante Maßnahmen"}),
            Map.entry("planComplete", new String[] {"Plan complete", "Plan vollständig"}),
            // markers
            Map.entry("overdue", new String[] {"overdue", "überfällig"}),
            Map.entry("flagged", new String[] {"due (flagged)", "fällig (markiert)"}),
            Map.entry("done", new String[] {"measures implemented", "Maßnahmen umgesetzt"}),
            Map.entry("incomplete", new String[] {"plan incomplete", "Plan unvollständig"}),
            Map.entry("acceptedByAt", new String[] {"by %s, %s", "von %s, %s"}),
            Map.entry("yes", new String[] {"yes", "ja"}),
            Map.entry("no", new String[] {"no", "nein"}),
            // the about sheet
            Map.entry("about", new String[] {"About", "Angaben"}),
            Map.entry("about.generated", new String[] {"Generated on", "Erstellt am"}),
            Map.entry("about.criteria", new String[] {"Risk criteria version", "Version der Risikokriterien"}),
            Map.entry("about.approved", new String[] {"Approved on", "Freigegeben am"}),
            Map.entry("about.threshold", new String[] {"Acceptance threshold", "Akzeptanzschwelle"}),
            Map.entry("sheet.register", new String[] {"Register", "Risikoregister"}),
            Map.entry("sheet.plan", new String[] {"Treatment plan", "Behandlungsplan"}),
            // risk levels
            Map.entry("LOW", new String[] {"Low", "Niedrig"}),
            Map.entry("MEDIUM", new String[] {"Medium", "Mittel"}),
            Map.entry("HIGH", new String[] {"High", "Hoch"}),
            Map.entry("CRITICAL", new String[] {"Critical", "Kritisch"}),
            // treatment options
            Map.entry("MITIGATE", new String[] {"Mitigate", "Mindern"}),
            Map.entry("ACCEPT", new String[] {"Accept", "Akzeptieren"}),
            Map.entry("AVOID", new String[] {"Avoid", "Vermeiden"}),
            Map.entry("TRANSFER", new String[] {"Transfer", "Übertragen"}),
            // acceptance states
            Map.entry("UNASSESSED", new String[] {"Not assessed", "Nicht bewertet"}),
            Map.entry("WITHIN_THRESHOLD", new String[] {"Within threshold", "Innerhalb der Schwelle"}),
            Map.entry("PENDING", new String[] {"Acceptance pending", "Akzeptanz ausstehend"}),
            Map.entry("ACCEPTED", new String[] {"Accepted", "Akzeptiert"}),
            // measure states
            Map.entry("PLANNED", new String[] {"Planned", "Geplant"}),
            Map.entry("IN_PROGRESS", new String[] {"In progress", "In Umsetzung"}),
            Map.entry("IMPLEMENTED", new String[] {"Implemented", "Umgesetzt"}),
            Map.entry("NOT_APPLICABLE", new String[] {"Not applicable", "Nicht anwendbar"}));

    private RiskReportText() {
    }

    static boolean german(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }

    static String t(String key, boolean de) {
        String[] t = TEXT.get(key);
        return t == null ? key : t[de ? 1 : 0];
    }

    /** The words for an enum constant (level, treatment, acceptance, measure status); empty for null. */
    static String t(Enum<?> value, boolean de) {
        return value == null ? "" : t(value.name(), de);
    }
}
