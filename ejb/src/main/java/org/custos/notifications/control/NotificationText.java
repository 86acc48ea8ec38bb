package org.custos.notifications.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.Notification.Kind;

/**
 * The words of notifications in English and German, for the inbox and for mail alike (mail goes out from a
 * timer, where no Faces bundle is at hand), and the dedup keys that make a rerun create nothing new.
 */
public final class NotificationText {

    /** The zone in which due days start and times are shown. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("DOCUMENT_REVIEW", new String[] {"Document review %s: %s", "Dokumentenprüfung %s: %s"}),
            Map.entry("CORRECTIVE_ACTION", new String[] {"Corrective action %s: %s", "Korrekturmaßnahme %s: %s"}),
            Map.entry("EVIDENCE_EXPIRY", new String[] {"Evidence %s: %s", "Nachweis %s: %s"}),
            Map.entry("RISK_REASSESSMENT", new String[] {"Risk reassessment %s: %s", "Neubewertung des Risikos %s: %s"}),
            Map.entry("OBLIGATION_PROOF", new String[] {"Proof of obligation %s: %s", "Nachweis der Pflicht %s: %s"}),
            Map.entry("INCIDENT_REPORTING", new String[] {"%s %s: %s", "%s %s: %s"}),
            Map.entry("KPI_MEASUREMENT", new String[] {"Measurement %s: %s", "Messung %s: %s"}),
            Map.entry("REVIEW_DECISION", new String[] {"Management review action %s: %s",
                "Maßnahme aus der Managementbewertung %s: %s"}),
            Map.entry("MANAGEMENT_REVIEW", new String[] {"Next management review %s, twelve months after %s",
                "Nächste Managementbewertung %s, zwölf Monate nach %s"}),
            Map.entry("BSI_EARLY_WARNING", new String[] {"BSI early warning", "BSI-Frühwarnung"}),
            Map.entry("BSI_NOTIFICATION", new String[] {"BSI incident notification", "BSI-Meldung"}),
            Map.entry("BSI_FINAL_REPORT", new String[] {"BSI final report", "BSI-Abschlussmeldung"}),
            Map.entry("GDPR_NOTIFICATION", new String[] {"GDPR notification to the supervisory authority",
                "DSGVO-Meldung an die Aufsichtsbehörde"}),
            Map.entry("due", new String[] {"due on %s", "fällig am %s"}),
            Map.entry("overdue", new String[] {"overdue since %s", "überfällig seit %s"}),
            Map.entry("expires", new String[] {"expires on %s", "läuft ab am %s"}),
            Map.entry("expired", new String[] {"expired on %s", "abgelaufen am %s"}),
            Map.entry("digestSubject", new String[] {"Custos: %d open notifications", "Custos: %d offene Benachrichtigungen"}),
            Map.entry("digestIntro", new String[] {"These items need your attention:", "Diese Punkte brauchen Ihre Aufmerksamkeit:"}),
            Map.entry("footer", new String[] {"Change how you are notified on the Notifications page in Custos.",
                "Wie Sie benachrichtigt werden, ändern Sie auf der Seite „Benachrichtigungen“ in Custos."}));

    private NotificationText() {
    }

    /** Kind, item and due date: the same thing falling due again on the same date gives the same key. */
    public static String dedupKey(Kind kind, Object itemId, Object due) {
        return kind.name() + ":" + itemId + ":" + due;
    }

    /** The item label of an incident's reporting duty: the duty, "|", the incident's code and title. */
    public static String dutyLabel(String duty, String incident) {
        return duty + "|" + incident;
    }

    /** The day a date-only deadline stands for, as an instant (its start in {@link #ZONE}). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The one line that says what fell due, in the language of {@code locale} (German or else English). */
    public static String subject(Notification n, Locale locale, Instant now) {
        return subject(n.getKind(), n.getItemLabel(), n.getDueAt(), locale, now);
    }

    public static String subject(Kind kind, String label, Instant dueAt, Locale locale, Instant now) {
        boolean de = german(locale);
        boolean past = dueAt.isBefore(now);
        String phrase = kind == Kind.EVIDENCE_EXPIRY ? (past ? "expired" : "expires") : (past ? "overdue" : "due");
        String when = String.format(t(phrase, de), date(kind, dueAt, de));
        if (kind == Kind.INCIDENT_REPORTING) {
            int bar = label.indexOf('|');
            String duty = bar < 0 ? "" : t(label.substring(0, bar), de);
            return String.format(t(kind.name(), de), duty, when, bar < 0 ? label : label.substring(bar + 1));
        }
        return String.format(t(kind.name(), de), when, label);
    }

    /** A due date as shown: with the time for reporting deadlines (hours matter there), else the day. */
    public static String date(Kind kind, Instant at, boolean de) {
        DateTimeFormatter f = kind == Kind.INCIDENT_REPORTING
                ? DateTimeFormatter.ofPattern(de ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm")
                : DateTimeFormatter.ofPattern(de ? "dd.MM.yyyy" : "yyyy-MM-dd");
        return f.format(at.atZone(ZONE));
    }

    /** The mail for one notification: its subject line, then the link. */
    public static Mail single(Notification n, Locale locale, String baseUrl, Instant now) {
        boolean de = german(locale);
        String subject = subject(n, locale, now);
        return new Mail(subject, subject + "\n" + url(baseUrl, n.getLink()) + "\n\n-- \n" + t("footer", de) + "\n");
    }

    /** One mail listing several notifications, soonest due first as given. */
    public static Mail digest(List<Notification> items, Locale locale, String baseUrl, Instant now) {
        boolean de = german(locale);
        StringBuilder body = new StringBuilder(t("digestIntro", de)).append("\n\n");
        for (Notification n : items) {
            body.append("- ").append(subject(n, locale, now)).append("\n  ").append(url(baseUrl, n.getLink())).append("\n");
        }
        body.append("\n-- \n").append(t("footer", de)).append("\n");
        return new Mail(String.format(t("digestSubject", de), items.size()), body.toString());
    }

    /** A mail's subject and plain-text body. */
    public record Mail(String subject, String body) {
    }

    static String url(String baseUrl, String link) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return link;
        }
        String base = baseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + link;
    }

    public static boolean german(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }

    private static String t(String key, boolean de) {
        String[] t = TEXT.get(key);
        return t == null ? key : t[de ? 1 : 0];
    }
}
