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

/** An internal audit (9.2) or an external one (certification, TISAX, BSIG proof) with its scope and team. */
@Entity
@Table(name = "audit")
@NamedQuery(name = "Audit.all", query = "SELECT a FROM Audit a ORDER BY a.programmeYear DESC, a.plannedFrom, a.code")
@NamedQuery(name = "Audit.byCode", query = "SELECT a FROM Audit a WHERE LOWER(a.code) = :code")
@NamedQuery(name = "Audit.completedInternalSince", query = "SELECT a FROM Audit a WHERE a.kind = "
        + "org.custos.audits.entity.Audit.Kind.INTERNAL AND a.status = org.custos.audits.entity.Audit.Status.COMPLETED "
        + "AND a.performedOn >= :since ORDER BY a.performedOn DESC")
public class Audit implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        INTERNAL, CERTIFICATION_STAGE1, CERTIFICATION_STAGE2, SURVEILLANCE, RECERTIFICATION, TISAX, BSIG_PROOF;

        public boolean external() {
            return this != INTERNAL;
        }
    }

    public enum Status {
        PLANNED, IN_PROGRESS, COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Column(name = "programme_year", nullable = false)
    private int programmeYear;

    @Column(name = "standard_id")
    private Long standardId;

    /** The certification body or assessor, for external audits. */
    @Column(length = 200)
    private String body;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "lead_id")
    private Person lead;

    @Column(name = "planned_from")
    private LocalDate plannedFrom;

    @Column(name = "planned_to")
    private LocalDate plannedTo;

    @Column(name = "performed_on")
    private LocalDate performedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PLANNED;

    @Column(length = 4000)
    private String conclusion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_team", joinColumns = @JoinColumn(name = "audit_id"))
    @Column(name = "person_id")
    private Set<Long> teamIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_unit", joinColumns = @JoinColumn(name = "audit_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new TreeSet<>();

    @Version
    private long version;

    protected Audit() {
    }

    public Audit(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, Kind kind, int programmeYear, Long standardId, String body, Person lead,
            LocalDate plannedFrom, LocalDate plannedTo, Collection<Long> teamIds, Collection<Long> unitIds) {
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.programmeYear = programmeYear;
        this.standardId = standardId;
        this.body = body;
        this.lead = lead;
        this.plannedFrom = plannedFrom;
        this.plannedTo = plannedTo;
        replace(this.teamIds, teamIds);
        replace(this.unitIds, unitIds);
    }

    private static void replace(Set<Long> current, Collection<Long> next) {
        Set<Long> wanted = new TreeSet<>(next);
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    public void start() {
        this.status = Status.IN_PROGRESS;
    }

    public void complete(LocalDate performedOn, String conclusion) {
        this.status = Status.COMPLETED;
        this.performedOn = performedOn;
        this.conclusion = conclusion;
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("kind", kind.name());
        s.put("year", programmeYear);
        s.put("standard", standardId);
        s.put("body", body);
        s.put("lead", lead == null ? null : lead.getName());
        s.put("plannedFrom", plannedFrom == null ? null : plannedFrom.toString());
        s.put("plannedTo", plannedTo == null ? null : plannedTo.toString());
        s.put("performedOn", performedOn == null ? null : performedOn.toString());
        s.put("status", status.name());
        s.put("conclusion", conclusion);
        s.put("team", teamIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("units", unitIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
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

    public Kind getKind() {
        return kind;
    }

    public int getProgrammeYear() {
        return programmeYear;
    }

    public Long getStandardId() {
        return standardId;
    }

    public String getBody() {
        return body;
    }

    public Person getLead() {
        return lead;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public Status getStatus() {
        return status;
    }

    public String getConclusion() {
        return conclusion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getTeamIds() {
        return Collections.unmodifiableSet(teamIds);
    }

    public Set<Long> getUnitIds() {
        return Collections.unmodifiableSet(unitIds);
    }

    public long getVersion() {
        return version;
    }
}
