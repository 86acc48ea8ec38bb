package org.custos.readiness.entity;

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
import jakarta.persistence.ManyToOne;
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
import org.custos.standards.entity.Standard;

/**
 * One version of the Statement of Applicability (ISO 27001 6.1.3 d). Who created, changed or submitted
 * it is kept, because none of them may approve it; once approved it never changes (the hash proves it).
 */
@Entity
@Table(name = "soa_version")
@NamedQuery(name = "SoaVersion.all", query = "SELECT v FROM SoaVersion v ORDER BY v.number DESC")
@NamedQuery(name = "SoaVersion.withStatus", query = "SELECT v FROM SoaVersion v WHERE v.status IN :statuses "
        + "ORDER BY v.number DESC")
public class SoaVersion implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id")
    private Standard standard;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SoaStatus status = SoaStatus.DRAFT;

    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

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
    @CollectionTable(name = "soa_version_editor", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "username", length = 80)
    private Set<String> editors = new TreeSet<>();

    @Version
    private long version;

    protected SoaVersion() {
    }

    public SoaVersion(Standard standard, int number, String createdBy, Instant createdAt, String changeNote) {
        this.standard = standard;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changeNote = changeNote;
    }

    public void edited(String username, String changeNote) {
        editors.add(username);
        if (changeNote != null) {
            this.changeNote = changeNote;
        }
    }

    public void submitted(String username, Instant at) {
        status = SoaStatus.IN_REVIEW;
        submittedBy = username;
        submittedAt = at;
    }

    public void returned() {
        status = SoaStatus.DRAFT;
        submittedBy = null;
        submittedAt = null;
    }

    public void approved(String username, Instant at, String hash) {
        status = SoaStatus.APPROVED;
        approvedBy = username;
        approvedAt = at;
        contentHash = hash;
    }

    public void superseded(Instant at) {
        status = SoaStatus.SUPERSEDED;
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
        s.put("changeNote", changeNote);
        s.put("submittedBy", submittedBy);
        s.put("approvedBy", approvedBy);
        s.put("contentHash", contentHash);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Standard getStandard() {
        return standard;
    }

    public int getNumber() {
        return number;
    }

    public SoaStatus getStatus() {
        return status;
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
