package org.custos.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The organisation's profile (name, sectors, regulatory category) and its units as a tree. */
@Named
@ViewScoped
public class OrganisationProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private Long version;
    private String name;
    private List<Sector> sectors = new ArrayList<>();
    private RegulatoryCategory category = RegulatoryCategory.NONE;
    private TreeNode<OrgUnit> root;
    private List<OrgUnit> units;
    private List<Person> persons = List.of();

    // unit dialog
    private Long unitId;
    private long unitVersion;
    private String unitName;
    private OrgUnit.Kind unitKind = OrgUnit.Kind.DEPARTMENT;
    private Long unitParentId;
    private Long unitHeadId;

    @PostConstruct
    void load() {
        organisation.organisation().ifPresentOrElse(o -> {
            version = o.getVersion();
            name = o.getName();
            sectors = new ArrayList<>(o.getSectors());
            category = o.getRegulatoryCategory();
        }, () -> version = null);
        units = organisation.units();
        if (currentUser.permitted(OrganisationService.PEOPLE_READ)) {
            persons = organisation.persons();
        }
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrgUnit>> nodes = new HashMap<>();
        for (OrgUnit u : units) {
            TreeNode<OrgUnit> parent = u.getParent() == null ? root : nodes.getOrDefault(u.getParent().getId(), root);
            TreeNode<OrgUnit> node = new DefaultTreeNode<>(u, parent);
            node.setExpanded(true);
            nodes.put(u.getId(), node);
        }
    }

    public void saveProfile() {
        if (UiAction.attempt(() -> organisation.saveProfile(version, name, sectors.isEmpty() ? EnumSet.noneOf(Sector.class)
                : EnumSet.copyOf(sectors), category), "organisation.saved")) {
            load();
        }
    }

    public void startCreateUnit(OrgUnit parent) {
        unitId = null;
        unitVersion = 0;
        unitName = null;
        unitKind = parent == null ? OrgUnit.Kind.SITE : OrgUnit.Kind.DEPARTMENT;
        unitParentId = parent == null ? null : parent.getId();
        unitHeadId = null;
    }

    public void startEditUnit(OrgUnit unit) {
        unitId = unit.getId();
        unitVersion = unit.getVersion();
        unitName = unit.getName();
        unitKind = unit.getKind();
        unitParentId = unit.getParent() == null ? null : unit.getParent().getId();
        unitHeadId = unit.getHead() == null ? null : unit.getHead().getId();
    }

    public void saveUnit() {
        boolean creating = unitId == null;
        if (UiAction.attempt(() -> {
            if (creating) {
                organisation.createUnit(unitName, unitKind, unitParentId, unitHeadId);
            } else {
                organisation.updateUnit(unitId, unitVersion, unitName, unitKind, unitParentId, unitHeadId);
            }
        }, "unit.saved", unitName)) {
            load();
        }
    }

    public void deleteUnit(OrgUnit unit) {
        if (UiAction.attempt(() -> organisation.deleteUnit(unit.getId(), unit.getVersion()), "unit.deleted", unit.getName())) {
            load();
        }
    }

    public boolean isExists() {
        return version != null;
    }

    public Sector[] getAllSectors() {
        return Sector.values();
    }

    public RegulatoryCategory[] getCategories() {
        return RegulatoryCategory.values();
    }

    public OrgUnit.Kind[] getKinds() {
        return OrgUnit.Kind.values();
    }

    public TreeNode<OrgUnit> getRoot() {
        return root;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public List<Person> getPersons() {
        return persons;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(List<Sector> sectors) {
        this.sectors = sectors;
    }

    public RegulatoryCategory getCategory() {
        return category;
    }

    public void setCategory(RegulatoryCategory category) {
        this.category = category;
    }

    public boolean isCreatingUnit() {
        return unitId == null;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public OrgUnit.Kind getUnitKind() {
        return unitKind;
    }

    public void setUnitKind(OrgUnit.Kind unitKind) {
        this.unitKind = unitKind;
    }

    public Long getUnitParentId() {
        return unitParentId;
    }

    public void setUnitParentId(Long unitParentId) {
        this.unitParentId = unitParentId;
    }

    public Long getUnitHeadId() {
        return unitHeadId;
    }

    public void setUnitHeadId(Long unitHeadId) {
        this.unitHeadId = unitHeadId;
    }
}
