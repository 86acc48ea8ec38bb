package org.custos.risk.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;

/** An opportunity (ISO 27001 6.1.1): a chance to improve the ISMS, with owner and a follow-up date. */
@Entity
@Table(name = "opportunity")
@NamedQuery(name = "Opportunity.all", query = "SELECT o FROM Opportunity o ORDER BY o.code")
@NamedQuery(name = "Opportunity.byCode", query = "SELECT o FROM Opportunity o WHERE LOWER(o.code) = :code")
public class Opportunity implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        OPEN, IN_PROGRESS, REALISED, DISCARDED;

        public boolean open() {
            return this == OPEN || this == IN_PROGRESS;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(length = 2000)
    private String benefit;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "follow_up")
    private LocalDate followUp;

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

    protected Opportunity() {
    }

    public Opportunity(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, String description, String benefit, Person owner, Status status,
            LocalDate followUp) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.benefit = benefit;
        this.owner = owner;
        this.status = status;
        this.followUp = followUp;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    /** Open and its follow-up date has passed. */
    public boolean overdue(LocalDate today) {
        return status.open() && followUp != null && followUp.isBefore(today);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("description", description);
        s.put("benefit", benefit);
        s.put("owner", owner == null ? null : owner.getName());
        s.put("status", status.name());
        s.put("followUp", followUp == null ? null : followUp.toString());
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

    public String getBenefit() {
        return benefit;
    }

    public Person getOwner() {
        return owner;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getFollowUp() {
        return followUp;
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
