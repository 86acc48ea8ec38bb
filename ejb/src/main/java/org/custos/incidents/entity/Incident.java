package org.custos.incidents.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/** An information security incident: when it happened and was detected, what it hit, how it was handled. */
@Entity
@Table(name = "incident")
@NamedQuery(name = "Incident.all", query = "SELECT i FROM Incident i ORDER BY i.detectedAt DESC")
@NamedQuery(name = "Incident.byCode", query = "SELECT i FROM Incident i WHERE LOWER(i.code) = :code")
public class Incident implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Category {
        MALWARE, UNAUTHORISED_ACCESS, DATA_LOSS, DENIAL_OF_SERVICE, OUTAGE, PHYSICAL, HUMAN_ERROR, OTHER
    }

    public enum Severity {
        LOW, MEDIUM, HIGH, CRITICAL
    }

    public enum Status {
        OPEN, CONTAINED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Severity severity;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    /** A significant incident in the sense of BSIG §32 / NIS2 Art. 23. */
    @Column(nullable = false)
    private boolean significant;

    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "lessons_learned", length = 4000)
    private String lessonsLearned;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_asset", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "asset_id")
    private Set<Long> assetIds = new TreeSet<>();

    @Version
    private long version;

    protected Incident() {
    }

    public Incident(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, String description, Category category, Severity severity,
            Instant occurredAt, Instant detectedAt, boolean significant, boolean personalData, Collection<Long> assetIds) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.category = category;
        this.severity = severity;
        this.occurredAt = occurredAt;
        this.detectedAt = detectedAt;
        this.significant = significant;
        this.personalData = personalData;
        Set<Long> next = new TreeSet<>(assetIds);
        if (!this.assetIds.equals(next)) {
            this.assetIds.clear();
            this.assetIds.addAll(next);
        }
    }

    public void contained() {
        this.status = Status.CONTAINED;
    }

    public void close(String lessonsLearned, Instant at) {
        this.lessonsLearned = lessonsLearned;
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("description", description);
        s.put("category", category.name());
        s.put("severity", severity.name());
        s.put("occurredAt", occurredAt == null ? null : occurredAt.toString());
        s.put("detectedAt", detectedAt.toString());
        s.put("significant", significant);
        s.put("personalData", personalData);
        s.put("status", status.name());
        s.put("lessonsLearned", lessonsLearned);
        s.put("assets", assetIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Category getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public boolean isSignificant() {
        return significant;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public Status getStatus() {
        return status;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public Instant getClosedAt() {
        return closedAt;
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

    public Set<Long> getAssetIds() {
        return Collections.unmodifiableSet(assetIds);
    }

    public long getVersion() {
        return version;
    }
}
