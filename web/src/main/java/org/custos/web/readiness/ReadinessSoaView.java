package org.custos.web.readiness;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.custos.readiness.boundary.SoaService;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.entity.SoaStatus;
import org.custos.readiness.entity.SoaVersion;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Downloads;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * The Statement of Applicability: the working version (else the approved one) with a decision and
 * justification per Annex A control, its four-eyes lifecycle, exports and the version history.
 *
 * <p>Actions are offered by permission and status only; the boundary checks everything again (four
 * eyes included) and its refusal is shown as a message.
 */
@Named
@ViewScoped
public class ReadinessSoaView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The choice in the decision dialog and the decision filter. */
    public enum Decision {
        APPLICABLE, NOT_APPLICABLE, UNDECIDED;

        static Decision of(Boolean applicable) {
            return applicable == null ? UNDECIDED : applicable ? APPLICABLE : NOT_APPLICABLE;
        }

        Boolean applicable() {
            return this == UNDECIDED ? null : this == APPLICABLE;
        }
    }

    @Inject
    SoaService soa;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    /** The version asked for in the address ({@code ?version=}); without it the current one. */
    private Long versionId;

    private SoaVersion current;
    private SoaVersion version;
    private List<SoaVersion> versions = List.of();
    private List<SoaService.SoaRow> all = List.of();
    private List<SoaService.SoaRow> rows = List.of();

    // filters
    private String themeFilter;
    private Decision decisionFilter;

    // decision dialog
    private SoaService.SoaRow editing;
    private Decision decision;
    private String justification;

    // submit and return dialogs
    private String changeNote;
    private String reason;
    private boolean bulkApplicable = true;
    private String bulkJustification;

    public void load() {
        current = soa.current();
        version = versionId == null ? current : soa.version(versionId);
        refresh();
    }

    private void refresh() {
        versions = soa.versions();
        if (version != null) {
            version = soa.version(version.getId());
            all = soa.rows(version.getId());
        } else {
            all = List.of();
        }
        filter();
    }

    public void filter() {
        rows = matching(all, themeFilter, decisionFilter);
    }

    public void resetFilters() {
        themeFilter = null;
        decisionFilter = null;
        filter();
    }

    static List<SoaService.SoaRow> matching(List<SoaService.SoaRow> rows, String theme, Decision decision) {
        return rows.stream().filter(r -> theme == null || theme.equals(r.themeRef()))
                .filter(r -> decision == null || Decision.of(r.applicable()) == decision).toList();
    }

    /** After a lifecycle change: the current version again, fresh, with the messages kept. */
    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/readiness/soa?faces-redirect=true";
    }

    // ---------------------------------------------------------------- what may be done

    private boolean may(String permission) {
        return currentUser.permitted(permission);
    }

    private boolean is(SoaStatus status) {
        return version != null && version.getStatus() == status;
    }

    public boolean isCanStart() {
        return may(SoaService.EDIT) && current == null && version == null;
    }

    /** The next version starts from the approved one, when nothing is in work. */
    public boolean isCanNewVersion() {
        return may(SoaService.EDIT) && is(SoaStatus.APPROVED) && current != null
                && current.getStatus() == SoaStatus.APPROVED;
    }

    public boolean isCanEdit() {
        return may(SoaService.EDIT) && is(SoaStatus.DRAFT);
    }

    public boolean isCanSubmit() {
        return isCanEdit();
    }

    public boolean isCanDiscard() {
        return isCanEdit();
    }

    public boolean isCanReturn() {
        return may(SoaService.APPROVE) && is(SoaStatus.IN_REVIEW);
    }

    /** Not for whoever created, changed or submitted the version (four eyes). */
    public boolean isCanApprove() {
        return isCanReturn() && !isInvolved();
    }

    public boolean isInvolved() {
        return version != null && version.involves(currentUser.getName());
    }

    /** Another version than the current one is shown (an older or superseded one). */
    public boolean isOlderVersion() {
        return version != null && (current == null || !Objects.equals(current.getId(), version.getId()));
    }

    // ---------------------------------------------------------------- lifecycle

    public String start() {
        SoaVersion[] created = new SoaVersion[1];
        if (UiAction.attempt(() -> created[0] = soa.start(), null)) {
            Messages.info("soa.started", created[0].getNumber());
            return reload();
        }
        return null;
    }

    public String newVersion() {
        return start();
    }

    public void startSubmit() {
        changeNote = version.getChangeNote();
    }

    public String submit() {
        return transition(() -> soa.submit(version.getId(), version.getVersion(), changeNote), "soa.submitted");
    }

    public String approve() {
        return transition(() -> soa.approve(version.getId(), version.getVersion()), "soa.approved");
    }

    public void startReturn() {
        reason = null;
    }

    public String returnToDraft() {
        return transition(() -> soa.returnToDraft(version.getId(), version.getVersion(), reason), "soa.returned");
    }

    public String discard() {
        return transition(() -> soa.discard(version.getId(), version.getVersion()), "soa.discarded");
    }

    private String transition(Runnable action, String successKey) {
        if (UiAction.attempt(action, successKey, version.getNumber())) {
            return reload();
        }
        return null;
    }

    // ---------------------------------------------------------------- decisions

    public void startDecide(SoaService.SoaRow row) {
        editing = row;
        decision = Decision.of(row.applicable());
        justification = row.justification();
    }

    /** Saves one decision and stays on the page (filters and page kept); a refusal keeps what was typed. */
    public void saveDecision() {
        SoaService.SoaRow row = editing;
        Decision chosen = decision == null ? Decision.UNDECIDED : decision;
        if (UiAction.attempt(() -> soa.decide(row.entryId(), row.entryVersion(), chosen.applicable(), justification),
                "soa.decided", row.refId())) {
            editing = null;
            refresh();
            // only on success: a refusal is shown in the dialog alone, not again behind it
            PrimeFaces.current().ajax().update("soaForm");
        }
    }

    /** Decides every control still undecided the same way with one justification; decided ones stay. */
    public void startBulk() {
        bulkApplicable = true;
        bulkJustification = null;
    }

    public String saveBulk() {
        int[] decided = new int[1];
        if (UiAction.attempt(() -> decided[0] = soa.decideUndecided(version.getId(), version.getVersion(), bulkApplicable,
                bulkJustification), null)) {
            Messages.info("soa.bulkDecided", decided[0]);
            return reload();
        }
        return null;
    }

    public boolean isBulkApplicable() {
        return bulkApplicable;
    }

    public void setBulkApplicable(boolean bulkApplicable) {
        this.bulkApplicable = bulkApplicable;
    }

    public String getBulkJustification() {
        return bulkJustification;
    }

    public void setBulkJustification(String bulkJustification) {
        this.bulkJustification = bulkJustification;
    }

    // ---------------------------------------------------------------- downloads

    public StreamedContent getPdf() {
        String language = localeView.getLanguage();
        return Downloads.of(fileName("pdf"), "application/pdf", soa.pdf(version.getId(), Locale.forLanguageTag(language)));
    }

    public StreamedContent getXlsx() {
        String language = localeView.getLanguage();
        return Downloads.of(fileName("xlsx"), XLSX, soa.xlsx(version.getId(), Locale.forLanguageTag(language)));
    }

    /** soa-v3-en.pdf */
    String fileName(String extension) {
        return fileName(version.getNumber(), localeView.getLanguage(), extension);
    }

    static String fileName(int number, String language, String extension) {
        return "soa-v" + number + "-" + language + "." + extension;
    }

    // ---------------------------------------------------------------- presentation

    public String title(SoaService.SoaRow r) {
        return r.title(localeView.getLocale());
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String statusClass(ReadinessStatus status) {
        return ReadinessLabels.statusClass(status);
    }

    public String versionClass(SoaStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case APPROVED -> "ok";
            case IN_REVIEW -> "warn";
            default -> "";
        };
    }

    public String decisionOf(SoaService.SoaRow r) {
        return Decision.of(r.applicable()).name();
    }

    public String decisionClass(SoaService.SoaRow r) {
        return switch (Decision.of(r.applicable())) {
            case APPLICABLE -> "ok";
            case NOT_APPLICABLE -> "";
            case UNDECIDED -> "warn";
        };
    }

    public long getApplicableCount() {
        return all.stream().filter(r -> Boolean.TRUE.equals(r.applicable())).count();
    }

    public long getExcludedCount() {
        return all.stream().filter(r -> Boolean.FALSE.equals(r.applicable())).count();
    }

    public long getUndecidedCount() {
        return all.stream().filter(r -> r.applicable() == null).count();
    }

    public List<String> getThemes() {
        return all.stream().map(SoaService.SoaRow::themeRef).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public Decision[] getDecisions() {
        return Decision.values();
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

    public SoaVersion getVersion() {
        return version;
    }

    public SoaVersion getCurrent() {
        return current;
    }

    public List<SoaVersion> getVersions() {
        return versions;
    }

    public List<SoaService.SoaRow> getRows() {
        return rows;
    }

    public String getThemeFilter() {
        return themeFilter;
    }

    public void setThemeFilter(String themeFilter) {
        this.themeFilter = themeFilter;
    }

    public Decision getDecisionFilter() {
        return decisionFilter;
    }

    public void setDecisionFilter(Decision decisionFilter) {
        this.decisionFilter = decisionFilter;
    }

    public SoaService.SoaRow getEditing() {
        return editing;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
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
