package org.custos.objectives.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.objectives.control.KpiEvaluation;
import org.custos.objectives.control.KpiRegister;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.platform.error.CustosException;
import org.custos.platform.security.control.CurrentActor;

/**
 * Measures every computed KPI of an active objective that is due (or was never measured), every night and on
 * demand for a given day, so computed KPIs are never missing for want of someone pressing a button. A source
 * without data (nothing published yet) is skipped and logged. Runs as {@code system} in the audit trail.
 */
@Singleton
public class ObjectivesTimer {

    private static final Logger LOG = Logger.getLogger(ObjectivesTimer.class.getName());

    @Inject
    KpiRegister register;

    @Schedule(hour = "3", minute = "20", persistent = false, info = "objectives: measure computed KPIs")
    void nightly() {
        int n = measureDue(LocalDate.now());
        LOG.info(() -> "Computed KPIs: " + n + " measured");
    }

    /** Records the day's value of every computed KPI that is due; returns how many were recorded. */
    public int measureDue(LocalDate day) {
        Map<Long, KpiMeasurement> latest = register.latest();
        int measured = 0;
        for (Kpi k : register.activeKpis()) {
            if (!k.getSource().computed()) {
                continue;
            }
            KpiMeasurement last = latest.get(k.getId());
            if (last != null && (!last.getMeasuredOn().isBefore(day)
                    || !KpiEvaluation.due(last.getMeasuredOn(), KpiRegister.createdOn(k), k.getFrequency(), day))) {
                continue;
            }
            try {
                register.measure(k, day, CurrentActor.SYSTEM, Instant.now());
                measured++;
            } catch (CustosException e) {
                LOG.warning(() -> "KPI " + k.getCode() + " not measured: " + e.messageKey());
            }
        }
        return measured;
    }
}
