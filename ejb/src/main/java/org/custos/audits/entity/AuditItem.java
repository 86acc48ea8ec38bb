package org.custos.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** One line of an audit's checklist: a requirement in scope and what the audit found for it. */
@Entity
@Table(name = "audit_item")
@NamedQuery(name = "AuditItem.of", query = "SELECT i FROM AuditItem i WHERE i.auditId = :audit ORDER BY i.id")
public class AuditItem implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Result {
        OPEN, CONFORM, NONCONFORM, NOT_APPLICABLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "audit_id", nullable = false)
    private Long auditId;

    @Column(name = "requirement_id", nullable = false)
    private Long requirementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Result result = Result.OPEN;

    @Column(length = 2000)
    private String note;

    @Column(name = "checked_by", length = 80)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected AuditItem() {
    }

    public AuditItem(long auditId, long requirementId) {
        this.auditId = auditId;
        this.requirementId = requirementId;
    }

    public void record(Result result, String note, String username, Instant at) {
        this.result = result;
        this.note = note;
        this.checkedBy = username;
        this.checkedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("audit", auditId);
        s.put("requirement", requirementId);
        s.put("result", result.name());
        s.put("note", note);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getAuditId() {
        return auditId;
    }

    public Long getRequirementId() {
        return requirementId;
    }

    public Result getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getVersion() {
        return version;
    }
}
