package org.custos.tisax.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.custos.platform.audit.control.Auditable;
import org.custos.standards.entity.Standard;

/**
 * A TISAX self-assessment of the organisation against one imported VDA ISA edition. The labels the
 * organisation seeks decide which controls and requirement tiers apply and which assessment level
 * the later audit will have.
 */
@Entity
@Table(name = "tisax_assessment")
@NamedQuery(name = "TisaxAssessment.all", query = "SELECT a FROM TisaxAssessment a ORDER BY a.createdAt DESC, a.id DESC")
public class TisaxAssessment implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        IN_PROGRESS, COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "standard_id")
    private Standard standard;

    @Column(nullable = false, length = 300)
    private String title;

    /** Label enum names, comma-separated: a handful of values that are always read together. */
    @Column(nullable = false, length = 400)
    private String labels;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.IN_PROGRESS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 80)
    private String updatedBy;

    @Version
    private long version;

    protected TisaxAssessment() {
    }

    public TisaxAssessment(Standard standard, String title, Set<TisaxLabel> labels, String createdBy, Instant createdAt) {
        this.standard = standard;
        this.title = title;
        this.labels = TisaxLabel.join(labels);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void change(String title, Set<TisaxLabel> labels, Status status, String by, Instant at) {
        this.title = title;
        this.labels = TisaxLabel.join(labels);
        this.status = status;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Set<TisaxLabel> labels() {
        return TisaxLabel.split(labels);
    }

    public AssessmentLevel requiredLevel() {
        return TisaxLabel.required(labels());
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("standard", standard.getCode() + " " + standard.getEdition());
        s.put("title", title);
        s.put("labels", labels);
        s.put("status", status.name());
        return s;
    }

    public Long getId() {
        return id;
    }

    public Standard getStandard() {
        return standard;
    }

    public String getTitle() {
        return title;
    }

    public String getLabels() {
        return labels;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
