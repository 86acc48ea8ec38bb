package org.custos.roles.entity;

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
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;

/**
 * Who is responsible, accountable, consulted or informed for one object of any feature (a
 * requirement, a document, a measure, ...), named by type and id; either a person or a role.
 */
@Entity
@Table(name = "raci_assignment")
@NamedQuery(name = "RaciAssignment.ofSubject", query = "SELECT a FROM RaciAssignment a WHERE a.subjectType = :type "
        + "AND a.subjectId = :id ORDER BY a.raci, a.id")
public class RaciAssignment implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Raci {
        RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Raci raci;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "role_id")
    private IsmsRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected RaciAssignment() {
    }

    public RaciAssignment(String subjectType, long subjectId, Raci raci, Person person, IsmsRole role,
            Instant createdAt, String createdBy) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.raci = raci;
        this.person = person;
        this.role = role;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", subjectType + ":" + subjectId);
        s.put("raci", raci.name());
        s.put("person", person == null ? null : person.getId());
        s.put("role", role == null ? null : role.getCode());
        return s;
    }

    /** Same letter, same person or role. */
    public boolean sameAs(Raci letter, Person p, IsmsRole r) {
        return raci == letter && (p != null ? person != null && person.getId().equals(p.getId())
                : role != null && r != null && role.getId().equals(r.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Raci getRaci() {
        return raci;
    }

    public Person getPerson() {
        return person;
    }

    public IsmsRole getRole() {
        return role;
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
