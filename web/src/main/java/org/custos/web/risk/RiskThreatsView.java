package org.custos.web.risk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.entity.Threat;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;
import org.primefaces.PrimeFaces;

/** The threat catalog: the BSI elementary threats and own ones; own threats are added, changed and deactivated. */
@Named
@ViewScoped
public class RiskThreatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskService risks;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private List<Threat> list = List.of();
    private String query;
    private boolean showInactive = true;

    // dialog
    private Long editId;
    private long seenVersion;
    private boolean bsi;
    private String code;
    private String nameEn;
    private String nameDe;
    private String description;
    private boolean active = true;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
        list = risks.threats().stream().filter(t -> showInactive || t.isActive())
                .filter(t -> q == null || (t.getCode() + " " + t.getNameEn() + " " + t.getNameDe())
                        .toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(RiskService.EDIT);
    }

    public String name(Threat t) {
        return t.name(localeView.getLocale());
    }

    public void startCreate() {
        fill(null);
    }

    public void startEdit(Threat t) {
        fill(t);
    }

    private void fill(Threat t) {
        editId = t == null ? null : t.getId();
        seenVersion = t == null ? 0 : t.getVersion();
        bsi = t != null && t.getSource() == Threat.Source.BSI;
        code = t == null ? null : t.getCode();
        nameEn = t == null ? null : t.getNameEn();
        nameDe = t == null ? null : t.getNameDe();
        description = t == null ? null : t.getDescription();
        active = t == null || t.isActive();
    }

    public void save() {
        Long id = editId;
        if (UiAction.attempt(() -> risks.saveThreat(id, seenVersion, code, nameEn, nameDe, description, active),
                id == null ? "threat.created" : "threat.saved", code)) {
            filter();
            PrimeFaces.current().ajax().update("threatsForm");
        }
    }

    /** Switches a threat off (or on again); it stays on the risks that name it. */
    public void toggleActive(Threat t) {
        boolean on = !t.isActive();
        if (UiAction.attempt(() -> risks.saveThreat(t.getId(), t.getVersion(), t.getCode(), t.getNameEn(), t.getNameDe(),
                t.getDescription(), on), on ? "threat.activated" : "threat.deactivated", t.getCode())) {
            filter();
        }
    }

    // ---------------------------------------------------------------- accessors

    public List<Threat> getList() {
        return list;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public boolean isBsi() {
        return bsi;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
