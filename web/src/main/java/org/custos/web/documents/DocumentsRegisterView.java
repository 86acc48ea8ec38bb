package org.custos.web.documents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.entity.IsmsRole;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Downloads;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.model.StreamedContent;

/** The document register: every controlled document with its status and review dates; new documents. */
@Named
@ViewScoped
public class DocumentsRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    DocumentsRequirementPickerView picker;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private List<Document> register;
    private List<Document> all;
    private Map<Long, String> owners;
    private List<Person> persons;
    private List<IsmsRole> roleList;

    // filters
    private DocumentType typeFilter;
    private DocumentStatus statusFilter;
    private Long ownerFilter;
    /** Part of the code or title. */
    private String query;
    /** Review due within this many days (0: due now or flagged), null: any. */
    private Integer reviewDueDays;

    // new document dialog
    private DocumentType type = DocumentType.REGULATION;
    private final DocumentEntryForm entry = new DocumentEntryForm();
    private String title;
    private String content;

    @PostConstruct
    void load() {
        all = documents.documents(DocumentService.Filter.ALL);
        owners = new LinkedHashMap<>();
        all.stream().map(Document::getOwner).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> owners.put(p.getId(), p.getName()));
        filter();
    }

    /** Applies the filters in the boundary (its query knows what "review due" means). */
    public void filter() {
        LocalDate dueBy = reviewDueDays == null ? null : LocalDate.now().plusDays(reviewDueDays);
        boolean none = typeFilter == null && statusFilter == null && ownerFilter == null && dueBy == null;
        List<Document> found = none ? all
                : documents.documents(new DocumentService.Filter(typeFilter, statusFilter, ownerFilter, dueBy));
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        register = q.isEmpty() ? found : found.stream().filter(d -> d.getCode().toLowerCase(Locale.ROOT).contains(q)
                || d.getTitle().toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    public void resetFilters() {
        typeFilter = null;
        statusFilter = null;
        ownerFilter = null;
        reviewDueDays = null;
        query = null;
        filter();
    }

    public boolean isCanCreate() {
        return currentUser.permitted(DocumentService.EDIT) && currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public void startCreate() {
        type = DocumentType.REGULATION;
        entry.clear();
        title = null;
        content = null;
        if (persons == null) {
            persons = organisation.persons().stream().filter(Person::isActive).toList();
            roleList = roles.roles();
        }
        picker.start(List.of());
    }

    /** The kind changed: a parent of a kind it may not hang under is dropped. */
    public void typeChosen() {
        if (entry.getParentId() != null && getParentOptions().stream().noneMatch(d -> d.getId().equals(entry.getParentId()))) {
            entry.setParentId(null);
        }
        // A scope statement says what is in scope, what is out (with reasons) and the interfaces (ISO 27001 4.3).
        if (type == DocumentType.SCOPE && (content == null || content.isBlank())) {
            content = "<h2>" + Messages.text("document.scope.in") + "</h2><p></p><h2>" + Messages.text("document.scope.out")
                    + "</h2><p></p><h2>" + Messages.text("document.scope.interfaces") + "</h2><p></p>";
        }
    }

    /** Creates the document with its first draft and opens it. */
    public String create() {
        DocumentService.DocumentInput meta = entry.input(type);
        DocumentService.TextInput text = new DocumentService.TextInput(title, EditorHtml.fromEditor(content), null,
                picker.ids());
        Document[] created = new Document[1];
        if (UiAction.attempt(() -> created[0] = documents.create(meta, text), "document.created", meta.code())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/documents/document?faces-redirect=true&id=" + created[0].getId();
        }
        return null;
    }

    /** Documents the chosen kind may hang under (not withdrawn). */
    public List<Document> getParentOptions() {
        if (type == null) {
            return List.of();
        }
        return all.stream().filter(d -> d.getStatus() != DocumentStatus.WITHDRAWN && type.allowsParent(d.getType()))
                .toList();
    }

    public String roleName(IsmsRole r) {
        return r == null ? "" : r.name(localeView.getLocale());
    }

    /** A published document with a newer version being worked on. */
    public boolean hasNewDraft(Document d) {
        return d.getWorkingNumber() != null && d.getStatus() == DocumentStatus.PUBLISHED;
    }

    public String statusClass(DocumentStatus status) {
        return DocumentLabels.statusClass(status);
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
    }

    public String reviewDueLabel(Integer days) {
        return days == null || days == 0 ? Messages.text("documents.filter.reviewDueNow")
                : Messages.text("documents.filter.reviewDueWithin", days);
    }

    public List<Integer> getReviewDueOptions() {
        return List.of(0, 30, 90);
    }

    public List<Map.Entry<Long, String>> getOwners() {
        return List.copyOf(owners.entrySet());
    }

    public List<Document> getRegister() {
        return register;
    }

    public boolean isEmptyRegister() {
        return all.isEmpty();
    }

    public List<Person> getPersons() {
        return persons == null ? List.of() : persons;
    }

    public List<IsmsRole> getRoleList() {
        return roleList == null ? List.of() : roleList;
    }

    public DocumentType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(DocumentType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public DocumentStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(DocumentStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Long getOwnerFilter() {
        return ownerFilter;
    }

    public void setOwnerFilter(Long ownerFilter) {
        this.ownerFilter = ownerFilter;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Integer getReviewDueDays() {
        return reviewDueDays;
    }

    public void setReviewDueDays(Integer reviewDueDays) {
        this.reviewDueDays = reviewDueDays;
    }

    public DocumentEntryForm getEntry() {
        return entry;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
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

    /** The whole register as XLSX in the UI language. */
    public StreamedContent getRegisterXlsx() {
        return Downloads.of("document-register.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", documents.registerXlsx(localeView.getLocale()));
    }
}
