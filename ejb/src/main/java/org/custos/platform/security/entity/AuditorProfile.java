package org.custos.platform.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/**
 * A certification-body auditor's company and scope: the standards (by id) and org units (by id;
 * none = the whole organisation) they may read. Ids, not entities, keep the platform free of
 * feature entities; the database still enforces the references.
 */
@Entity
@Table(name = "auditor_profile")
@NamedQuery(name = "AuditorProfile.findAll", query = "SELECT p FROM AuditorProfile p ORDER BY p.user.username")
@NamedQuery(name = "AuditorProfile.findByUsername", query = "SELECT p FROM AuditorProfile p WHERE p.user.username = :username")
public class AuditorProfile implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false, length = 200)
    private String company;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "auditor_scope_standard", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "standard_id")
    private Set<Long> standardIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "auditor_scope_unit", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "org_unit_id")
    private Set<Long> unitIds = new TreeSet<>();

    @Version
    private long version;

    protected AuditorProfile() {
    }

    public AuditorProfile(UserAccount user, String company) {
        this.user = user;
        this.company = company;
    }

    public void define(String company, Set<Long> standardIds, Set<Long> unitIds) {
        this.company = company;
        this.standardIds = new TreeSet<>(standardIds);
        this.unitIds = new TreeSet<>(unitIds);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("company", company);
        s.put("standards", standardIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("units", unitIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return s;
    }

    public Long getUserId() {
        return userId;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getCompany() {
        return company;
    }

    public Set<Long> getStandardIds() {
        return standardIds;
    }

    public Set<Long> getUnitIds() {
        return unitIds;
    }

    public long getVersion() {
        return version;
    }
}
