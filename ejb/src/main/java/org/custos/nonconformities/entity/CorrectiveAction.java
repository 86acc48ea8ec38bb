package org.custos.nonconformities.entity;

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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;

/**
 * A corrective action against the cause of a nonconformity: owner, due date, what it changed (documents,
 * measures), and the effectiveness check by someone other than its owner.
 */
@Entity
@Table(name = "corrective_action")
@NamedQuery(name = "CorrectiveAction.of", query = "SELECT a FROM CorrectiveAction a WHERE a.nonconformityId = :nc ORDER BY a.id")
@NamedQuery(name = "CorrectiveAction.all", query = "SELECT a FROM CorrectiveAction a ORDER BY a.dueOn, a.id")
public class CorrectiveAction implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** Open → done by its owner → checked: effective, or not (then another action is needed). */
    public enum Status {
        OPEN, DONE, EFFECTIVE, INEFFECTIVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nonconformity_id", nullable = false)
    private Long nonconformityId;

    @Column(nullable = false, length = 2000)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Person owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 80)
    private String doneBy;

    @Column(name = "done_note", length = 2000)
    private String doneNote;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "checked_by", length = 80)
    private String checkedBy;

    @Column(name = "check_note", length = 2000)
    private String checkNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "corrective_action_document", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "corrective_action_measure", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "measure_id")
    private Set<Long> measureIds = new TreeSet<>();

    @Version
    private long version;

    protected CorrectiveAction() {
    }

    public CorrectiveAction(long nonconformityId, String createdBy, Instant createdAt) {
        this.nonconformityId = nonconformityId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String description, Person owner, LocalDate dueOn, Collection<Long> documentIds,
            Collection<Long> measureIds) {
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        replace(this.documentIds, documentIds);
        replace(this.measureIds, measureIds);
    }

    private static void replace(Set<Long> current, Collection<Long> next) {
        Set<Long> wanted = new TreeSet<>(next);
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    public void done(String username, Instant at, String note) {
        this.status = Status.DONE;
        this.doneBy = username;
        this.doneAt = at;
        this.doneNote = note;
    }

    public void checked(boolean effective, String username, LocalDate on, String note) {
        this.status = effective ? Status.EFFECTIVE : Status.INEFFECTIVE;
        this.checkedBy = username;
        this.checkedOn = on;
        this.checkNote = note;
    }

    /** Overdue while not done by its due date. */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }

    public String ownerUsername() {
        return owner == null || owner.getUser() == null ? null : owner.getUser().getUsername();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("nonconformity", nonconformityId);
        s.put("description", description);
        s.put("owner", owner == null ? null : owner.getName());
        s.put("dueOn", dueOn == null ? null : dueOn.toString());
        s.put("status", status.name());
        s.put("doneBy", doneBy);
        s.put("doneNote", doneNote);
        s.put("checkedOn", checkedOn == null ? null : checkedOn.toString());
        s.put("checkedBy", checkedBy);
        s.put("checkNote", checkNote);
        s.put("documents", documentIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("measures", measureIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getNonconformityId() {
        return nonconformityId;
    }

    public String getDescription() {
        return description;
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

    public String getDoneNote() {
        return doneNote;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getDocumentIds() {
        return Collections.unmodifiableSet(documentIds);
    }

    public Set<Long> getMeasureIds() {
        return Collections.unmodifiableSet(measureIds);
    }

    public long getVersion() {
        return version;
    }
}
