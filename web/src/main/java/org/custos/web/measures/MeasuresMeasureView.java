package org.custos.web.measures;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.CustosException;
import org.custos.roles.control.RaciSubject;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.custos.web.documents.DocumentsRequirementPickerView;
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
 * One measure: what it is, who owns it, the requirements it addresses and the documents regulating
 * it, its RACI, and the evidence that it works (files and links, each valid for a period).
 *
 * <p>Actions are offered only with {@code controls:edit}; the boundary checks again and its refusal
 * is shown as a message while the dialog keeps what was typed.
 */
@Named
@ViewScoped
public class MeasuresMeasureView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    MeasureService measures;

    @Inject
    OrganisationService organisation;

    @Inject
    DocumentService documents;

    @Inject
    StandardsService standards;

    @Inject
    RaciPanelView raci;

    @Inject
    DocumentsRequirementPickerView picker;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private Long id;
    private LocalDate today;
    private Measure measure;
    private List<Evidence> evidence = List.of();
    private List<Requirement> requirements = List.of();
    private int hiddenRequirements;
    private List<Document> allDocuments;
    private List<Document> regulating = List.of();
    private int hiddenDocuments;

    // measure dialog
    private final MeasureForm form = new MeasureForm();
    private List<Person> persons;
    private List<Document> documentOptions = List.of();

    // evidence dialogs
    private final EvidenceForm evidenceForm = new EvidenceForm();

    public void load() throws IOException {
        if (id == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/measures/list");
            return;
        }
        refresh();
    }

    private void refresh() {
        today = LocalDate.now();
        measure = measures.measure(id);
        evidence = measures.evidence(id);
        resolveRequirements(measure.getRequirementIds());
        resolveDocuments(measure.getDocumentIds());
        raci.show(RaciSubject.MEASURE, id);
    }

    /** The requirements the user may read, ordered by standard; the others are only counted. */
    private void resolveRequirements(Set<Long> ids) {
        List<Requirement> found = new ArrayList<>();
        if (currentUser.permitted(StandardsService.READ)) {
            // outside the auditor's scope or gone: counted, not shown
            found.addAll(standards.requirementsById(ids));
        }
        found.sort(Comparator.comparing((Requirement r) -> r.getStandard().getCode(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Requirement::getSortOrder));
        requirements = found;
        hiddenRequirements = ids.size() - found.size();
    }

    private void resolveDocuments(Set<Long> ids) {
        if (currentUser.permitted(DocumentService.READ)) {
            allDocuments = documents.documents(DocumentService.Filter.ALL);
            regulating = allDocuments.stream().filter(d -> ids.contains(d.getId())).toList();
        } else {
            allDocuments = List.of();
            regulating = List.of();
        }
        hiddenDocuments = ids.size() - regulating.size();
    }

    /** After a change of the measure: the page again, fresh, with the messages kept. */
    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/measures/measure?faces-redirect=true&id=" + id;
    }

    /** Reloads after a change that stays on the page; a failure to reload is shown, not thrown. */
    private void refreshQuietly() {
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
        }
    }

    // ---------------------------------------------------------------- what may be done

    public boolean isCanEdit() {
        return currentUser.permitted(MeasureService.EDIT);
    }

    public boolean isCanChooseOwner() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public boolean isCanChooseRequirements() {
        return currentUser.permitted(StandardsService.READ);
    }

    public boolean isCanChooseDocuments() {
        return currentUser.permitted(DocumentService.READ);
    }

    // ---------------------------------------------------------------- the measure

    public void startEdit() {
        form.fill(measure, requirements.stream().map(Requirement::getId).toList(),
                regulating.stream().map(Document::getId).toList());
        persons = isCanChooseOwner() ? MeasureForm.ownerOptions(organisation.persons(), form.getOwnerId()) : List.of();
        documentOptions = MeasureForm.documentOptions(allDocuments, measure.getDocumentIds());
        picker.start(requirements);
    }

    public String save() {
        MeasureService.MeasureInput in = form.input(picker.ids());
        long seen = form.getSeenVersion();
        if (UiAction.attempt(() -> measures.save(id, seen, in), "measure.saved", in.code())) {
            return reload();
        }
        return null;
    }

    /** Deletes the measure; the boundary refuses while evidence exists. */
    public String delete() {
        String code = measure.getCode();
        long seen = measure.getVersion();
        if (UiAction.attempt(() -> measures.delete(id, seen), "measure.deleted", code)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/measures/list?faces-redirect=true";
        }
        return null;
    }

    // ---------------------------------------------------------------- evidence

    public void startAddLink() {
        evidenceForm.start(LocalDate.now());
    }

    public void saveLink() {
        EvidenceForm f = evidenceForm;
        if (UiAction.attempt(() -> measures.addLink(id, f.getTitle(), f.getUrl(), f.getValidFrom(), f.getValidUntil()),
                "evidence.added", f.getTitle())) {
            refreshQuietly();
        }
    }

    public void startAddFile() {
        evidenceForm.start(LocalDate.now());
    }

    /** The chosen file is held until the dialog is saved. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file != null) {
            evidenceForm.file(file.getFileName(), file.getContentType(), file.getContent());
        }
    }

    public void saveFile() {
        EvidenceForm f = evidenceForm;
        if (!f.isFileChosen()) {
            Messages.error("evidence.file.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (UiAction.attempt(() -> measures.addFile(id, f.getTitle(), f.getFileName(), f.getContentType(), f.getData(),
                f.getValidFrom(), f.getValidUntil()), "evidence.added", f.getTitle())) {
            f.clearFile();
            refreshQuietly();
        }
    }

    public void startEditEvidence(Evidence e) {
        evidenceForm.fill(e);
    }

    public void saveEvidence() {
        EvidenceForm f = evidenceForm;
        if (UiAction.attempt(() -> measures.updateEvidence(f.getEvidenceId(), f.getSeenVersion(), f.getTitle(),
                f.getValidFrom(), f.getValidUntil()), "evidence.saved", f.getTitle())) {
            refreshQuietly();
        }
    }

    public void deleteEvidence(Evidence e) {
        if (UiAction.attempt(() -> measures.deleteEvidence(e.getId(), e.getVersion()), "evidence.deleted", e.getTitle())) {
            refreshQuietly();
        }
    }

    public StreamedContent download(Evidence e) {
        try {
            MeasureService.EvidenceDownload file = measures.evidenceFile(e.getId());
            return Downloads.of(file.fileName(), file.contentType(), file.data());
        } catch (CustosException ex) {
            Messages.error(ex);
            return null;
        }
    }

    // ---------------------------------------------------------------- presentation

    public String statusClass(Measure.Status status) {
        return MeasureLabels.statusClass(status);
    }

    public boolean isOverdue() {
        return measure.overdue(today);
    }

    public String state(Evidence e) {
        return MeasureLabels.state(e, today).name();
    }

    public String stateClass(Evidence e) {
        return MeasureLabels.stateClass(MeasureLabels.state(e, today));
    }

    public long getValidEvidenceCount() {
        return evidence.stream().filter(e -> e.valid(today)).count();
    }

    public String requirementTitle(Requirement r) {
        return r == null ? "" : r.title(localeView.getLocale());
    }

    public String size(Long bytes) {
        return MeasureLabels.size(bytes, localeView.getLocale());
    }

    public String shortHash(String hash) {
        return MeasureLabels.shortHash(hash);
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ZoneId.systemDefault()));
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public List<Requirement> getRequirements() {
        return requirements;
    }

    public int getHiddenRequirements() {
        return hiddenRequirements;
    }

    public List<Document> getRegulating() {
        return regulating;
    }

    public int getHiddenDocuments() {
        return hiddenDocuments;
    }

    public MeasureForm getForm() {
        return form;
    }

    public EvidenceForm getEvidenceForm() {
        return evidenceForm;
    }

    public List<Person> getPersons() {
        return persons == null ? List.of() : persons;
    }

    public List<Document> getDocumentOptions() {
        return documentOptions;
    }
}
