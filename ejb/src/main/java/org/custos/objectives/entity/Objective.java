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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** An information security objective (ISO 27001 6.2): what is to be achieved, who owns it, by when. */
@Entity
@Table(name = "objective")
@NamedQuery(name = "Objective.all", query = "SELECT o FROM Objective o ORDER BY o.code")
@NamedQuery(name = "Objective.byCode", query = "SELECT o FROM Objective o WHERE LOWER(o.code) = :code")
public class Objective implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** Only active objectives are measured; achieved and dropped ones keep their history. */
    public enum Status {
        ACTIVE, ACHIEVED, DROPPED
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

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.ACTIVE;

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

    protected Objective() {
    }

    public Objective(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, String description, Person owner, LocalDate deadline, Status status) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.deadline = deadline;
        this.status = status;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("description", description);
        s.put("owner", owner == null ? null : owner.getId());
        s.put("deadline", deadline == null ? null : deadline.toString());
        s.put("status", status.name());
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

    public Person getOwner() {
        return owner;
    }

    public LocalDate getDeadline() {
        return deadline;
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
