package org.custos.incidents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.organisation.entity.Organisation;
import org.custos.organisation.entity.RegulatoryCategory;

/**
 * The reporting duties of incidents as read from the database: the organisation's category, the reports
 * made, and the duties with their state. Shared by the incident register and the certification rule.
 */
@Dependent
public class IncidentRegister {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The organisation's regulatory category; NONE before a profile exists. */
    public RegulatoryCategory category() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).setMaxResults(1).getResultStream().findFirst()
                .map(Organisation::getRegulatoryCategory).orElse(RegulatoryCategory.NONE);
    }

    /** Every report made, by incident, in one query. */
    public Map<Long, List<IncidentReport>> reportsByIncident() {
        Map<Long, List<IncidentReport>> reports = new HashMap<>();
        em.createNamedQuery("IncidentReport.all", IncidentReport.class).getResultList()
                .forEach(r -> reports.computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>()).add(r));
        return reports;
    }

    public List<IncidentReport> reports(long incidentId) {
        return em.createNamedQuery("IncidentReport.of", IncidentReport.class).setParameter("incident", incidentId)
                .getResultList();
    }

    /** The duties of one incident given the reports made for it. */
    public static List<ReportingDuties.Duty> duties(Incident i, RegulatoryCategory category, List<IncidentReport> reports,
            Instant now) {
        Map<ReportingDuties.Kind, Instant> reported = new EnumMap<>(ReportingDuties.Kind.class);
        reports.forEach(r -> reported.put(r.getDuty(), r.getReportedAt()));
        return ReportingDuties.of(category, i.isSignificant(), i.isPersonalData(), i.getDetectedAt(), reported, now);
    }
}
