package org.custos.organisation.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** A site or department of the organisation; departments hang below a site or another unit. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.findAll", query = "SELECT u FROM OrgUnit u ORDER BY u.id")
public class OrgUnit implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        SITE, DEPARTMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne
    @JoinColumn(name = "head_person_id")
    private Person head;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(Organisation organisation, OrgUnit parent, Kind kind, String name) {
        this.organisation = organisation;
        this.parent = parent;
        this.kind = kind;
        this.name = name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind.name());
        state.put("parent", parent == null ? null : parent.getId());
        state.put("head", head == null ? null : head.getId());
        return state;
    }

    public void describe(String name, Kind kind, OrgUnit parent, Person head) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.head = head;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        for (OrgUnit u = other; u != null; u = u.parent) {
            if (u.id != null && u.id.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** This unit's id and its ancestors' ids, for scope checks. */
    public java.util.List<Long> lineageIds() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (OrgUnit u = this; u != null; u = u.parent) {
            ids.add(u.id);
        }
        return ids;
    }

    public Person getHead() {
        return head;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
