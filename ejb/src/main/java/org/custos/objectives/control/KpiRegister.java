package org.custos.objectives.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.ValidationException;

/**
 * KPIs and their measurements as read from the database, each question in one or two queries; shared by the
 * objectives boundary, the daily timer and (later) the readiness rules, which must not need a permission of
 * their own to ask which KPIs are missing or missed.
 */
@Dependent
public class KpiRegister {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    KpiSources sources;

    @Inject
    AuditTrail audit;

    /** The KPIs of active objectives whose measurement is missing on the day. */
    public List<KpiView> missing(LocalDate today) {
        return views(activeKpis(), latest(), today).stream().filter(KpiView::missing).toList();
    }

    /** The KPIs of active objectives whose latest measurement missed (past the failure threshold). */
    public List<KpiView> missed(LocalDate today) {
        return views(activeKpis(), latest(), today).stream().filter(v -> v.state() == KpiEvaluation.State.MISSED).toList();
    }

    /** The KPIs of active objectives that missed their target or whose measurement is missing, in one pass. */
    public List<KpiView> missedOrMissing(LocalDate today) {
        return views(activeKpis(), latest(), today).stream()
                .filter(v -> v.missing() || v.state() == KpiEvaluation.State.MISSED).toList();
    }

    public List<Kpi> activeKpis() {
        return em.createNamedQuery("Kpi.withObjectiveStatus", Kpi.class).setParameter("status", Objective.Status.ACTIVE)
                .getResultList();
    }

    /** The latest measurement of every KPI measured at all, in one query. */
    public Map<Long, KpiMeasurement> latest() {
        Map<Long, KpiMeasurement> latest = new HashMap<>();
        em.createNamedQuery("KpiMeasurement.latest", KpiMeasurement.class).getResultList()
                .forEach(m -> latest.put(m.getKpiId(), m));
        return latest;
    }

    public KpiMeasurement latestOf(long kpiId) {
        return em.createNamedQuery("KpiMeasurement.latestOf", KpiMeasurement.class).setParameter("kpi", kpiId)
                .getResultStream().findFirst().orElse(null);
    }

    public List<KpiView> views(Collection<Kpi> kpis, Map<Long, KpiMeasurement> latest, LocalDate today) {
        return kpis.stream().map(k -> view(k, latest.get(k.getId()), today)).toList();
    }

    /** One KPI's standing; a KPI of an objective no longer active is never missing. */
    public static KpiView view(Kpi k, KpiMeasurement latest, LocalDate today) {
        LocalDate last = latest == null ? null : latest.getMeasuredOn();
        LocalDate created = createdOn(k);
        KpiEvaluation.State state = latest == null ? null
                : KpiEvaluation.state(latest.getValue(), k.getDirection(), k.getWarning(), k.getFailure());
        boolean missing = k.getObjective().isActive() && KpiEvaluation.missing(last, created, k.getFrequency(), today);
        return new KpiView(k, latest, state, KpiEvaluation.nextDue(last, created, k.getFrequency()), missing);
    }

    public static LocalDate createdOn(Kpi k) {
        return LocalDate.ofInstant(k.getCreatedAt(), ZoneId.systemDefault());
    }

    /** Records one value; a second measurement of the same KPI on the same day is refused. */
    public KpiMeasurement record(Kpi k, LocalDate day, BigDecimal value, String note, String by, Instant at) {
        if (!em.createNamedQuery("KpiMeasurement.on", KpiMeasurement.class).setParameter("kpi", k.getId())
                .setParameter("day", day).getResultList().isEmpty()) {
            throw new ValidationException("kpi.measurement.duplicate", k.getCode(), day.toString());
        }
        KpiMeasurement m = new KpiMeasurement(k.getId(), day, value, note, by, at);
        em.persist(m);
        em.flush();
        audit.created("KpiMeasurement", m.getId(), m);
        return m;
    }

    /** Measures a computed KPI from the data as it is now. */
    public KpiMeasurement measure(Kpi k, LocalDate day, String by, Instant at) {
        if (!k.getSource().computed()) {
            throw new ValidationException("kpi.measure.manual", k.getCode());
        }
        return record(k, day, sources.measure(k.getSource(), day), null, by, at);
    }
}
