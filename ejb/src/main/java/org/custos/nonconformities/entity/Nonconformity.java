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
import jakarta.persistence.Lob;
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

/** Something that did not conform (ISO 27001 10.2), where it came from, why it happened and whether it is closed. */
@Entity
@Table(name = "nonconformity")
@NamedQuery(name = "Nonconformity.all", query = "SELECT n FROM Nonconformity n ORDER BY n.detectedOn DESC, n.code DESC")
@NamedQuery(name = "Nonconformity.byCode", query = "SELECT n FROM Nonconformity n WHERE LOWER(n.code) = :code")
@NamedQuery(name = "Nonconformity.ofIncident", query = "SELECT n FROM Nonconformity n WHERE n.incidentId = :incident")
@NamedQuery(name = "Nonconformity.ofFinding", query = "SELECT n FROM Nonconformity n WHERE n.findingId = :finding")
@NamedQuery(name = "Nonconformity.ofFindings", query = "SELECT n FROM Nonconformity n WHERE n.findingId IN :findings")
@NamedQuery(name = "Nonconformity.openOfGrade", query = "SELECT n FROM Nonconformity n "
        + "WHERE n.status <> org.custos.nonconformities.entity.Nonconformity.Status.CLOSED AND n.grade = :grade ORDER BY n.code")
public class Nonconformity implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** Where the nonconformity was found. */
    public enum Source {
        FINDING, INCIDENT, KPI, DIRECT
    }

    /** As an auditor grades it: a major one stands in the way of certification. */
    public enum Grade {
        MAJOR, MINOR
    }

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Source source;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "finding_id")
    private Long findingId;

    @Column(name = "kpi_id")
    private Long kpiId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Grade grade;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "detected_on", nullable = false)
    private LocalDate detectedOn;

    /** What was done at once to remove the nonconformity itself. */
    @Column(length = 4000)
    private String correction;

    @Column(name = "root_cause", length = 4000)
    private String rootCause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 80)
    private String closedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nonconformity_requirement", joinColumns = @JoinColumn(name = "nonconformity_id"))
    @Column(name = "requirement_id")
    private Set<Long> requirementIds = new TreeSet<>();

    @Version
    private long version;

    protected Nonconformity() {
    }

    public Nonconformity(Source source, Long incidentId, String createdBy, Instant createdAt) {
        this.source = source;
        this.incidentId = incidentId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, String description, Grade grade, Person owner, LocalDate detectedOn,
            String correction, String rootCause, Collection<Long> requirementIds) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.grade = grade;
        this.owner = owner;
        this.detectedOn = detectedOn;
        this.correction = correction;
        this.rootCause = rootCause;
        Set<Long> next = new TreeSet<>(requirementIds);
        if (!this.requirementIds.equals(next)) {
            this.requirementIds.clear();
            this.requirementIds.addAll(next);
        }
    }

    /** The audit finding this nonconformity was raised from. */
    public void raisedFrom(long findingId) {
        this.findingId = findingId;
        this.source = Source.FINDING;
    }

    /** The KPI whose missed target this nonconformity was opened from. */
    public void openedFromKpi(long kpiId) {
        this.kpiId = kpiId;
        this.source = Source.KPI;
    }

    public void close(String username, Instant at) {
        this.status = Status.CLOSED;
        this.closedBy = username;
        this.closedAt = at;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("description", description);
        s.put("source", source.name());
        s.put("incident", incidentId);
        s.put("finding", findingId);
        s.put("kpi", kpiId);
        s.put("grade", grade.name());
        s.put("owner", owner == null ? null : owner.getName());
        s.put("detectedOn", detectedOn.toString());
        s.put("correction", correction);
        s.put("rootCause", rootCause);
        s.put("status", status.name());
        s.put("requirements", requirementIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
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

    public Source getSource() {
        return source;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Long getKpiId() {
        return kpiId;
    }

    public Long getFindingId() {
        return findingId;
    }

    public Grade getGrade() {
        return grade;
    }

    public Person getOwner() {
        return owner;
    }

    public LocalDate getDetectedOn() {
        return detectedOn;
    }

    public String getCorrection() {
        return correction;
    }

    public String getRootCause() {
        return rootCause;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
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

    public Set<Long> getRequirementIds() {
        return Collections.unmodifiableSet(requirementIds);
    }

    public long getVersion() {
        return version;
    }
}
