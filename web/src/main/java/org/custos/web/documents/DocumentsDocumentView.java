package org.custos.web.documents;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.control.VersionDiff;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentAttachment;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.documents.entity.DocumentVersion;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.CustosException;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.control.RaciSubject;
import org.custos.roles.entity.IsmsRole;
import org.custos.standards.entity.Requirement;
import org.custos.web.i18n.LocaleView;
import org.custos.web.roles.RaciPanelView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Downloads;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One controlled document: its register entry, its versions with text, requirements and files, the
 * lifecycle actions (four-eyes approval), reviews, version comparison and what is derived from it.
 *
 * <p>An action is offered only when the boundary would allow it and the user holds the permission;
 * the boundary checks everything again and its refusal is shown as a message.
 */
@Named
@ViewScoped
public class DocumentsDocumentView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    DocumentService documents;

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    RaciPanelView raci;

    @Inject
    DocumentsRequirementPickerView picker;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private Long id;
    private Integer versionNumber;

    private Document document;
    private List<Document> path;
    private List<DocumentVersion> versions;
    private DocumentVersion selected;
    private String selectedContent;
    private List<Requirement> requirements = List.of();
    private List<DocumentAttachment> attachments = List.of();
    private List<DocumentService.Node> derived = List.of();
    private boolean owner;

    // draft dialog
    private String title;
    private String content;
    private String changeNote;

    // register entry dialog
    private final DocumentEntryForm entry = new DocumentEntryForm();
    private List<Person> persons;
    private List<IsmsRole> roleList;
    private List<Document> parentOptions = List.of();

    // reason dialog (return to draft, withdraw) and review dialog
    private boolean withdrawing;
    private String reason;
    private String reviewNote;

    // comparison
    private Integer compareFrom;
    private Integer compareTo;
    private VersionDiff.Result diff;

    public void load() throws IOException {
        if (id == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/documents/register");
            return;
        }
        refresh();
        if (versions.size() > 1) {
            compareTo = versions.get(0).getNumber();
            compareFrom = versions.get(1).getNumber();
        }
    }

    private void refresh() {
        document = documents.document(id);
        path = documents.path(id);
        versions = documents.versions(id);
        owner = documents.isOwner(document);
        derived = documents.derived(id);
        select(versionNumber);
        raci.show(RaciSubject.DOCUMENT, id);
    }

    /**
     * Shows the requested version; without one, whoever works on documents sees the version in
     * work, everyone else the one in force, and else the newest.
     */
    private void select(Integer number) {
        DocumentVersion v = find(number);
        if (v == null && document.getWorkingNumber() != null
                && (currentUser.permitted(DocumentService.EDIT) || currentUser.permitted(DocumentService.APPROVE))) {
            v = find(document.getWorkingNumber());
        }
        if (v == null) {
            v = find(document.getPublishedNumber());
        }
        if (v == null && !versions.isEmpty()) {
            v = versions.get(0);
        }
        selected = v;
        versionNumber = v == null ? null : v.getNumber();
        selectedContent = v == null ? null : EditorHtml.forDisplay(v.getContent());
        requirements = v == null ? List.of() : documents.requirements(v.getId());
        attachments = v == null ? List.of() : documents.attachments(v.getId());
    }

    private DocumentVersion find(Integer number) {
        return number == null ? null : versions.stream().filter(v -> v.getNumber() == number).findFirst().orElse(null);
    }

    /** The version selector changed. */
    public void showVersion() {
        select(versionNumber);
    }

    /** After a change: the page again, fresh, with the messages kept. */
    private String reload(Integer number) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/documents/document?faces-redirect=true&id=" + id + (number == null ? "" : "&v=" + number);
    }

    // ---------------------------------------------------------------- what may be done

    private boolean may(String permission) {
        return currentUser.permitted(permission);
    }

    private boolean selectedIs(DocumentStatus status) {
        return selected != null && selected.getStatus() == status;
    }

    private boolean withdrawn() {
        return document.getStatus() == DocumentStatus.WITHDRAWN;
    }

    public boolean isCanEditDraft() {
        return may(DocumentService.EDIT) && selectedIs(DocumentStatus.DRAFT) && !withdrawn();
    }

    public boolean isCanEditEntry() {
        return may(DocumentService.EDIT) && may(OrganisationService.PEOPLE_READ) && !withdrawn();
    }

    public boolean isCanSubmit() {
        return isCanEditDraft();
    }

    public boolean isCanReturn() {
        return may(DocumentService.APPROVE) && (selectedIs(DocumentStatus.IN_REVIEW) || selectedIs(DocumentStatus.APPROVED));
    }

    /** In review, and the user neither wrote nor changed it (four eyes); top management is checked by the boundary. */
    public boolean isCanApprove() {
        return may(DocumentService.APPROVE) && selectedIs(DocumentStatus.IN_REVIEW) && !isAuthorOfSelected();
    }

    /** The selected version as PDF in the given language ("de" or "en"). */
    public StreamedContent pdf(String language) {
        DocumentVersion v = selected;
        String file = document.getCode().replaceAll("[^\\w.-]", "_") + "-v" + v.getNumber() + "-" + language + ".pdf";
        return Downloads.of(file, "application/pdf", documents.pdf(v.getId(), Locale.forLanguageTag(language)));
    }

    public boolean isAuthorOfSelected() {
        String me = currentUser.getName();
        return selected != null && (me.equals(selected.getCreatedBy()) || selected.getEditors().contains(me)
                || me.equals(selected.getSubmittedBy()));
    }

    public boolean isCanPublish() {
        return may(DocumentService.APPROVE) && selectedIs(DocumentStatus.APPROVED);
    }

    public boolean isCanNewDraft() {
        return may(DocumentService.EDIT) && document.getStatus() == DocumentStatus.PUBLISHED
                && document.getWorkingNumber() == null && document.getPublishedNumber() != null;
    }

    public boolean isCanDiscard() {
        return isCanEditDraft();
    }

    public boolean isCanWithdraw() {
        return may(DocumentService.APPROVE) && !withdrawn();
    }

    public boolean isCanConfirmReview() {
        return document.getStatus() == DocumentStatus.PUBLISHED && (owner || may(DocumentService.APPROVE));
    }

    public boolean isCanChangeFiles() {
        return isCanEditDraft();
    }

    /** Discarding the only draft of a never-published document removes the document. */
    public boolean isDiscardRemovesDocument() {
        return document.getPublishedNumber() == null;
    }

    // ---------------------------------------------------------------- draft text

    public void startEditDraft() {
        title = selected.getTitle();
        content = selectedContent;
        changeNote = selected.getChangeNote();
        picker.start(requirements);
    }

    public String saveDraft() {
        DocumentService.TextInput text = new DocumentService.TextInput(title, EditorHtml.fromEditor(content), changeNote,
                picker.ids());
        long versionId = selected.getId();
        long seen = selected.getVersion();
        if (UiAction.attempt(() -> documents.edit(versionId, seen, text), "document.draftSaved", selected.getNumber())) {
            return reload(selected.getNumber());
        }
        return null;
    }

    // ---------------------------------------------------------------- register entry

    public void startEditEntry() {
        entry.fill(document, path.size() > 1 ? path.get(path.size() - 2).getId() : null);
        if (persons == null) {
            persons = organisation.persons().stream().filter(p -> p.isActive() || p.getId().equals(entry.getOwnerId())).toList();
            roleList = roles.roles();
        }
        DocumentType type = document.getType();
        parentOptions = documents.documents(DocumentService.Filter.ALL).stream()
                .filter(d -> !d.getId().equals(id) && d.getStatus() != DocumentStatus.WITHDRAWN
                        && type.allowsParent(d.getType()))
                .toList();
    }

    public String saveEntry() {
        DocumentService.DocumentInput meta = entry.input(document.getType());
        long seen = document.getVersion();
        if (UiAction.attempt(() -> documents.update(id, seen, meta), "document.entrySaved", meta.code())) {
            return reload(versionNumber);
        }
        return null;
    }

    // ---------------------------------------------------------------- lifecycle

    public String submit() {
        return transition(() -> documents.submit(selected.getId(), selected.getVersion()), "document.submitted");
    }

    public String approve() {
        return transition(() -> documents.approve(selected.getId(), selected.getVersion()), "document.approved");
    }

    public String publish() {
        return transition(() -> documents.publish(selected.getId(), selected.getVersion()), "document.published");
    }

    private String transition(Runnable action, String successKey) {
        int number = selected.getNumber();
        if (UiAction.attempt(action, successKey, number)) {
            return reload(number);
        }
        return null;
    }

    public void startReturn() {
        withdrawing = false;
        reason = null;
    }

    public void startWithdraw() {
        withdrawing = true;
        reason = null;
    }

    /** Return to draft or withdraw, both with a reason. */
    public String confirmReason() {
        if (withdrawing) {
            long seen = document.getVersion();
            if (UiAction.attempt(() -> documents.withdraw(id, seen, reason), "document.withdrawnDone", document.getCode())) {
                return reload(versionNumber);
            }
            return null;
        }
        return transition(() -> documents.returnToDraft(selected.getId(), selected.getVersion(), reason),
                "document.returned");
    }

    public String newDraft() {
        DocumentVersion[] created = new DocumentVersion[1];
        if (UiAction.attempt(() -> created[0] = documents.newDraft(id), null)) {
            Messages.info("document.draftStarted", created[0].getNumber());
            return reload(created[0].getNumber());
        }
        return null;
    }

    public String discard() {
        boolean removesDocument = isDiscardRemovesDocument();
        int number = selected.getNumber();
        if (UiAction.attempt(() -> documents.discard(selected.getId(), selected.getVersion()),
                removesDocument ? "document.discardedDocument" : "document.discarded",
                removesDocument ? document.getCode() : number)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return removesDocument ? "/documents/register?faces-redirect=true" : reload(null);
        }
        return null;
    }

    public void startReview() {
        reviewNote = null;
    }

    public String confirmReview() {
        long seen = document.getVersion();
        if (UiAction.attempt(() -> documents.confirmReview(id, seen, reviewNote), "document.reviewConfirmed",
                document.getCode())) {
            return reload(versionNumber);
        }
        return null;
    }

    // ---------------------------------------------------------------- files

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (selected == null || file == null) {
            return;
        }
        long versionId = selected.getId();
        long seen = selected.getVersion();
        UiAction.attempt(() -> documents.attach(versionId, seen, file.getFileName(), file.getContentType(), file.getContent()),
                "attachment.added", file.getFileName());
        refreshQuietly();
    }

    public void detach(DocumentAttachment a) {
        UiAction.attempt(() -> documents.detach(a.getId()), "attachment.removed", a.getFileName());
        refreshQuietly();
    }

    /** Reloads after a change that stays on the page; a failure to reload is shown, not thrown. */
    private void refreshQuietly() {
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
        }
    }

    public StreamedContent download(DocumentAttachment a) {
        try {
            DocumentService.AttachmentDownload file = documents.attachment(a.getId());
            return Downloads.of(file.fileName(), file.contentType(), file.data());
        } catch (CustosException e) {
            Messages.error(e);
            return null;
        }
    }

    // ---------------------------------------------------------------- comparison

    public void compare() {
        diff = null;
        if (compareFrom == null || compareTo == null || compareFrom.equals(compareTo)) {
            Messages.error("document.compare.pickTwo");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        UiAction.attempt(() -> diff = documents.compare(id, compareFrom, compareTo), null);
    }

    // ---------------------------------------------------------------- presentation

    public String statusClass(DocumentStatus status) {
        return DocumentLabels.statusClass(status);
    }

    public String getReviewCause() {
        return DocumentLabels.cause(localeView.getLocale(), document.getReviewNeededCause());
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ZoneId.systemDefault()));
    }

    public String roleName(IsmsRole r) {
        return r == null ? "" : r.name(localeView.getLocale());
    }

    public String requirementTitle(Requirement r) {
        return r == null ? "" : r.title(localeView.getLocale());
    }

    public String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(localeView.getLocale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    public String editors(DocumentVersion v) {
        return v == null ? "" : String.join(", ", v.getEditors());
    }

    public boolean isSelectedInForce() {
        return selected != null && Objects.equals(selected.getNumber(), document.getPublishedNumber())
                && document.getStatus() == DocumentStatus.PUBLISHED;
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public Document getDocument() {
        return document;
    }

    public List<Document> getPath() {
        return path;
    }

    public List<DocumentVersion> getVersions() {
        return versions;
    }

    public DocumentVersion getSelected() {
        return selected;
    }

    public String getSelectedContent() {
        return selectedContent;
    }

    public List<Requirement> getRequirements() {
        return requirements;
    }

    public List<DocumentAttachment> getAttachments() {
        return attachments;
    }

    public List<DocumentService.Node> getDerived() {
        return derived;
    }

    public boolean isOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }











    public DocumentEntryForm getEntry() {
        return entry;
    }

    public List<Person> getPersons() {
        return persons == null ? List.of() : persons;
    }

    public List<IsmsRole> getRoleList() {
        return roleList == null ? List.of() : roleList;
    }

    public List<Document> getParentOptions() {
        return parentOptions;
    }

    public boolean isWithdrawing() {
        return withdrawing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public VersionDiff.Result getDiff() {
        return diff;
    }
}
