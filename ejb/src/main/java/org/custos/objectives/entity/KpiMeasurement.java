package org.custos.objectives.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** One value of a KPI on one day, kept as recorded (by a person, or by "system" for a computed source). */
@Entity
@Table(name = "kpi_measurement")
@NamedQuery(name = "KpiMeasurement.of", query = "SELECT m FROM KpiMeasurement m WHERE m.kpiId = :kpi "
        + "ORDER BY m.measuredOn DESC")
@NamedQuery(name = "KpiMeasurement.on", query = "SELECT m FROM KpiMeasurement m WHERE m.kpiId = :kpi "
        + "AND m.measuredOn = :day")
@NamedQuery(name = "KpiMeasurement.latest", query = "SELECT m FROM KpiMeasurement m WHERE m.measuredOn = "
        + "(SELECT MAX(n.measuredOn) FROM KpiMeasurement n WHERE n.kpiId = m.kpiId)")
@NamedQuery(name = "KpiMeasurement.latestOf", query = "SELECT m FROM KpiMeasurement m WHERE m.kpiId = :kpi "
        + "AND m.measuredOn = (SELECT MAX(n.measuredOn) FROM KpiMeasurement n WHERE n.kpiId = :kpi)")
public class KpiMeasurement implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kpi_id", nullable = false)
    private Long kpiId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected KpiMeasurement() {
    }

    public KpiMeasurement(long kpiId, LocalDate measuredOn, BigDecimal value, String note, String recordedBy,
            Instant recordedAt) {
        this.kpiId = kpiId;
        this.measuredOn = measuredOn;
        this.value = value;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kpi", kpiId);
        s.put("measuredOn", measuredOn.toString());
        s.put("value", value.stripTrailingZeros().toPlainString());
        s.put("note", note);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getKpiId() {
        return kpiId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
