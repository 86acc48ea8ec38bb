package org.custos.risk.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.platform.audit.control.Auditable;

/**
 * One version of the risk criteria (ISO 27001 6.1.2): scales, impact categories, matrix and acceptance
 * threshold. Who created, changed or submitted it is kept, because none of them may approve it; once
 * approved it never changes (the hash proves it), so assessments can name the version they used.
 */
@Entity
@Table(name = "risk_criteria")
@NamedQuery(name = "RiskCriteria.all", query = "SELECT c FROM RiskCriteria c ORDER BY c.number DESC")
@NamedQuery(name = "RiskCriteria.withStatus", query = "SELECT c FROM RiskCriteria c WHERE c.status IN :statuses "
        + "ORDER BY c.number DESC")
public class RiskCriteria implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** Draft → In review → Approved; an approved version is superseded when the next one is approved. */
    public enum Status {
        DRAFT, IN_REVIEW, APPROVED, SUPERSEDED;

        public boolean working() {
            return this == DRAFT || this == IN_REVIEW;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_threshold", length = 12)
    private RiskLevel acceptanceThreshold;

    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    /** Touched on every content change, so that the row's version moves even when only child rows changed. */
    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 80)
    private String submittedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 80)
    private String approvedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_criteria_editor", joinColumns = @JoinColumn(name = "criteria_id"))
    @Column(name = "username", length = 80)
    private Set<String> editors = new TreeSet<>();

    @Version
    private long version;

    protected RiskCriteria() {
    }

    public RiskCriteria(int number, String createdBy, Instant createdAt, RiskLevel acceptanceThreshold) {
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.acceptanceThreshold = acceptanceThreshold;
    }

    /** The content changed (scales, categories, matrix or threshold). */
    public void edited(String username, Instant at, RiskLevel threshold) {
        editors.add(username);
        changedAt = at;
        acceptanceThreshold = threshold;
    }

    public void submitted(String username, Instant at, String changeNote) {
        status = Status.IN_REVIEW;
        submittedBy = username;
        submittedAt = at;
        if (changeNote != null) {
            this.changeNote = changeNote;
        }
    }

    public void returned() {
        status = Status.DRAFT;
        submittedBy = null;
        submittedAt = null;
    }

    public void approved(String username, Instant at, String hash) {
        status = Status.APPROVED;
        approvedBy = username;
        approvedAt = at;
        contentHash = hash;
    }

    public void superseded(Instant at) {
        status = Status.SUPERSEDED;
        retiredAt = at;
    }

    /** Whether this user wrote, changed or submitted the version (and so may not approve it). */
    public boolean involves(String username) {
        return username.equals(createdBy) || editors.contains(username) || username.equals(submittedBy);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("status", status.name());
        s.put("acceptanceThreshold", acceptanceThreshold == null ? null : acceptanceThreshold.name());
        s.put("changeNote", changeNote);
        s.put("submittedBy", submittedBy);
        s.put("approvedBy", approvedBy);
        s.put("contentHash", contentHash);
        return s;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public RiskLevel getAcceptanceThreshold() {
        return acceptanceThreshold;
    }

    public String getChangeNote() {
        return changeNote;
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

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Set<String> getEditors() {
        return editors;
    }

    public long getVersion() {
        return version;
    }
}
