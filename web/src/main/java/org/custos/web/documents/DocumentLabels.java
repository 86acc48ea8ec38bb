package org.custos.web.documents;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.documents.entity.DocumentStatus;
import org.custos.web.support.Messages;

/** Presentation of document states shared by the document pages: tag colours and readable review causes. */
final class DocumentLabels {

    private static final Pattern CHANGED = Pattern.compile("changed:(.+) v(\\d+)");
    private static final Pattern WITHDRAWN = Pattern.compile("withdrawn:(.+)");

    private DocumentLabels() {
    }

    /** The tag style of a status: in force green, retired grey, withdrawn red, still in work yellow. */
    static String statusClass(DocumentStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case PUBLISHED -> "ok";
            case WITHDRAWN -> "danger";
            case SUPERSEDED -> "";
            default -> "warn";
        };
    }

    /**
     * Why a review is needed, as a sentence: the boundary records {@code changed:RL-01 v2} (a document
     * above was revised) or {@code withdrawn:RL-01} (it was withdrawn); anything else is shown as it is.
     */
    static String cause(Locale locale, String cause) {
        if (cause == null || cause.isBlank()) {
            return Messages.text(locale, "document.cause.unknown");
        }
        Matcher changed = CHANGED.matcher(cause);
        if (changed.matches()) {
            return Messages.text(locale, "document.cause.changed", changed.group(1), changed.group(2));
        }
        Matcher withdrawn = WITHDRAWN.matcher(cause);
        if (withdrawn.matches()) {
            return Messages.text(locale, "document.cause.withdrawn", withdrawn.group(1));
        }
        return cause;
    }
}
