package org.custos.risk.entity;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.custos.platform.audit.control.Auditable;

/**
 * An entry of the asset inventory (ISO 27001 A.5.9): information, systems, devices, services, processes
 * and sites, with owner, location and the assets it depends on. Its own protection needs are stored;
 * the effective ones follow the maximum principle along the dependencies and are computed.
 */
@Entity
@Table(name = "asset")
@NamedQuery(name = "Asset.findAll", query = "SELECT a FROM Asset a ORDER BY a.code")
@NamedQuery(name = "Asset.byCode", query = "SELECT a FROM Asset a WHERE LOWER(a.code) = :code")
public class Asset implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Type {
        INFORMATION, IT_SYSTEM, MEDICAL_DEVICE, OT_SYSTEM, SERVICE, PROCESS, SITE
    }

    /** Protection need categories as in BSI IT-Grundschutz, in ascending order. */
    public enum Need {
        NORMAL, HIGH, VERY_HIGH;

        public static Need max(Need a, Need b) {
            if (a == null) {
                return b;
            }
            return b == null || a.compareTo(b) >= 0 ? a : b;
        }
    }

    /** The protection objectives. */
    public enum Objective {
        CONFIDENTIALITY, INTEGRITY, AVAILABILITY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type", nullable = false, length = 16)
    private Type type;

    @Lob
    private String description;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(length = 300)
    private String location;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit unit;

    @Column(name = "in_scope", nullable = false)
    private boolean inScope = true;

    /** The B3S criticality class of hospitals (free text, the classes differ between sector standards). */
    @Column(length = 60)
    private String criticality;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_confidentiality", length = 12)
    private Need confidentiality;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_integrity", length = 12)
    private Need integrity;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_availability", length = 12)
    private Need availability;

    @Column(name = "override_confidentiality", nullable = false)
    private boolean overrideConfidentiality;

    @Column(name = "override_integrity", nullable = false)
    private boolean overrideIntegrity;

    @Column(name = "override_availability", nullable = false)
    private boolean overrideAvailability;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "asset_dependency", joinColumns = @JoinColumn(name = "asset_id"))
    @Column(name = "depends_on_id")
    private Set<Long> dependsOnIds = new TreeSet<>();

    @Version
    private long version;

    protected Asset() {
    }

    public Asset(String code, String name, Type type) {
        this.code = code;
        this.name = name;
        this.type = type;
    }

    public void describe(String code, String name, Type type, String description, Person owner, String location,
            OrgUnit unit, boolean inScope, String criticality) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.description = description;
        this.owner = owner;
        this.location = location;
        this.unit = unit;
        this.inScope = inScope;
        this.criticality = criticality;
    }

    /** Own needs (null = inherit only) and the objectives whose own need overrides what is inherited. */
    public void protect(Map<Objective, Need> needs, Set<Objective> overrides, String overrideReason) {
        confidentiality = needs.get(Objective.CONFIDENTIALITY);
        integrity = needs.get(Objective.INTEGRITY);
        availability = needs.get(Objective.AVAILABILITY);
        overrideConfidentiality = overrides.contains(Objective.CONFIDENTIALITY);
        overrideIntegrity = overrides.contains(Objective.INTEGRITY);
        overrideAvailability = overrides.contains(Objective.AVAILABILITY);
        this.overrideReason = overrides.isEmpty() ? null : overrideReason;
    }

    public void dependOn(Set<Long> ids) {
        dependsOnIds = new TreeSet<>(ids);
    }

    public Need need(Objective o) {
        return switch (o) {
            case CONFIDENTIALITY -> confidentiality;
            case INTEGRITY -> integrity;
            case AVAILABILITY -> availability;
        };
    }

    public Map<Objective, Need> getNeeds() {
        Map<Objective, Need> m = new EnumMap<>(Objective.class);
        for (Objective o : Objective.values()) {
            if (need(o) != null) {
                m.put(o, need(o));
            }
        }
        return m;
    }

    public Set<Objective> getOverrides() {
        Set<Objective> s = EnumSet.noneOf(Objective.class);
        if (overrideConfidentiality) {
            s.add(Objective.CONFIDENTIALITY);
        }
        if (overrideIntegrity) {
            s.add(Objective.INTEGRITY);
        }
        if (overrideAvailability) {
            s.add(Objective.AVAILABILITY);
        }
        return s;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("type", type.name());
        s.put("description", description);
        s.put("owner", owner == null ? null : owner.getName());
        s.put("location", location);
        s.put("unit", unit == null ? null : unit.getId());
        s.put("inScope", inScope);
        s.put("criticality", criticality);
        s.put("confidentiality", confidentiality == null ? null : confidentiality.name());
        s.put("integrity", integrity == null ? null : integrity.name());
        s.put("availability", availability == null ? null : availability.name());
        s.put("overrides", getOverrides().stream().map(Enum::name).collect(Collectors.joining(",")));
        s.put("overrideReason", overrideReason);
        s.put("dependsOn", dependsOnIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Type getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public Person getOwner() {
        return owner;
    }

    public String getLocation() {
        return location;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public boolean isInScope() {
        return inScope;
    }

    public String getCriticality() {
        return criticality;
    }

    public Need getConfidentiality() {
        return confidentiality;
    }

    public Need getIntegrity() {
        return integrity;
    }

    public Need getAvailability() {
        return availability;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Set<Long> getDependsOnIds() {
        return dependsOnIds;
    }

    public long getVersion() {
        return version;
    }
}
