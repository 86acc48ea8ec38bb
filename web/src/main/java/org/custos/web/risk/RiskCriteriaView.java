package org.custos.web.risk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.custos.risk.boundary.RiskCriteriaService;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.RiskLevel;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;

/**
 * The risk criteria: the working version (else the approved one) with its scales, impact categories,
 * matrix and acceptance threshold, editable while a draft; the four-eyes lifecycle and the history.
 * Actions are offered by permission and status only; the boundary checks everything again.
 */
@Named
@ViewScoped
public class RiskCriteriaView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    RiskCriteriaService criteria;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    /** The version asked for in the address ({@code ?version=}); without it the current one. */
    private Long versionId;

    private RiskCriteria current;
    private RiskCriteria version;
    private List<RiskCriteria> versions = List.of();
    private final CriteriaForm form = new CriteriaForm();

    private String changeNote;
    private String reason;

    public void load() {
        current = criteria.current();
        version = versionId == null ? current : criteria.version(versionId);
        refresh();
    }

    private void refresh() {
        versions = criteria.versions();
        if (version != null) {
            version = criteria.version(version.getId());
            form.fill(criteria.content(version.getId()));
        }
    }

    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/risk/criteria?faces-redirect=true";
    }

    // ---------------------------------------------------------------- what may be done

    private boolean may(String permission) {
        return currentUser.permitted(permission);
    }

    private boolean is(RiskCriteria.Status status) {
        return version != null && version.getStatus() == status;
    }

    public boolean isCanStart() {
        return may(RiskCriteriaService.EDIT) && current == null && version == null;
    }

    public boolean isCanNewVersion() {
        return may(RiskCriteriaService.EDIT) && is(RiskCriteria.Status.APPROVED) && current != null
                && current.getStatus() == RiskCriteria.Status.APPROVED;
    }

    public boolean isCanEdit() {
        return may(RiskCriteriaService.EDIT) && is(RiskCriteria.Status.DRAFT);
    }

    public boolean isCanReturn() {
        return may(RiskCriteriaService.APPROVE) && is(RiskCriteria.Status.IN_REVIEW);
    }

    /** Not for whoever created, changed or submitted the version (four eyes); top management is checked on approval. */
    public boolean isCanApprove() {
        return isCanReturn() && !isInvolved();
    }

    public boolean isInvolved() {
        return version != null && version.involves(currentUser.getName());
    }

    public boolean isOlderVersion() {
        return version != null && (current == null || !Objects.equals(current.getId(), version.getId()));
    }

    // ---------------------------------------------------------------- editing

    public void save() {
        CriteriaContent content = form.content();
        if (UiAction.attempt(() -> version = criteria.save(version.getId(), version.getVersion(), content),
                "risk.criteria.saved", version.getNumber())) {
            refresh();
        }
    }

    public void resize() {
        form.resize();
    }

    public void addCategory() {
        form.addCategory();
    }

    public void removeCategory(CriteriaForm.CategoryRow row) {
        form.removeCategory(row);
    }

    // ---------------------------------------------------------------- lifecycle

    public String start() {
        RiskCriteria[] created = new RiskCriteria[1];
        if (UiAction.attempt(() -> created[0] = criteria.start(), null)) {
            org.custos.web.support.Messages.info("risk.criteria.started", created[0].getNumber());
            return reload();
        }
        return null;
    }

    public void startSubmit() {
        changeNote = version.getChangeNote();
    }

    public String submit() {
        return transition(() -> criteria.submit(version.getId(), version.getVersion(), changeNote), "risk.criteria.submitted");
    }

    public String approve() {
        return transition(() -> criteria.approve(version.getId(), version.getVersion()), "risk.criteria.approved");
    }

    public void startReturn() {
        reason = null;
    }

    public String returnToDraft() {
        return transition(() -> criteria.returnToDraft(version.getId(), version.getVersion(), reason),
                "risk.criteria.returned");
    }

    public String discard() {
        return transition(() -> criteria.discard(version.getId(), version.getVersion()), "risk.criteria.discarded");
    }

    private String transition(Runnable action, String successKey) {
        if (UiAction.attempt(action, successKey, version.getNumber())) {
            return reload();
        }
        return null;
    }

    // ---------------------------------------------------------------- presentation

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String versionClass(RiskCriteria.Status status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case APPROVED -> "ok";
            case IN_REVIEW -> "warn";
            default -> "";
        };
    }

    public static String levelClass(RiskLevel level) {
        return level == null ? "risk-cell" : "risk-cell risk-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String cellClass(RiskLevel level) {
        return levelClass(level);
    }

    /** The likelihood level's name in the page language, for the grid's row heads. */
    public String likelihoodName(int value) {
        return name(form.getLikelihood(), value);
    }

    public String impactName(int value) {
        return name(form.getImpact(), value);
    }

    private String name(List<CriteriaForm.LevelRow> rows, int value) {
        boolean de = "de".equals(localeView.getLanguage());
        return rows.stream().filter(r -> r.getValue() == value).map(r -> de ? r.getNameDe() : r.getNameEn())
                .filter(Objects::nonNull).findFirst().orElse("");
    }

    public List<Integer> getSizes() {
        return IntStream.rangeClosed(CriteriaContent.MIN_LEVELS, CriteriaContent.MAX_LEVELS).boxed().toList();
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    public String getEditors() {
        return version == null ? "" : String.join(", ", version.getEditors());
    }

    // ---------------------------------------------------------------- accessors

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public RiskCriteria getVersion() {
        return version;
    }

    public RiskCriteria getCurrent() {
        return current;
    }

    public List<RiskCriteria> getVersions() {
        return versions;
    }

    public CriteriaForm getForm() {
        return form;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
