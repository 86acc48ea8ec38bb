package org.custos.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.custos.platform.security.boundary.UserService;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.custos.web.support.UiAction;

/** User administration: create, edit roles and status, reset passwords. */
@Named
@ViewScoped
public class AdminUsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    org.custos.platform.security.boundary.SecondFactorService secondFactor;

    private boolean editSecondFactor;

    private List<UserAccount> all;
    private List<String> roleCodes;

    // create / edit form
    private Long editId;
    private long editVersion;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private boolean enabled = true;
    private List<String> selectedRoles = new ArrayList<>();

    @PostConstruct
    void load() {
        all = users.list();
        roleCodes = users.roles().stream().map(Role::getCode).collect(Collectors.toList());
    }

    public void startCreate() {
        editId = null;
        editVersion = 0;
        username = null;
        displayName = null;
        email = null;
        password = null;
        enabled = true;
        selectedRoles = new ArrayList<>(List.of(Role.READER));
    }

    public void startEdit(UserAccount user) {
        editId = user.getId();
        editVersion = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        enabled = user.isEnabled();
        password = null;
        selectedRoles = new ArrayList<>(user.roleCodes());
        editSecondFactor = user.getTotpSecret() != null;
    }

    public void resetSecondFactor() {
        if (UiAction.attempt(() -> secondFactor.resetFor(editId, editVersion), "users.secondFactorReset", username)) {
            load();
            editSecondFactor = false;
        }
    }

    public boolean isEditSecondFactor() {
        return editSecondFactor;
    }

    public void save() {
        boolean creating = editId == null;
        boolean ok = UiAction.attempt(() -> {
            if (creating) {
                users.create(username, displayName, email, password, new LinkedHashSet<>(selectedRoles));
            } else {
                users.update(editId, editVersion, displayName, email, enabled, new LinkedHashSet<>(selectedRoles));
            }
        }, creating ? "users.created" : "users.saved", username);
        password = null;
        if (ok) {
            load();
        }
    }

    public void resetPassword() {
        if (UiAction.attempt(() -> users.resetPassword(editId, editVersion, password), "users.passwordReset", username)) {
            load();
        }
        password = null;
    }

    public String roleLabelKey(String code) {
        return "role." + code;
    }

    public List<UserAccount> getAll() {
        return all;
    }

    public List<String> getRoleCodes() {
        return roleCodes;
    }

    public Long getEditId() {
        return editId;
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

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}
