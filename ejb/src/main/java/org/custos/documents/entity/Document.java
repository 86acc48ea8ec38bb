package org.custos.documents.entity;

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
import org.custos.roles.entity.IsmsRole;

/**
 * A controlled document in the register: its place in the hierarchy, who owns it, and which of its
 * versions is in force (published) and which is being worked on. Content lives in the versions.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = "Document.findAll", query = "SELECT d FROM Document d ORDER BY d.code")
@NamedQuery(name = "Document.byCode", query = "SELECT d FROM Document d WHERE LOWER(d.code) = :code")
@NamedQuery(name = "Document.children", query = "SELECT d FROM Document d WHERE d.parent.id = :parent ORDER BY d.code")
@NamedQuery(name = "Document.inForceOfType", query = "SELECT d FROM Document d WHERE d.type = :type "
        + "AND d.status <> org.custos.documents.entity.DocumentStatus.WITHDRAWN")
@NamedQuery(name = "Document.reviewDue", query = "SELECT d FROM Document d WHERE d.publishedNumber IS NOT NULL "
        + "AND d.status = org.custos.documents.entity.DocumentStatus.PUBLISHED "
        + "AND (d.nextReviewOn <= :day OR d.reviewNeeded = TRUE) ORDER BY d.nextReviewOn")
@NamedQuery(name = "Document.overdueUnmarked", query = "SELECT d FROM Document d WHERE d.reviewOverdue = FALSE "
        + "AND d.status = org.custos.documents.entity.DocumentStatus.PUBLISHED AND d.nextReviewOn < :day")
public class Document implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 12)
    private DocumentType type;

    @Column(nullable = false, length = 40)
    private String code;

    /** The title in force: the published version's, or the first draft's until one is published. */
    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Document parent;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Person owner;

    @ManyToOne
    @JoinColumn(name = "role_id")
    private IsmsRole responsibleRole;

    /** The summary status: Withdrawn, Published (in force), or the only version's status. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DocumentStatus status = DocumentStatus.DRAFT;

    @Column(name = "published_number")
    private Integer publishedNumber;

    @Column(name = "working_number")
    private Integer workingNumber;

    @Column(name = "review_months", nullable = false)
    private int reviewMonths = 12;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "review_overdue", nullable = false)
    private boolean reviewOverdue;

    /** Set when a document it derives from changed, until its owner confirms or revises it. */
    @Column(name = "review_needed", nullable = false)
    private boolean reviewNeeded;

    @Column(name = "review_needed_cause", length = 500)
    private String reviewNeededCause;

    @Column(name = "review_needed_since")
    private Instant reviewNeededSince;

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @Column(name = "last_reviewed_by", length = 80)
    private String lastReviewedBy;

    @Version
    private long version;

    protected Document() {
    }

    public Document(DocumentType type, String code, String title) {
        this.type = type;
        this.code = code;
        this.title = title;
    }

    public void describe(String code, Document parent, Person owner, IsmsRole role, int reviewMonths) {
        this.code = code;
        this.parent = parent;
        this.owner = owner;
        this.responsibleRole = role;
        this.reviewMonths = reviewMonths;
    }

    public void working(DocumentVersion v) {
        this.workingNumber = v.getNumber();
        if (publishedNumber == null) {
            this.title = v.getTitle();
            this.status = v.getStatus();
        }
    }

    public void noWorkingVersion() {
        this.workingNumber = null;
    }

    /** The version is now in force; the next review is due one interval from today. */
    public void published(DocumentVersion v, LocalDate today) {
        this.publishedNumber = v.getNumber();
        this.workingNumber = null;
        this.title = v.getTitle();
        this.status = DocumentStatus.PUBLISHED;
        reviewed(today, null);
    }

    public void withdrawn() {
        this.status = DocumentStatus.WITHDRAWN;
        this.workingNumber = null;
        this.reviewNeeded = false;
        this.reviewOverdue = false;
        this.nextReviewOn = null;
    }

    /** A review found the document still right (or a new version was published): the clock restarts. */
    public void reviewed(LocalDate today, String by) {
        this.lastReviewOn = today;
        if (by != null) {
            this.lastReviewedBy = by;
        }
        this.nextReviewOn = today.plusMonths(reviewMonths);
        this.reviewOverdue = false;
        this.reviewNeeded = false;
        this.reviewNeededCause = null;
        this.reviewNeededSince = null;
    }

    public void flagReviewNeeded(String cause, Instant since) {
        this.reviewNeeded = true;
        this.reviewNeededCause = cause;
        this.reviewNeededSince = since;
    }

    public void markOverdue() {
        this.reviewOverdue = true;
    }

    public boolean isInForce() {
        return status == DocumentStatus.PUBLISHED;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type.name());
        s.put("code", code);
        s.put("title", title);
        s.put("parent", parent == null ? null : parent.getCode());
        s.put("owner", owner == null ? null : owner.getName());
        s.put("responsibleRole", responsibleRole == null ? null : responsibleRole.getCode());
        s.put("status", status.name());
        s.put("publishedVersion", publishedNumber);
        s.put("workingVersion", workingNumber);
        s.put("reviewMonths", reviewMonths);
        s.put("nextReviewOn", nextReviewOn == null ? null : nextReviewOn.toString());
        s.put("reviewOverdue", reviewOverdue);
        s.put("reviewNeeded", reviewNeeded);
        s.put("reviewNeededCause", reviewNeededCause);
        s.put("lastReviewOn", lastReviewOn == null ? null : lastReviewOn.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Document getParent() {
        return parent;
    }

    public Person getOwner() {
        return owner;
    }

    public IsmsRole getResponsibleRole() {
        return responsibleRole;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public Integer getPublishedNumber() {
        return publishedNumber;
    }

    public Integer getWorkingNumber() {
        return workingNumber;
    }

    public int getReviewMonths() {
        return reviewMonths;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public boolean isReviewOverdue() {
        return reviewOverdue;
    }

    public boolean isReviewNeeded() {
        return reviewNeeded;
    }

    public String getReviewNeededCause() {
        return reviewNeededCause;
    }

    public Instant getReviewNeededSince() {
        return reviewNeededSince;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public String getLastReviewedBy() {
        return lastReviewedBy;
    }

    public long getVersion() {
        return version;
    }
}
