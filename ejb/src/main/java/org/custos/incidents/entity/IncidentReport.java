package org.custos.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.incidents.control.ReportingDuties;
import org.custos.platform.audit.control.Auditable;

/** A report made to an authority for one duty: when, by whom, with the authority's reference. */
@Entity
@Table(name = "incident_report")
@NamedQuery(name = "IncidentReport.of", query = "SELECT r FROM IncidentReport r WHERE r.incidentId = :incident")
@NamedQuery(name = "IncidentReport.all", query = "SELECT r FROM IncidentReport r")
public class IncidentReport implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportingDuties.Kind duty;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 80)
    private String reportedBy;

    @Column(length = 200)
    private String reference;

    protected IncidentReport() {
    }

    public IncidentReport(long incidentId, ReportingDuties.Kind duty, Instant reportedAt, String reportedBy, String reference) {
        this.incidentId = incidentId;
        this.duty = duty;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.reference = reference;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("incident", incidentId);
        s.put("duty", duty.name());
        s.put("reportedAt", reportedAt.toString());
        s.put("reportedBy", reportedBy);
        s.put("reference", reference);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public ReportingDuties.Kind getDuty() {
        return duty;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getReference() {
        return reference;
    }
}
