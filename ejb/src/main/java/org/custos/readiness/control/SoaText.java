package org.custos.readiness.control;

import java.util.Locale;
import java.util.Map;

/** The words of the SoA exports in English and German. */
final class SoaText {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("title", new String[] {"Statement of Applicability", "Erklärung zur Anwendbarkeit"}),
            Map.entry("subtitle", new String[] {"ISO/IEC 27001:2022, 6.1.3 d) — Annex A controls",
                "ISO/IEC 27001:2022, 6.1.3 d) — Maßnahmen aus Anhang A"}),
            Map.entry("version", new String[] {"Version %d", "Version %d"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("control", new String[] {"Control", "Maßnahme"}),
            Map.entry("name", new String[] {"Title", "Titel"}),
            Map.entry("applicable", new String[] {"Applicable", "Anwendbar"}),
            Map.entry("justification", new String[] {"Justification", "Begründung"}),
            Map.entry("implementation", new String[] {"Implementation", "Umsetzung"}),
            Map.entry("basis", new String[] {"Measures, documents, mappings", "Maßnahmen, Dokumente, Abbildungen"}),
            Map.entry("yes", new String[] {"yes", "ja"}),
            Map.entry("no", new String[] {"no", "nein"}),
            Map.entry("undecided", new String[] {"undecided", "offen"}),
            Map.entry("summary", new String[] {"%d controls: %d applicable, %d excluded, %d undecided",
                "%d Maßnahmen: %d anwendbar, %d ausgeschlossen, %d offen"}),
            Map.entry("notApproved", new String[] {"Not approved: this version is %s.", "Nicht freigegeben: diese Version ist %s."}),
            Map.entry("author", new String[] {"Created by", "Erstellt von"}),
            Map.entry("editors", new String[] {"Changed by", "Geändert von"}),
            Map.entry("submitted", new String[] {"Submitted by", "Eingereicht von"}),
            Map.entry("approved", new String[] {"Approved by", "Freigegeben von"}),
            Map.entry("hash", new String[] {"Content hash (SHA-256)", "Inhalts-Hash (SHA-256)"}),
            Map.entry("changeNote", new String[] {"Change note", "Änderungshinweis"}),
            Map.entry("DRAFT", new String[] {"draft", "Entwurf"}),
            Map.entry("IN_REVIEW", new String[] {"in review", "in Prüfung"}),
            Map.entry("APPROVED", new String[] {"approved", "freigegeben"}),
            Map.entry("SUPERSEDED", new String[] {"superseded", "abgelöst"}),
            Map.entry("FULFILLED", new String[] {"implemented", "umgesetzt"}),
            Map.entry("PARTLY", new String[] {"partly implemented", "teilweise umgesetzt"}),
            Map.entry("NOT_FULFILLED", new String[] {"not implemented", "nicht umgesetzt"}),
            Map.entry("NOT_APPLICABLE", new String[] {"not applicable", "nicht anwendbar"}));

    private SoaText() {
    }

    static boolean german(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }

    static String t(String key, boolean de) {
        String[] t = TEXT.get(key);
        return t == null ? key : t[de ? 1 : 0];
    }
}
