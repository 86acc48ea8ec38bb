package org.custos.objectives.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.custos.objectives.entity.Kpi.Direction;
import org.custos.objectives.entity.Kpi.Frequency;

/**
 * How a KPI stands, from plain values. The state is read against the two alarm thresholds: at or better
 * than the warning threshold the KPI is met, past it a warning, past the failure threshold missed; a value
 * exactly on a threshold still counts to the better side. The target is the aim and lies at or beyond
 * the warning threshold, so a KPI that must hit its target exactly sets the warning threshold equal to it.
 * Measurements are due one period after the last one (or after the KPI was created) and missing the day after.
 */
public final class KpiEvaluation {

    public enum State {
        MET, WARNING, MISSED
    }

    private KpiEvaluation() {
    }

    /** Whether target, warning and failure lie in the order the direction requires (equal is allowed). */
    public static boolean consistent(Direction direction, BigDecimal target, BigDecimal warning, BigDecimal failure) {
        if (direction == null || target == null || warning == null || failure == null) {
            return false;
        }
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        return sign * target.compareTo(warning) >= 0 && sign * warning.compareTo(failure) >= 0;
    }

    /** The state of one value; null when there is no value. */
    public static State state(BigDecimal value, Direction direction, BigDecimal warning, BigDecimal failure) {
        if (value == null) {
            return null;
        }
        if (worse(value, failure, direction)) {
            return State.MISSED;
        }
        if (worse(value, warning, direction)) {
            return State.WARNING;
        }
        return State.MET;
    }

    /** Whether the value reaches the target (the aim, shown on the chart). */
    public static boolean onTarget(BigDecimal value, Direction direction, BigDecimal target) {
        return value != null && !worse(value, target, direction);
    }

    /** The day the next measurement is due: one period after the last, or after the creation if never measured. */
    public static LocalDate nextDue(LocalDate lastMeasured, LocalDate created, Frequency frequency) {
        LocalDate from = lastMeasured != null ? lastMeasured : created;
        return switch (frequency) {
            case WEEKLY -> from.plusWeeks(1);
            case MONTHLY -> from.plusMonths(1);
            case QUARTERLY -> from.plusMonths(3);
            case YEARLY -> from.plusYears(1);
        };
    }

    /** A measurement is due on its day and after. */
    public static boolean due(LocalDate lastMeasured, LocalDate created, Frequency frequency, LocalDate today) {
        return !today.isBefore(nextDue(lastMeasured, created, frequency));
    }

    /** Missing once the due day has passed without a measurement. */
    public static boolean missing(LocalDate lastMeasured, LocalDate created, Frequency frequency, LocalDate today) {
        return today.isAfter(nextDue(lastMeasured, created, frequency));
    }

    private static boolean worse(BigDecimal value, BigDecimal threshold, Direction direction) {
        int c = value.compareTo(threshold);
        return direction == Direction.HIGHER_IS_BETTER ? c < 0 : c > 0;
    }
}
