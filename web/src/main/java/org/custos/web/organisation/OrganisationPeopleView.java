package org.custos.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.security.boundary.UserService;
import org.custos.platform.security.entity.UserAccount;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;

/** The organisation's people: most have no account; some are linked to one. */
@Named
@ViewScoped
public class OrganisationPeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisation;

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    private List<Person> persons;
    private List<OrgUnit> units;
    private List<UserAccount> accounts = List.of();

    private Long editId;
    private long editVersion;
    private String name;
    private String function;
    private String email;
    private Long unitId;
    private Long userId;
    private boolean active = true;

    @PostConstruct
    void load() {
        persons = organisation.persons();
        units = organisation.units();
        if (currentUser.permitted(UserService.READ)) {
            accounts = users.list();
        }
    }

    public void startCreate() {
        editId = null;
        editVersion = 0;
        name = null;
        function = null;
        email = null;
        unitId = null;
        userId = null;
        active = true;
    }

    public void startEdit(Person p) {
        editId = p.getId();
        editVersion = p.getVersion();
        name = p.getName();
        function = p.getFunction();
        email = p.getEmail();
        unitId = p.getUnit() == null ? null : p.getUnit().getId();
        userId = p.getUser() == null ? null : p.getUser().getId();
        active = p.isActive();
    }

    public void save() {
        boolean creating = editId == null;
        if (UiAction.attempt(() -> {
            if (creating) {
                organisation.createPerson(name, function, email, unitId, userId);
            } else {
                organisation.updatePerson(editId, editVersion, name, function, email, unitId, userId, active);
            }
        }, "person.saved", name)) {
            load();
        }
    }

    public void delete(Person p) {
        if (UiAction.attempt(() -> organisation.deletePerson(p.getId(), p.getVersion()), "person.deleted", p.getName())) {
            load();
        }
    }

    public List<Person> getPersons() {
        return persons;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public boolean isCreating() {
        return editId == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
