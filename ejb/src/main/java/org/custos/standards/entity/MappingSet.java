package org.custos.standards.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** A set of mappings from one standard to another, with where it came from. */
@Entity
@Table(name = "mapping_set")
@NamedQuery(name = "MappingSet.findAll", query = "SELECT m FROM MappingSet m ORDER BY m.name")
@NamedQuery(name = "MappingSet.findByName", query = "SELECT m FROM MappingSet m WHERE m.name = :name")
public class MappingSet implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "source_standard_id")
    private Standard source;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_standard_id")
    private Standard target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(length = 1000)
    private String provenance;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 80)
    private String importedBy;

    @Version
    private long version;

    protected MappingSet() {
    }

    public MappingSet(String name, Standard source, Standard target, Origin origin, String provenance,
            Instant importedAt, String importedBy) {
        this.name = name;
        this.source = source;
        this.target = target;
        this.origin = origin;
        this.provenance = provenance;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("source", source.label());
        s.put("target", target.label());
        s.put("origin", origin.name());
        s.put("provenance", provenance);
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Standard getSource() {
        return source;
    }

    public Standard getTarget() {
        return target;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getProvenance() {
        return provenance;
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
