package org.custos.tisax.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TisaxScoringTest {

    static TisaxControl control(String refId, Integer maturity) {
        IsaPart part = IsaPart.of(refId, null);
        return new TisaxControl(refId.hashCode(), refId, part, "Question " + refId, "Objective " + refId,
                Map.of(Tier.MUST, "must " + refId, Tier.HIGH, "high " + refId), EnumSet.of(Tier.MUST),
                maturity == null ? null : 1L, maturity == null ? 0 : 1, maturity,
                maturity == null ? null : "because " + refId, Set.of());
    }

    @Test
    void resultIsCappedAtTargetThree() {
        assertEquals(3, TisaxScoring.result(5));
        assertEquals(3, TisaxScoring.result(4));
        assertEquals(2, TisaxScoring.result(2));
        assertNull(TisaxScoring.result(null));
    }

    @Test
    void gapIsBelowTargetOrUnanswered() {
        assertTrue(TisaxScoring.gap(null));
        assertTrue(TisaxScoring.gap(2));
        assertFalse(TisaxScoring.gap(3));
        assertFalse(TisaxScoring.gap(5));
    }

    @Test
    void summaryAveragesCappedResultsOfAnsweredControlsPerChapter() {
        List<TisaxControl> controls = List.of(control("1.1.1", 5), control("1.2.1", 1), control("1.2.2", null),
                control("2.1.1", 3), control("9.1.1", 0));
        TisaxScoring.Summary s = TisaxScoring.summarize(controls, Map.of("1", "IS Policies and Organization"));
        assertEquals(5, s.total().applicable());
        assertEquals(4, s.total().answered());
        assertEquals(1.75, s.total().averageResult(), 1e-9, "(3 + 1 + 3 + 0) / 4: the 5 counts as 3");
        assertEquals(3, s.total().gaps());
        assertEquals(List.of("1", "2", "9"), s.chapters().stream().map(TisaxScoring.Score::chapter).toList());
        TisaxScoring.Score first = s.chapters().get(0);
        assertEquals("IS Policies and Organization", first.title());
        assertEquals(2.0, first.averageResult(), 1e-9);
        assertEquals(2, first.gaps());
        assertEquals(33, first.percentAtTarget());
        assertNull(s.chapters().get(1).title());
    }

    @Test
    void summaryOfNothingAnsweredHasNoAverage() {
        TisaxScoring.Summary s = TisaxScoring.summarize(List.of(control("1.1.1", null)), Map.of());
        assertNull(s.total().averageResult());
        assertEquals(1, s.total().gaps());
    }

    @Test
    void onlyApplicableTierTextIsShown() {
        TisaxControl c = control("1.1.1", 2);
        assertEquals("must 1.1.1", c.requirement(Tier.MUST));
        assertNull(c.requirement(Tier.HIGH), "the control has high text, but the tier does not apply");
    }
}
