package org.custos.standards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** One edition of a standard or catalog (ISO 27001:2022, VDA ISA 6.0.2, a B3S, …). */
@Entity
@Table(name = "standard")
@NamedQuery(name = "Standard.findAll", query = "SELECT s FROM Standard s ORDER BY s.name, s.edition")
@NamedQuery(name = "Standard.findByCodeAndEdition",
        query = "SELECT s FROM Standard s WHERE s.code = :code AND s.edition = :edition")
@NamedQuery(name = "Standard.findByCode", query = "SELECT s FROM Standard s WHERE s.code = :code ORDER BY s.edition")
public class Standard implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 40)
    private String edition;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 300)
    private String publisher;

    @Column(length = 1000)
    private String source;

    @Lob
    private String licence;

    @Column(length = 40)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(name = "bundle_revision")
    private Integer bundleRevision;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 80)
    private String importedBy;

    @Version
    private long version;

    protected Standard() {
    }

    public Standard(String code, String edition, String name, String publisher, String source, String licence,
            String languages, Origin origin, Integer bundleRevision, Instant importedAt, String importedBy) {
        this.code = code;
        this.edition = edition;
        this.name = name;
        this.publisher = publisher;
        this.source = source;
        this.licence = licence;
        this.languages = languages;
        this.origin = origin;
        this.bundleRevision = bundleRevision;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("edition", edition);
        s.put("name", name);
        s.put("origin", origin.name());
        s.put("bundleRevision", bundleRevision);
        return s;
    }

    public String label() {
        return name + " (" + edition + ")";
    }

    public void upgradeBundle(String name, String licence, int revision) {
        this.name = name;
        this.licence = licence;
        this.bundleRevision = revision;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getEdition() {
        return edition;
    }

    public String getName() {
        return name;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getSource() {
        return source;
    }

    public String getLicence() {
        return licence;
    }

    public String getLanguages() {
        return languages;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Integer getBundleRevision() {
        return bundleRevision;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public long getVersion() {
        return version;
    }
}
