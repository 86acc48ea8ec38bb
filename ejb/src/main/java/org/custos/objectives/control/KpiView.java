package org.custos.objectives.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;

/**
 * A KPI as it stands: its latest measurement and that value's state (null if never measured), the day
 * the next measurement is due, and whether it is missing (only KPIs of active objectives are expected).
 */
public record KpiView(Kpi kpi, KpiMeasurement latest, State state, LocalDate nextDue, boolean missing) implements Serializable {

    public boolean measured() {
        return latest != null;
    }

    /** Missed, a warning or missing: someone should look. */
    public boolean attention() {
        return missing || state == State.MISSED || state == State.WARNING;
    }
}
