package org.custos.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** One step of handling an incident, on its timeline. Steps are kept as recorded. */
@Entity
@Table(name = "incident_step")
@NamedQuery(name = "IncidentStep.of", query = "SELECT s FROM IncidentStep s WHERE s.incidentId = :incident "
        + "ORDER BY s.happenedAt, s.id")
public class IncidentStep implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private Long incidentId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected IncidentStep() {
    }

    public IncidentStep(long incidentId, Instant happenedAt, String description, String recordedBy, Instant recordedAt) {
        this.incidentId = incidentId;
        this.happenedAt = happenedAt;
        this.description = description;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("incident", incidentId);
        s.put("happenedAt", happenedAt.toString());
        s.put("description", description);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getDescription() {
        return description;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
