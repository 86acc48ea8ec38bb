package org.custos.objectives.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A key performance indicator of an objective (ISO 27001 9.1): what is measured, how often, by whom or
 * from which data, and the target with a warning and a failure threshold on the side the direction says.
 */
@Entity
@Table(name = "kpi")
@NamedQuery(name = "Kpi.all", query = "SELECT k FROM Kpi k ORDER BY k.code")
@NamedQuery(name = "Kpi.ofObjective", query = "SELECT k FROM Kpi k WHERE k.objective.id = :objective ORDER BY k.code")
@NamedQuery(name = "Kpi.withObjectiveStatus", query = "SELECT k FROM Kpi k WHERE k.objective.status = :status "
        + "ORDER BY k.code")
@NamedQuery(name = "Kpi.byCode", query = "SELECT k FROM Kpi k WHERE LOWER(k.code) = :code")
public class Kpi implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    public enum Frequency {
        WEEKLY, MONTHLY, QUARTERLY, YEARLY
    }

    /**
     * Where the values come from: entered by hand, or computed from Custos' own data. New computed
     * sources are added here and in {@code KpiSources} (the switch there is exhaustive, so the compiler
     * names the missing case).
     */
    public enum Source {
        MANUAL(null),
        DOCUMENTS_REVIEW_OVERDUE("%"),
        ANNEX_A_IMPLEMENTED("%"),
        RISKS_REASSESSMENT_OVERDUE("%"),
        OPEN_INCIDENTS(null),
        OPEN_MAJOR_NONCONFORMITIES(null),
        CORRECTIVE_ACTION_DAYS("d");

        private final String unit;

        Source(String unit) {
            this.unit = unit;
        }

        public boolean computed() {
            return this != MANUAL;
        }

        /** The unit of a computed value, or null for a count or a manual source. */
        public String unit() {
            return unit;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 2000)
    private String metric;

    @Column(length = 40)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "warning_threshold", nullable = false, precision = 19, scale = 4)
    private BigDecimal warning;

    @Column(name = "failure_threshold", nullable = false, precision = 19, scale = 4)
    private BigDecimal failure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Frequency frequency;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "responsible_id")
    private Person responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Source source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @Version
    private long version;

    protected Kpi() {
    }

    public Kpi(Objective objective, String createdBy, Instant createdAt) {
        this.objective = objective;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String name, String metric, String unit, Source source, Frequency frequency,
            Person responsible) {
        this.code = code;
        this.name = name;
        this.metric = metric;
        this.unit = unit;
        this.source = source;
        this.frequency = frequency;
        this.responsible = responsible;
    }

    /** Target and thresholds; the caller has checked that they are ordered as the direction says. */
    public void aim(Direction direction, BigDecimal target, BigDecimal warning, BigDecimal failure) {
        this.direction = direction;
        this.target = target;
        this.warning = warning;
        this.failure = failure;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("objective", objective.getId());
        s.put("code", code);
        s.put("name", name);
        s.put("metric", metric);
        s.put("unit", unit);
        s.put("direction", direction == null ? null : direction.name());
        s.put("target", target == null ? null : target.stripTrailingZeros().toPlainString());
        s.put("warning", warning == null ? null : warning.stripTrailingZeros().toPlainString());
        s.put("failure", failure == null ? null : failure.stripTrailingZeros().toPlainString());
        s.put("frequency", frequency == null ? null : frequency.name());
        s.put("responsible", responsible == null ? null : responsible.getId());
        s.put("source", source == null ? null : source.name());
        return s;
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getMetric() {
        return metric;
    }

    public String getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getWarning() {
        return warning;
    }

    public BigDecimal getFailure() {
        return failure;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Person getResponsible() {
        return responsible;
    }

    public Source getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
