package org.custos.reviews.entity;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;

/** A decision or action of a management review, tracked until done (the next review reports its status). */
@Entity
@Table(name = "review_decision")
@NamedQuery(name = "ReviewDecision.of", query = "SELECT d FROM ReviewDecision d WHERE d.reviewId = :review ORDER BY d.id")
@NamedQuery(name = "ReviewDecision.before", query = "SELECT d FROM ReviewDecision d WHERE d.reviewId IN "
        + "(SELECT r.id FROM ManagementReview r WHERE r.heldOn <= :day AND r.id <> :review) ORDER BY d.id")
@NamedQuery(name = "ReviewDecision.open", query = "SELECT d FROM ReviewDecision d WHERE d.status = "
        + "org.custos.reviews.entity.ReviewDecision.Status.OPEN ORDER BY d.dueOn")
public class ReviewDecision implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        OPEN, DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false, length = 2000)
    private String decision;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 80)
    private String doneBy;

    @Version
    private long version;

    protected ReviewDecision() {
    }

    public ReviewDecision(long reviewId, String decision, Person owner, LocalDate dueOn) {
        this.reviewId = reviewId;
        this.decision = decision;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public void done(String username, Instant at) {
        this.status = Status.DONE;
        this.doneBy = username;
        this.doneAt = at;
    }

    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("review", reviewId);
        s.put("decision", decision);
        s.put("owner", owner == null ? null : owner.getName());
        s.put("dueOn", dueOn == null ? null : dueOn.toString());
        s.put("status", status.name());
        s.put("doneBy", doneBy);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getDecision() {
        return decision;
    }

    public Person getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public long getVersion() {
        return version;
    }
}
