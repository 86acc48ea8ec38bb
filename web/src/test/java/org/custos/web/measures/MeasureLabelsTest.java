package org.custos.web.measures;

import static org.custos.web.measures.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;
import org.custos.web.measures.MeasureLabels.EvidenceState;
import org.junit.jupiter.api.Test;

class MeasureLabelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static Evidence link(Measure m, LocalDate from, LocalDate until) {
        Evidence e = Evidence.link(m, "Report", "https://example.org/r", "alice", Instant.EPOCH);
        e.describe("Report", from, until);
        return e;
    }

    @Test
    void statusColours() {
        assertEquals("ok", MeasureLabels.statusClass(Measure.Status.IMPLEMENTED));
        assertEquals("warn", MeasureLabels.statusClass(Measure.Status.IN_PROGRESS));
        assertEquals("", MeasureLabels.statusClass(Measure.Status.PLANNED));
        assertEquals("", MeasureLabels.statusClass(Measure.Status.NOT_APPLICABLE));
        assertEquals("", MeasureLabels.statusClass(null));
    }

    @Test
    void evidenceStateOnADay() {
        Measure m = withId(new Measure("M-1", "Firewall"), 1);
        assertEquals(EvidenceState.VALID, MeasureLabels.state(link(m, TODAY.minusDays(10), null), TODAY));
        assertEquals(EvidenceState.VALID, MeasureLabels.state(link(m, TODAY, TODAY), TODAY));
        assertEquals(EvidenceState.EXPIRED, MeasureLabels.state(link(m, TODAY.minusDays(10), TODAY.minusDays(1)), TODAY));
        assertEquals(EvidenceState.NOT_YET_VALID, MeasureLabels.state(link(m, TODAY.plusDays(1), null), TODAY));
        assertEquals("ok", MeasureLabels.stateClass(EvidenceState.VALID));
        assertEquals("danger", MeasureLabels.stateClass(EvidenceState.EXPIRED));
        assertEquals("warn", MeasureLabels.stateClass(EvidenceState.NOT_YET_VALID));
    }

    @Test
    void countsOnlyEvidenceValidTodayPerMeasure() {
        Measure a = withId(new Measure("A", "A"), 1);
        Measure b = withId(new Measure("B", "B"), 2);
        Measure c = withId(new Measure("C", "C"), 3);
        List<Evidence> all = List.of(
                link(a, TODAY.minusDays(5), null),
                link(a, TODAY.minusYears(1), TODAY.plusDays(3)),
                link(a, TODAY.minusYears(2), TODAY.minusYears(1)),
                link(b, TODAY.plusDays(2), null),
                link(c, TODAY.minusDays(1), TODAY));
        Map<Long, Long> counts = MeasureLabels.validCounts(all, TODAY);
        assertEquals(2L, counts.get(1L));
        assertFalse(counts.containsKey(2L));
        assertEquals(1L, counts.get(3L));
    }

    @Test
    void textMatchesCodeOrTitleIgnoringCase() {
        Measure fw = new Measure("NET-01", "Two-stage firewall");
        Measure bk = new Measure("OPS-02", "Daily backup");
        List<Measure> all = List.of(fw, bk);
        assertEquals(all, MeasureLabels.matching(all, null));
        assertEquals(all, MeasureLabels.matching(all, "  "));
        assertEquals(List.of(fw), MeasureLabels.matching(all, "net"));
        assertEquals(List.of(bk), MeasureLabels.matching(all, " BACKUP "));
        assertEquals(List.of(), MeasureLabels.matching(all, "x-ray"));
    }

    @Test
    void sizesAndShortHashes() {
        assertEquals("", MeasureLabels.size(null, Locale.ENGLISH));
        assertEquals("900 B", MeasureLabels.size(900L, Locale.ENGLISH));
        assertEquals("2 KB", MeasureLabels.size(2048L, Locale.ENGLISH));
        assertEquals("1.5 MB", MeasureLabels.size(1536L * 1024, Locale.ENGLISH));
        assertEquals("1,5 MB", MeasureLabels.size(1536L * 1024, Locale.GERMAN));
        String sha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assertEquals("e3b0c44298fc…", MeasureLabels.shortHash(sha));
        assertEquals("abc", MeasureLabels.shortHash("abc"));
        assertEquals("", MeasureLabels.shortHash(null));
    }
}
