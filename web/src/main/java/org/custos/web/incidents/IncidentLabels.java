package org.custos.web.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.control.ReportingDuties.Duty;
import org.custos.incidents.entity.Incident;
import org.custos.web.support.Messages;

/** Times in German time (the legal zone of the deadlines), time left and the tag classes of the incident pages. */
public final class IncidentLabels {

    static final ZoneId ZONE = ReportingDuties.LEGAL_ZONE;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private IncidentLabels() {
    }

    public static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ZONE));
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    /** "23 h 10 min" left or "overdue by 2 h 5 min"; empty once reported. */
    static String left(Duty d, Instant now) {
        if (d == null || d.reportedAt() != null) {
            return "";
        }
        Duration left = d.left(now);
        return left.isNegative() ? Messages.text("incident.left.overdue", span(left.negated()))
                : Messages.text("incident.left.due", span(left));
    }

    static String span(Duration d) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return Messages.text("incident.span.days", days, hours);
        }
        if (hours > 0) {
            return Messages.text("incident.span.hours", hours, mins);
        }
        return Messages.text("incident.span.minutes", mins);
    }

    /** Red when overdue, orange under 24 h. */
    static String leftClass(Duty d, Instant now) {
        if (d == null || d.reportedAt() != null) {
            return "";
        }
        Duration left = d.left(now);
        return left.isNegative() ? "tag danger" : left.toHours() < 24 ? "tag warn" : "tag";
    }

    static String stateClass(ReportingDuties.State s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case DUE -> "tag warn";
            case OVERDUE, LATE -> "tag danger";
            case ON_TIME -> "tag ok";
        };
    }

    static String severityClass(Incident.Severity s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case LOW -> "tag";
            case MEDIUM -> "tag warn";
            case HIGH, CRITICAL -> "tag danger";
        };
    }

    static String statusClass(Incident.Status s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case OPEN -> "tag warn";
            case CONTAINED -> "tag";
            case CLOSED -> "tag ok";
        };
    }
}
