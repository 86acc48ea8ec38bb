package org.custos.measures.entity;

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
import org.custos.platform.audit.control.Auditable;
import org.custos.platform.files.VirusScan;

/**
 * Proof that a measure works: an uploaded file (type and size checked, SHA-256 kept, virus-scanned
 * where a scanner is configured; the bytes in {@link EvidenceFile}) or a link, valid from one day
 * until another. Expired evidence no longer counts.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = "Evidence.ofMeasure", query = "SELECT e FROM Evidence e WHERE e.measure.id = :measure "
        + "ORDER BY e.validFrom DESC, e.id DESC")
@NamedQuery(name = "Evidence.findAll", query = "SELECT e FROM Evidence e ORDER BY e.measure.code, e.validFrom DESC")
@NamedQuery(name = "Evidence.expiringBy", query = "SELECT e FROM Evidence e WHERE e.validUntil IS NOT NULL "
        + "AND e.validUntil <= :day ORDER BY e.validUntil")
public class Evidence implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        FILE, LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(length = 2000)
    private String url;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_result", nullable = false, length = 16)
    private VirusScan.Result scanResult = VirusScan.Result.NOT_SCANNED;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 80)
    private String addedBy;

    @Version
    private long version;

    protected Evidence() {
    }

    public static Evidence link(Measure measure, String title, String url, String by, Instant at) {
        Evidence e = new Evidence(measure, title, Kind.LINK, by, at);
        e.url = url;
        return e;
    }

    /** The metadata of a file; its bytes go into an {@link EvidenceFile} of their own. */
    public static Evidence file(Measure measure, String title, String fileName, String contentType, long size,
            String sha256, VirusScan.Result scan, String by, Instant at) {
        Evidence e = new Evidence(measure, title, Kind.FILE, by, at);
        e.fileName = fileName;
        e.contentType = contentType;
        e.sizeBytes = size;
        e.sha256 = sha256;
        e.scanResult = scan;
        return e;
    }

    private Evidence(Measure measure, String title, Kind kind, String by, Instant at) {
        this.measure = measure;
        this.title = title;
        this.kind = kind;
        this.addedBy = by;
        this.addedAt = at;
    }

    public void describe(String title, LocalDate validFrom, LocalDate validUntil) {
        this.title = title;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Counts on that day: valid from then and not yet expired. */
    public boolean valid(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public boolean expired(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("measure", measure.getCode());
        s.put("title", title);
        s.put("kind", kind.name());
        s.put("url", url);
        s.put("fileName", fileName);
        s.put("size", sizeBytes);
        s.put("sha256", sha256);
        s.put("scan", scanResult.name());
        s.put("validFrom", validFrom == null ? null : validFrom.toString());
        s.put("validUntil", validUntil == null ? null : validUntil.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getTitle() {
        return title;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public VirusScan.Result getScanResult() {
        return scanResult;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public long getVersion() {
        return version;
    }
}
