package org.custos.web.measures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;

/** Presentation of measures and evidence shared by the measure pages: tag colours, validity, counts, sizes. */
final class MeasureLabels {

    /** How a piece of evidence stands on a day (labels {@code evidence.state.*}). */
    enum EvidenceState {
        VALID, NOT_YET_VALID, EXPIRED
    }

    static final int SHORT_HASH = 12;

    private MeasureLabels() {
    }

    /** The tag style of a status: implemented green, in progress yellow, planned and not applicable plain. */
    static String statusClass(Measure.Status status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case IMPLEMENTED -> "ok";
            case IN_PROGRESS -> "warn";
            default -> "";
        };
    }

    static EvidenceState state(Evidence e, LocalDate day) {
        if (e.expired(day)) {
            return EvidenceState.EXPIRED;
        }
        return e.valid(day) ? EvidenceState.VALID : EvidenceState.NOT_YET_VALID;
    }

    static String stateClass(EvidenceState state) {
        return switch (state) {
            case VALID -> "ok";
            case EXPIRED -> "danger";
            case NOT_YET_VALID -> "warn";
        };
    }

    /** Evidence valid on the day, counted per measure id (one pass over the evidence metadata). */
    static Map<Long, Long> validCounts(Collection<Evidence> evidence, LocalDate day) {
        return evidence.stream().filter(e -> e.valid(day))
                .collect(Collectors.groupingBy(e -> e.getMeasure().getId(), Collectors.counting()));
    }

    /** Part of the code or title, ignoring case; a blank query matches everything. */
    static List<Measure> matching(List<Measure> measures, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return measures;
        }
        return measures.stream().filter(m -> m.getCode().toLowerCase(Locale.ROOT).contains(q)
                || m.getTitle().toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    static String size(Long bytes, Locale locale) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The first characters of a hash, enough to compare by eye; the full value goes in a title attribute. */
    static String shortHash(String hash) {
        return hash == null || hash.length() <= SHORT_HASH ? (hash == null ? "" : hash) : hash.substring(0, SHORT_HASH) + "…";
    }
}
