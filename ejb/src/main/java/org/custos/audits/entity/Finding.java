package org.custos.audits.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/** What an audit found: a nonconformity (major or minor), an observation or an opportunity for improvement. */
@Entity
@Table(name = "finding")
@NamedQuery(name = "Finding.of", query = "SELECT f FROM Finding f WHERE f.auditId = :audit ORDER BY f.code")
@NamedQuery(name = "Finding.all", query = "SELECT f FROM Finding f ORDER BY f.recordedAt DESC")
public class Finding implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        MAJOR, MINOR, OBSERVATION, OPPORTUNITY;

        /** Major and minor findings are nonconformities; the others are not. */
        public boolean nonconformity() {
            return this == MAJOR || this == MINOR;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "audit_id", nullable = false)
    private Long auditId;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(nullable = false, length = 4000)
    private String statement;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_requirement", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "requirement_id")
    private Set<Long> requirementIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_evidence", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "evidence_id")
    private Set<Long> evidenceIds = new TreeSet<>();

    protected Finding() {
    }

    public Finding(long auditId, String code, Kind kind, String statement, Collection<Long> requirementIds,
            Collection<Long> evidenceIds, String recordedBy, Instant recordedAt) {
        this.auditId = auditId;
        this.code = code;
        this.kind = kind;
        this.statement = statement;
        this.requirementIds.addAll(requirementIds);
        this.evidenceIds.addAll(evidenceIds);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("audit", auditId);
        s.put("code", code);
        s.put("kind", kind.name());
        s.put("statement", statement);
        s.put("requirements", requirementIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("evidence", evidenceIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("recordedBy", recordedBy);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getAuditId() {
        return auditId;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getStatement() {
        return statement;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Set<Long> getRequirementIds() {
        return Collections.unmodifiableSet(requirementIds);
    }

    public Set<Long> getEvidenceIds() {
        return Collections.unmodifiableSet(evidenceIds);
    }
}
