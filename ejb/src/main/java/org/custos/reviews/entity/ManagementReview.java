package org.custos.reviews.entity;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** A management review (9.3): when it was held, which period it looked at, its minutes and its approval. */
@Entity
@Table(name = "management_review")
@NamedQuery(name = "ManagementReview.all", query = "SELECT r FROM ManagementReview r ORDER BY r.heldOn DESC, r.code DESC")
@NamedQuery(name = "ManagementReview.byCode", query = "SELECT r FROM ManagementReview r WHERE LOWER(r.code) = :code")
@NamedQuery(name = "ManagementReview.approvedSince", query = "SELECT r FROM ManagementReview r WHERE r.status = "
        + "org.custos.reviews.entity.ManagementReview.Status.APPROVED AND r.heldOn >= :since ORDER BY r.heldOn DESC")
public class ManagementReview implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        DRAFT, APPROVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.DRAFT;

    @Column(length = 8000)
    private String minutes;

    @Column(name = "compiled_at")
    private Instant compiledAt;

    @Column(name = "approved_by", length = 80)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

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

    protected ManagementReview() {
    }

    public ManagementReview(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, LocalDate heldOn, LocalDate periodFrom, String minutes) {
        this.code = code;
        this.title = title;
        this.heldOn = heldOn;
        this.periodFrom = periodFrom;
        this.minutes = minutes;
    }

    public void compiled(Instant at) {
        this.compiledAt = at;
    }

    public void approve(String username, Instant at) {
        this.status = Status.APPROVED;
        this.approvedBy = username;
        this.approvedAt = at;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("heldOn", heldOn.toString());
        s.put("periodFrom", periodFrom.toString());
        s.put("status", status.name());
        s.put("minutes", minutes);
        s.put("compiledAt", compiledAt == null ? null : compiledAt.toString());
        s.put("approvedBy", approvedBy);
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

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public Status getStatus() {
        return status;
    }

    public String getMinutes() {
        return minutes;
    }

    public Instant getCompiledAt() {
        return compiledAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
