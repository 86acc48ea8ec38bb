package org.custos.incidents.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.organisation.entity.RegulatoryCategory;

/**
 * Which reports an incident calls for, and by when. Under the BSIG (§32, NIS2 Art. 23) an entity of any
 * regulated category reports a significant incident: an early warning within 24 hours of becoming aware,
 * a notification within 72 hours, a final report one month after the notification. Under GDPR Art. 33 a
 * personal data breach is notified to the supervisory authority within 72 hours of becoming aware.
 * Hours are hours (a DST change does not move them); the month is a calendar month in German time.
 */
public final class ReportingDuties {

    /** German legal time, in which "one month" is counted. */
    public static final ZoneId LEGAL_ZONE = ZoneId.of("Europe/Berlin");

    public enum Kind {
        BSI_EARLY_WARNING, BSI_NOTIFICATION, BSI_FINAL_REPORT, GDPR_NOTIFICATION
    }

    public enum State {
        /** Not reported, the deadline lies ahead. */
        DUE,
        /** Not reported, the deadline has passed. */
        OVERDUE,
        /** Reported by the deadline. */
        ON_TIME,
        /** Reported after the deadline. */
        LATE
    }

    /** One duty with its deadline and, once reported, when. */
    public record Duty(Kind kind, Instant dueAt, Instant reportedAt, State state) implements Serializable {

        /** Time left until the deadline (negative once passed); null once reported. */
        public Duration left(Instant now) {
            return reportedAt != null ? null : Duration.between(now, dueAt);
        }
    }

    private ReportingDuties() {
    }

    /**
     * The duties of an incident detected at {@code detectedAt}; {@code reported} holds what was reported
     * when. The final report counts from the notification as sent (or, before that, from its deadline).
     */
    public static List<Duty> of(RegulatoryCategory category, boolean significant, boolean personalData, Instant detectedAt,
            Map<Kind, Instant> reported, Instant now) {
        List<Duty> duties = new ArrayList<>();
        if (significant && category != null && category != RegulatoryCategory.NONE) {
            duties.add(duty(Kind.BSI_EARLY_WARNING, detectedAt.plus(Duration.ofHours(24)), reported, now));
            Instant notification = detectedAt.plus(Duration.ofHours(72));
            duties.add(duty(Kind.BSI_NOTIFICATION, notification, reported, now));
            Instant base = reported.getOrDefault(Kind.BSI_NOTIFICATION, notification);
            duties.add(duty(Kind.BSI_FINAL_REPORT, base.atZone(LEGAL_ZONE).plusMonths(1).toInstant(), reported, now));
        }
        if (personalData) {
            duties.add(duty(Kind.GDPR_NOTIFICATION, detectedAt.plus(Duration.ofHours(72)), reported, now));
        }
        return List.copyOf(duties);
    }

    private static Duty duty(Kind kind, Instant due, Map<Kind, Instant> reported, Instant now) {
        Instant at = reported.get(kind);
        State state = at != null ? (at.isAfter(due) ? State.LATE : State.ON_TIME) : (now.isAfter(due) ? State.OVERDUE : State.DUE);
        return new Duty(kind, due, at, state);
    }
}
