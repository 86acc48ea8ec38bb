package org.custos.web.risk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;

/** The fields of the asset dialog (new and edit). */
public class AssetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long seenVersion;
    private String code;
    private String name;
    private Asset.Type type;
    private String description;
    private Long ownerId;
    private String location;
    private Long unitId;
    private boolean inScope = true;
    private String criticality;
    private List<Long> dependsOnIds = new ArrayList<>();
    private Need confidentiality;
    private Need integrity;
    private Need availability;
    private boolean overrideConfidentiality;
    private boolean overrideIntegrity;
    private boolean overrideAvailability;
    private String overrideReason;

    void clear() {
        fill(null);
    }

    void fill(Asset a) {
        id = a == null ? null : a.getId();
        seenVersion = a == null ? 0 : a.getVersion();
        code = a == null ? null : a.getCode();
        name = a == null ? null : a.getName();
        type = a == null ? null : a.getType();
        description = a == null ? null : a.getDescription();
        ownerId = a == null || a.getOwner() == null ? null : a.getOwner().getId();
        location = a == null ? null : a.getLocation();
        unitId = a == null || a.getUnit() == null ? null : a.getUnit().getId();
        inScope = a == null || a.isInScope();
        criticality = a == null ? null : a.getCriticality();
        dependsOnIds = a == null ? new ArrayList<>() : new ArrayList<>(a.getDependsOnIds());
        confidentiality = a == null ? null : a.getConfidentiality();
        integrity = a == null ? null : a.getIntegrity();
        availability = a == null ? null : a.getAvailability();
        Set<Objective> overrides = a == null ? Set.of() : a.getOverrides();
        overrideConfidentiality = overrides.contains(Objective.CONFIDENTIALITY);
        overrideIntegrity = overrides.contains(Objective.INTEGRITY);
        overrideAvailability = overrides.contains(Objective.AVAILABILITY);
        overrideReason = a == null ? null : a.getOverrideReason();
    }

    AssetService.AssetInput input() {
        Map<Objective, Need> needs = new EnumMap<>(Objective.class);
        if (confidentiality != null) {
            needs.put(Objective.CONFIDENTIALITY, confidentiality);
        }
        if (integrity != null) {
            needs.put(Objective.INTEGRITY, integrity);
        }
        if (availability != null) {
            needs.put(Objective.AVAILABILITY, availability);
        }
        Set<Objective> overrides = EnumSet.noneOf(Objective.class);
        if (overrideConfidentiality) {
            overrides.add(Objective.CONFIDENTIALITY);
        }
        if (overrideIntegrity) {
            overrides.add(Objective.INTEGRITY);
        }
        if (overrideAvailability) {
            overrides.add(Objective.AVAILABILITY);
        }
        return new AssetService.AssetInput(code, name, type, description, ownerId, location, unitId, inScope, criticality,
                new LinkedHashSet<>(dependsOnIds == null ? List.of() : dependsOnIds), needs, overrides, overrideReason);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Asset.Type getType() {
        return type;
    }

    public void setType(Asset.Type type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isInScope() {
        return inScope;
    }

    public void setInScope(boolean inScope) {
        this.inScope = inScope;
    }

    public String getCriticality() {
        return criticality;
    }

    public void setCriticality(String criticality) {
        this.criticality = criticality;
    }

    public List<Long> getDependsOnIds() {
        return dependsOnIds;
    }

    public void setDependsOnIds(List<Long> dependsOnIds) {
        this.dependsOnIds = dependsOnIds;
    }

    public Need getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Need confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Need getIntegrity() {
        return integrity;
    }

    public void setIntegrity(Need integrity) {
        this.integrity = integrity;
    }

    public Need getAvailability() {
        return availability;
    }

    public void setAvailability(Need availability) {
        this.availability = availability;
    }

    public boolean isOverrideConfidentiality() {
        return overrideConfidentiality;
    }

    public void setOverrideConfidentiality(boolean overrideConfidentiality) {
        this.overrideConfidentiality = overrideConfidentiality;
    }

    public boolean isOverrideIntegrity() {
        return overrideIntegrity;
    }

    public void setOverrideIntegrity(boolean overrideIntegrity) {
        this.overrideIntegrity = overrideIntegrity;
    }

    public boolean isOverrideAvailability() {
        return overrideAvailability;
    }

    public void setOverrideAvailability(boolean overrideAvailability) {
        this.overrideAvailability = overrideAvailability;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
