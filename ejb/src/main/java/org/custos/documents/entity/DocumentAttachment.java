package org.custos.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** A file attached to one document version (a scanned signature page, a network plan, a form). */
@Entity
@Table(name = "document_attachment")
@NamedQuery(name = "DocumentAttachment.ofVersion", query = "SELECT a FROM DocumentAttachment a "
        + "WHERE a.documentVersion.id = :version ORDER BY a.fileName")
public class DocumentAttachment implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private DocumentVersion documentVersion;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    protected DocumentAttachment() {
    }

    /** The metadata of a file; its bytes go into a {@link DocumentAttachmentFile} of their own. */
    public DocumentAttachment(DocumentVersion version, String fileName, String contentType, long size, String sha256,
            String by, Instant at) {
        this.documentVersion = version;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** The same file's metadata on another version (a new draft carries its predecessor's files). */
    public DocumentAttachment copyTo(DocumentVersion other) {
        return new DocumentAttachment(other, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fileName", fileName);
        s.put("contentType", contentType);
        s.put("size", sizeBytes);
        s.put("sha256", sha256);
        return s;
    }

    public Long getId() {
        return id;
    }

    public DocumentVersion getDocumentVersion() {
        return documentVersion;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
