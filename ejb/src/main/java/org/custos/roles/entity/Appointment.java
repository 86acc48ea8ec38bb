package org.custos.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;

/** A person appointed to an ISMS role, for the whole organisation or some of its units. */
@Entity
@Table(name = "appointment")
@NamedQuery(name = "Appointment.findAll", query = "SELECT a FROM Appointment a ORDER BY a.role.sortOrder, a.startDate DESC")
@NamedQuery(name = "Appointment.activeOn", query = "SELECT a FROM Appointment a WHERE a.status = "
        + "org.custos.roles.entity.Appointment.Status.ACTIVE AND a.startDate <= :day "
        + "AND (a.endDate IS NULL OR a.endDate >= :day)")
public class Appointment implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        DRAFT, ACTIVE, ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_id")
    private IsmsRole role;

    @Column(name = "whole_organisation", nullable = false)
    private boolean wholeOrganisation = true;

    @ManyToMany
    @JoinTable(name = "appointment_unit", joinColumns = @JoinColumn(name = "appointment_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    private Set<OrgUnit> units = new LinkedHashSet<>();

    @Lob
    private String tasks;

    @Lob
    private String powers;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ManyToOne
    @JoinColumn(name = "deputy_id")
    private Person deputy;

    @ManyToOne
    @JoinColumn(name = "appointed_by_id")
    private Person appointedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(Person person, IsmsRole role, Instant createdAt, String createdBy) {
        this.person = person;
        this.role = role;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Changes what a draft says; the boundary checks the rules first. */
    public void define(Person person, IsmsRole role, Set<OrgUnit> units, String tasks, String powers, LocalDate start,
            LocalDate end, Person deputy, Person appointedBy) {
        this.person = person;
        this.role = role;
        this.wholeOrganisation = units == null || units.isEmpty();
        this.units = wholeOrganisation ? new LinkedHashSet<>() : new LinkedHashSet<>(units);
        this.tasks = tasks;
        this.powers = powers;
        this.startDate = start;
        this.endDate = end;
        this.deputy = deputy;
        this.appointedBy = appointedBy;
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    public void end(LocalDate last) {
        endDate = last;
        status = Status.ENDED;
    }

    /** Whether the appointment is in force on that day. */
    public boolean activeOn(LocalDate day) {
        return status == Status.ACTIVE && !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    /** Whether the appointment covers this unit (the whole organisation covers every unit). */
    public boolean covers(OrgUnit unit) {
        return wholeOrganisation || units.stream().anyMatch(u -> u.contains(unit));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("person", person.getId());
        s.put("role", role.getCode());
        s.put("wholeOrganisation", wholeOrganisation);
        s.put("units", units.stream().map(OrgUnit::getId).sorted().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("tasks", tasks);
        s.put("powers", powers);
        s.put("start", startDate == null ? null : startDate.toString());
        s.put("end", endDate == null ? null : endDate.toString());
        s.put("deputy", deputy == null ? null : deputy.getId());
        s.put("appointedBy", appointedBy == null ? null : appointedBy.getId());
        s.put("status", status.name());
        return s;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public IsmsRole getRole() {
        return role;
    }

    public boolean isWholeOrganisation() {
        return wholeOrganisation;
    }

    public Set<OrgUnit> getUnits() {
        return units;
    }

    public String getTasks() {
        return tasks;
    }

    public String getPowers() {
        return powers;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Person getDeputy() {
        return deputy;
    }

    public Person getAppointedBy() {
        return appointedBy;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
