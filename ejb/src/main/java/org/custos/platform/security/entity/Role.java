package org.custos.platform.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A role groups permissions ({@code feature:action}); users hold roles, never loose permissions. */
@Entity
@Table(name = "app_role")
@NamedQuery(name = "Role.findAll", query = "SELECT r FROM Role r ORDER BY r.id")
@NamedQuery(name = "Role.findByCode", query = "SELECT r FROM Role r WHERE r.code = :code")
public class Role implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String ISMS_MANAGER = "ISMS_MANAGER";
    public static final String EDITOR = "EDITOR";
    public static final String READER = "READER";
    public static final String EXTERNAL_AUDITOR = "EXTERNAL_AUDITOR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new TreeSet<>();

    @Version
    private long version;

    protected Role() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Set<String> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    public long getVersion() {
        return version;
    }
}
