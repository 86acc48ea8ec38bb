package org.custos.documents.entity;

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
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/**
 * One version of a document: its text, the requirements it addresses, and its way through review.
 * Who wrote or changed it is kept, because none of them may approve it; once published it never
 * changes again (its content hash proves that).
 */
@Entity
@Table(name = "document_version")
@NamedQuery(name = "DocumentVersion.ofDocument", query = "SELECT v FROM DocumentVersion v WHERE v.document.id = :document "
        + "ORDER BY v.number DESC")
@NamedQuery(name = "DocumentVersion.byNumber", query = "SELECT v FROM DocumentVersion v WHERE v.document.id = :document "
        + "AND v.number = :number")
public class DocumentVersion implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DocumentStatus status = DocumentStatus.DRAFT;

    @Column(nullable = false, length = 300)
    private String title;

    /** Sanitised HTML. */
    @Lob
    private String content;

    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "role_name", length = 200)
    private String roleName;

    @Column(name = "review_months", nullable = false)
    private int reviewMonths;

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

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 80)
    private String publishedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 80)
    private String retiredBy;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_version_editor", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "username")
    private Set<String> editors = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_version_requirement", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "requirement_id")
    private Set<Long> requirementIds = new TreeSet<>();

    @Version
    private long version;

    protected DocumentVersion() {
    }

    public DocumentVersion(Document document, int number, String author, Instant at) {
        this.document = document;
        this.number = number;
        this.createdBy = author;
        this.createdAt = at;
        this.editors.add(author);
    }

    /** Changes the text; the caller checked that this version is still a draft. */
    public void write(String title, String content, String changeNote, Set<Long> requirementIds, String editor) {
        this.title = title;
        this.content = content;
        this.changeNote = changeNote;
        this.requirementIds = new TreeSet<>(requirementIds);
        this.editors.add(editor);
    }

    /** Keeps the document's metadata as it is now, for the record and for comparing versions. */
    public void snapshot(Document d) {
        this.parentCode = d.getParent() == null ? null : d.getParent().getCode();
        this.ownerName = d.getOwner() == null ? null : d.getOwner().getName();
        this.roleName = d.getResponsibleRole() == null ? null : d.getResponsibleRole().getNameEn();
        this.reviewMonths = d.getReviewMonths();
    }

    public void submitted(String by, Instant at) {
        this.status = DocumentStatus.IN_REVIEW;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public void returned() {
        this.status = DocumentStatus.DRAFT;
        this.submittedBy = null;
        this.submittedAt = null;
    }

    public void approved(String by, Instant at, String hash) {
        this.status = DocumentStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
        this.contentHash = hash;
    }

    public void published(String by, Instant at) {
        this.status = DocumentStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public void retired(DocumentStatus how, String by, Instant at) {
        this.status = how;
        this.retiredBy = by;
        this.retiredAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("status", status.name());
        s.put("title", title);
        s.put("content", content);
        s.put("changeNote", changeNote);
        s.put("requirements", requirementIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("parent", parentCode);
        s.put("owner", ownerName);
        s.put("responsibleRole", roleName);
        s.put("reviewMonths", reviewMonths);
        s.put("approvedBy", approvedBy);
        s.put("contentHash", contentHash);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getRoleName() {
        return roleName;
    }

    public int getReviewMonths() {
        return reviewMonths;
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

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Set<String> getEditors() {
        return editors;
    }

    public Set<Long> getRequirementIds() {
        return requirementIds;
    }

    public long getVersion() {
        return version;
    }
}
