package org.custos.objectives.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.custos.documents.entity.DocumentStatus;
import org.custos.incidents.entity.Incident;
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

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            throw new ValidationException("kpi.measure.noData");
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
