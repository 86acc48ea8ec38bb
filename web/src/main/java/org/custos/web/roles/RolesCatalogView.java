package org.custos.web.roles;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.UiAction;

/** The catalog of ISMS roles, with who holds each today; roles can be adapted and added. */
@Named
@ViewScoped
public class RolesCatalogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoleService roles;

    @Inject
    LocaleView localeView;

    private List<IsmsRole> all;
    private Map<Long, String> holders;

    private Long editId;
    private long editVersion;
    private String code;
    private String nameEn;
    private String nameDe;
    private String descriptionEn;
    private String descriptionDe;
    private String tasksEn;
    private String tasksDe;
    private String powersEn;
    private String powersDe;
    private boolean mandatory;
    private boolean critical;
    private String isoReference;

    @PostConstruct
    void load() {
        all = roles.roles();
        holders = new HashMap<>();
        for (Appointment a : roles.activeOn(LocalDate.now())) {
            holders.merge(a.getRole().getId(), a.getPerson().getName(), (x, y) -> x + ", " + y);
        }
    }

    public String name(IsmsRole r) {
        return r.name(localeView.getLocale());
    }

    public String description(IsmsRole r) {
        return r.description(localeView.getLocale());
    }

    public String holders(IsmsRole r) {
        return holders.get(r.getId());
    }

    public void startCreate() {
        editId = null;
        editVersion = 0;
        code = null;
        nameEn = nameDe = descriptionEn = descriptionDe = tasksEn = tasksDe = powersEn = powersDe = isoReference = null;
        mandatory = false;
        critical = false;
    }

    public void startEdit(IsmsRole r) {
        editId = r.getId();
        editVersion = r.getVersion();
        code = r.getCode();
        nameEn = r.getNameEn();
        nameDe = r.getNameDe();
        descriptionEn = r.getDescriptionEn();
        descriptionDe = r.getDescriptionDe();
        tasksEn = r.getTasksEn();
        tasksDe = r.getTasksDe();
        powersEn = r.getPowersEn();
        powersDe = r.getPowersDe();
        mandatory = r.isMandatory();
        critical = r.isCritical();
        isoReference = r.getIsoReference();
    }

    public void save() {
        RoleService.RoleInput input = new RoleService.RoleInput(nameEn, nameDe, descriptionEn, descriptionDe, tasksEn,
                tasksDe, powersEn, powersDe, mandatory, critical, isoReference);
        boolean creating = editId == null;
        if (UiAction.attempt(() -> {
            if (creating) {
                roles.createRole(code, input);
            } else {
                roles.updateRole(editId, editVersion, input);
            }
        }, "role.saved", creating ? code : nameEn)) {
            load();
        }
    }

    public List<IsmsRole> getAll() {
        return all;
    }

    public boolean isCreating() {
        return editId == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getTasksEn() {
        return tasksEn;
    }

    public void setTasksEn(String tasksEn) {
        this.tasksEn = tasksEn;
    }

    public String getTasksDe() {
        return tasksDe;
    }

    public void setTasksDe(String tasksDe) {
        this.tasksDe = tasksDe;
    }

    public String getPowersEn() {
        return powersEn;
    }

    public void setPowersEn(String powersEn) {
        this.powersEn = powersEn;
    }

    public String getPowersDe() {
        return powersDe;
    }

    public void setPowersDe(String powersDe) {
        this.powersDe = powersDe;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isCritical() {
        return critical;
    }

    public void setCritical(boolean critical) {
        this.critical = critical;
    }

    public String getIsoReference() {
        return isoReference;
    }

    public void setIsoReference(String isoReference) {
        this.isoReference = isoReference;
    }
}
