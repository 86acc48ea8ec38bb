package org.custos.objectives.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.custos.documents.entity.DocumentStatus;
import org.custos.incidents.entity.Incident;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.objectives.entity.Kpi.Source;
import org.custos.platform.error.ValidationException;
import org.custos.readiness.control.ReadinessCache;
import org.custos.readiness.control.ReadinessEngine;
import org.custos.readiness.control.ReadinessFacts;
import org.custos.readiness.control.ReadinessStatus;

/**
 * Values of the computed KPI sources, read from Custos' own data as it is on a day. A share of nothing
 * is no measurement (neither 0 % nor 100 %): it is refused with {@code kpi.measure.noData}.
 */
@Dependent
public class KpiSources {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ReadinessFacts facts;

    @Inject
    ReadinessCache readiness;

    public BigDecimal measure(Source source, LocalDate day) {
        return switch (source) {
            case MANUAL -> throw new IllegalArgumentException("a manual KPI is entered, not computed");
            case DOCUMENTS_REVIEW_OVERDUE -> documentsOverdue(day);
            case ANNEX_A_IMPLEMENTED -> annexAImplemented(day);
            case RISKS_REASSESSMENT_OVERDUE -> risksOverdue(day);
            case OPEN_INCIDENTS -> openIncidents();
            case OPEN_MAJOR_NONCONFORMITIES -> openMajorNonconformities();
            case CORRECTIVE_ACTION_DAYS -> correctiveActionDays(day);
        };
    }

    /** Published documents whose review date lies before the day, of all published documents. */
    BigDecimal documentsOverdue(LocalDate day) {
        long published = em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.status = :published", Long.class)
                .setParameter("published", DocumentStatus.PUBLISHED).getSingleResult();
        long overdue = em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.status = :published "
                + "AND d.nextReviewOn < :day", Long.class).setParameter("published", DocumentStatus.PUBLISHED)
                .setParameter("day", day).getSingleResult();
        return percent(overdue, published);
    }

    /**
     * Applicable Annex A controls of ISO 27001 whose readiness is fulfilled, of all applicable ones: the
     * same derivation (measures with valid evidence, documents, mappings, SoA exclusions) as the SoA shows.
     */
    BigDecimal annexAImplemented(LocalDate day) {
        Long iso = facts.iso27001();
        if (iso == null) {
            throw new ValidationException("kpi.measure.noData");
        }
        Set<Long> annexA = new HashSet<>(em.createQuery("SELECT r.id FROM Requirement r WHERE r.standard.id = :iso "
                + "AND r.assessable = TRUE AND r.refId LIKE 'A.%'", Long.class).setParameter("iso", iso).getResultList());
        Map<Long, ReadinessEngine.Result> results = readiness.get(day).results(iso);
        long applicable = 0;
        long fulfilled = 0;
        for (Long id : annexA) {
            ReadinessEngine.Result r = results.get(id);
            if (r == null || r.status() == ReadinessStatus.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            if (r.status() == ReadinessStatus.FULFILLED) {
                fulfilled++;
            }
        }
        return percent(fulfilled, applicable);
    }

    /** Open risks whose reassessment date lies before the day, of all open risks. */
    BigDecimal risksOverdue(LocalDate day) {
        long open = em.createQuery("SELECT COUNT(r) FROM Risk r WHERE r.closedAt IS NULL", Long.class).getSingleResult();
        long overdue = em.createQuery("SELECT COUNT(r) FROM Risk r WHERE r.closedAt IS NULL AND r.nextReassessment < :day",
                Long.class).setParameter("day", day).getSingleResult();
        return percent(overdue, open);
    }

    /** Incidents not yet closed (open or contained). */
    BigDecimal openIncidents() {
        return BigDecimal.valueOf(em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.status <> :closed", Long.class)
                .setParameter("closed", Incident.Status.CLOSED).getSingleResult());
    }

    /** Major nonconformities not yet closed: each stands in the way of certification (10.2). */
    BigDecimal openMajorNonconformities() {
        return BigDecimal.valueOf(em.createQuery("SELECT COUNT(n) FROM Nonconformity n WHERE n.status <> :closed "
                + "AND n.grade = :major", Long.class).setParameter("closed", Nonconformity.Status.CLOSED)
                .setParameter("major", Nonconformity.Grade.MAJOR).getSingleResult());
    }

    /** Mean days from a corrective action's creation to its completion, over the actions completed in the year up to the day. */
    BigDecimal correctiveActionDays(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        Instant start = day.minusYears(1).plusDays(1).atStartOfDay(ZONE).toInstant();
        List<Duration> durations = em.createQuery("SELECT a.createdAt, a.doneAt FROM CorrectiveAction a WHERE a.doneAt "
                + ">= :start AND a.doneAt < :end", Object[].class).setParameter("start", start).setParameter("end", end)
                .getResultStream().map(r -> Duration.between((Instant) r[0], (Instant) r[1])).toList();
        return meanDays(durations);
    }

    static BigDecimal meanDays(List<Duration> durations) {
        if (durations.isEmpty()) {
            throw new ValidationException("kpi.measure.noData");
        }
        long seconds = durations.stream().mapToLong(d -> Math.max(0, d.getSeconds())).sum();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400L * durations.size()), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            throw new ValidationException("kpi.measure.noData");
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
