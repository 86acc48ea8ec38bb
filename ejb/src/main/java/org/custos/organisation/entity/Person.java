package org.custos.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;
import org.custos.platform.security.entity.UserAccount;

/** Someone in the organisation; most staff never log in, so the user account is optional. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findAll", query = "SELECT p FROM Person p ORDER BY p.name")
@NamedQuery(name = "Person.findByUser", query = "SELECT p FROM Person p WHERE p.user.id = :user")
public class Person implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "job_function", length = 200)
    private String function;

    @Column(length = 254)
    private String email;

    @ManyToOne
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @OneToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Organisation organisation, String name) {
        this.organisation = organisation;
        this.name = name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("function", function);
        state.put("email", email);
        state.put("unit", unit == null ? null : unit.getId());
        state.put("user", user == null ? null : user.getUsername());
        state.put("active", active);
        return state;
    }

    public void describe(String name, String function, String email, OrgUnit unit, UserAccount user, boolean active) {
        this.name = name;
        this.function = function;
        this.email = email;
        this.unit = unit;
        this.user = user;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getFunction() {
        return function;
    }

    public String getEmail() {
        return email;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public UserAccount getUser() {
        return user;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
