package org.custos.objectives.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.entity.Kpi.Direction;
import org.custos.objectives.entity.Kpi.Frequency;
import org.junit.jupiter.api.Test;

class KpiEvaluationTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static State higher(String value) {
        // availability: target 99.9, warning 99.5, failure 99
        return KpiEvaluation.state(n(value), Direction.HIGHER_IS_BETTER, n("99.5"), n("99"));
    }

    private static State lower(String value) {
        // open incidents: target 0, warning 2, failure 4
        return KpiEvaluation.state(n(value), Direction.LOWER_IS_BETTER, n("2"), n("4"));
    }

    @Test
    void higherIsBetterReadsTheThresholdsFromAbove() {
        assertEquals(State.MET, higher("100"));
        assertEquals(State.MET, higher("99.9"));
        assertEquals(State.MET, higher("99.5"), "on the warning threshold still counts as met");
        assertEquals(State.WARNING, higher("99.4999"));
        assertEquals(State.WARNING, higher("99.00"), "on the failure threshold is a warning, not yet missed");
        assertEquals(State.MISSED, higher("98.9999"));
        assertEquals(State.MISSED, higher("0"));
    }

    @Test
    void lowerIsBetterReadsTheThresholdsFromBelow() {
        assertEquals(State.MET, lower("0"));
        assertEquals(State.MET, lower("2"));
        assertEquals(State.WARNING, lower("2.0001"));
        assertEquals(State.WARNING, lower("4"));
        assertEquals(State.MISSED, lower("4.5"));
        assertEquals(State.MISSED, lower("100"));
    }

    @Test
    void noValueHasNoState() {
        assertNull(KpiEvaluation.state(null, Direction.HIGHER_IS_BETTER, n("1"), n("0")));
    }

    @Test
    void scaleDoesNotMatterOnlyTheValue() {
        assertEquals(State.MET, KpiEvaluation.state(n("99.5000"), Direction.HIGHER_IS_BETTER, n("99.5"), n("99")));
    }

    @Test
    void thresholdsMustBeOrderedAsTheDirectionSays() {
        assertTrue(KpiEvaluation.consistent(Direction.HIGHER_IS_BETTER, n("95"), n("90"), n("80")));
        assertTrue(KpiEvaluation.consistent(Direction.HIGHER_IS_BETTER, n("95"), n("95"), n("95")), "equal is allowed");
        assertFalse(KpiEvaluation.consistent(Direction.HIGHER_IS_BETTER, n("90"), n("95"), n("80")), "target below warning");
        assertFalse(KpiEvaluation.consistent(Direction.HIGHER_IS_BETTER, n("95"), n("80"), n("90")), "warning below failure");
        assertTrue(KpiEvaluation.consistent(Direction.LOWER_IS_BETTER, n("0"), n("2"), n("4")));
        assertFalse(KpiEvaluation.consistent(Direction.LOWER_IS_BETTER, n("95"), n("90"), n("80")), "higher-is-better order");
        assertFalse(KpiEvaluation.consistent(Direction.LOWER_IS_BETTER, n("0"), n("5"), n("4")));
        assertFalse(KpiEvaluation.consistent(null, n("0"), n("0"), n("0")));
        assertFalse(KpiEvaluation.consistent(Direction.LOWER_IS_BETTER, null, n("0"), n("0")));
    }

    @Test
    void theTargetIsTheAimNotAThreshold() {
        assertTrue(KpiEvaluation.onTarget(n("99.9"), Direction.HIGHER_IS_BETTER, n("99.9")));
        assertFalse(KpiEvaluation.onTarget(n("99.8"), Direction.HIGHER_IS_BETTER, n("99.9")));
        assertTrue(KpiEvaluation.onTarget(n("0"), Direction.LOWER_IS_BETTER, n("0")));
        assertFalse(KpiEvaluation.onTarget(n("1"), Direction.LOWER_IS_BETTER, n("0")));
        assertFalse(KpiEvaluation.onTarget(null, Direction.LOWER_IS_BETTER, n("0")));
    }

    @Test
    void theNextMeasurementIsDueOnePeriodAfterTheLast() {
        LocalDate created = LocalDate.of(2025, 1, 1);
        LocalDate last = LocalDate.of(2026, 1, 31);
        assertEquals(LocalDate.of(2026, 2, 7), KpiEvaluation.nextDue(last, created, Frequency.WEEKLY));
        assertEquals(LocalDate.of(2026, 2, 28), KpiEvaluation.nextDue(last, created, Frequency.MONTHLY), "end of a short month");
        assertEquals(LocalDate.of(2026, 4, 30), KpiEvaluation.nextDue(last, created, Frequency.QUARTERLY));
        assertEquals(LocalDate.of(2027, 1, 31), KpiEvaluation.nextDue(last, created, Frequency.YEARLY));
    }

    @Test
    void aMeasurementIsDueOnItsDayAndMissingTheDayAfter() {
        LocalDate created = LocalDate.of(2025, 1, 1);
        LocalDate last = LocalDate.of(2026, 3, 1);
        assertFalse(KpiEvaluation.due(last, created, Frequency.MONTHLY, LocalDate.of(2026, 3, 31)));
        assertTrue(KpiEvaluation.due(last, created, Frequency.MONTHLY, LocalDate.of(2026, 4, 1)));
        assertFalse(KpiEvaluation.missing(last, created, Frequency.MONTHLY, LocalDate.of(2026, 4, 1)), "due, not yet missing");
        assertTrue(KpiEvaluation.missing(last, created, Frequency.MONTHLY, LocalDate.of(2026, 4, 2)));
        assertFalse(KpiEvaluation.missing(last, created, Frequency.YEARLY, LocalDate.of(2027, 3, 1)));
        assertTrue(KpiEvaluation.missing(last, created, Frequency.YEARLY, LocalDate.of(2027, 3, 2)));
    }

    @Test
    void aKpiNeverMeasuredIsMissingOnePeriodAfterItsCreation() {
        LocalDate created = LocalDate.of(2026, 5, 10);
        assertEquals(LocalDate.of(2026, 5, 17), KpiEvaluation.nextDue(null, created, Frequency.WEEKLY));
        assertFalse(KpiEvaluation.missing(null, created, Frequency.WEEKLY, LocalDate.of(2026, 5, 17)));
        assertTrue(KpiEvaluation.missing(null, created, Frequency.WEEKLY, LocalDate.of(2026, 5, 18)));
        assertFalse(KpiEvaluation.missing(null, created, Frequency.QUARTERLY, LocalDate.of(2026, 8, 10)));
        assertTrue(KpiEvaluation.missing(null, created, Frequency.QUARTERLY, LocalDate.of(2026, 8, 11)));
        assertFalse(KpiEvaluation.missing(null, created, Frequency.MONTHLY, created), "not missing on the day it was set up");
    }
}
