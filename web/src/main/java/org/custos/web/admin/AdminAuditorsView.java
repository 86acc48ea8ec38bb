package org.custos.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.entity.AuditorProfile;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.web.support.UiAction;

/** Accounts of certification-body auditors: company, expiry, scope, last access. */
@Named
@ViewScoped
public class AdminAuditorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditorService auditors;

    @Inject
    StandardsService standards;

    @Inject
    OrganisationService organisation;

    private List<AuditorProfile> all;
    private List<StandardSummary> standardList;
    private List<OrgUnit> units;
    private Map<Long, String> standardNames;
    private Map<Long, String> unitNames;

    private Long editId;
    private long editVersion;
    private String username;
    private String displayName;
    private String email;
    private String company;
    private LocalDate expiresOn;
    private String password;
    private boolean enabled = true;
    private List<Long> standardIds = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();

    @PostConstruct
    void load() {
        all = auditors.auditors();
        standardList = standards.list();
        units = organisation.units();
        standardNames = new HashMap<>();
        standardList.forEach(s -> standardNames.put(s.standard().getId(), s.standard().label()));
        unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u.getId(), u.getName()));
    }

    public String standardsOf(AuditorProfile p) {
        return p.getStandardIds().stream().map(id -> standardNames.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    public String unitsOf(AuditorProfile p) {
        return p.getUnitIds().stream().map(id -> unitNames.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    public boolean expired(AuditorProfile p) {
        return p.getUser().isExpired(LocalDate.now());
    }

    public void startCreate() {
        editId = null;
        editVersion = 0;
        username = displayName = email = company = password = null;
        expiresOn = LocalDate.now().plusDays(30);
        enabled = true;
        standardIds = new ArrayList<>();
        unitIds = new ArrayList<>();
    }

    public void startEdit(AuditorProfile p) {
        editId = p.getUserId();
        editVersion = p.getVersion();
        username = p.getUser().getUsername();
        displayName = p.getUser().getDisplayName();
        email = p.getUser().getEmail();
        company = p.getCompany();
        expiresOn = p.getUser().getExpiresOn();
        enabled = p.getUser().isEnabled();
        password = null;
        standardIds = new ArrayList<>(p.getStandardIds());
        unitIds = new ArrayList<>(p.getUnitIds());
    }

    public void save() {
        boolean creating = editId == null;
        if (UiAction.attempt(() -> {
            if (creating) {
                auditors.create(username, displayName, email, company, expiresOn, password,
                        new LinkedHashSet<>(standardIds), new LinkedHashSet<>(unitIds));
            } else {
                auditors.update(editId, editVersion, company, expiresOn, new LinkedHashSet<>(standardIds),
                        new LinkedHashSet<>(unitIds), enabled);
            }
        }, "auditor.saved", username)) {
            load();
        }
        password = null;
    }

    public List<AuditorProfile> getAll() {
        return all;
    }

    public List<StandardSummary> getStandardList() {
        return standardList;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public boolean isCreating() {
        return editId == null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<Long> getStandardIds() {
        return standardIds;
    }

    public void setStandardIds(List<Long> standardIds) {
        this.standardIds = standardIds;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }
}
