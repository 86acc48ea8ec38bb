package org.custos.web.measures;

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
import java.util.Map;
import java.util.Objects;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.standards.boundary.StandardsService;
import org.custos.web.documents.DocumentsRequirementPickerView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;

/** The measures (the organisation's controls) with status, owner, due date and valid evidence; new measures. */
@Named
@ViewScoped
public class MeasuresListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EXPIRING_DAYS = 90;

    @Inject
    MeasureService measures;

    @Inject
    OrganisationService organisation;

    @Inject
    DocumentService documents;

    @Inject
    DocumentsRequirementPickerView picker;

    @Inject
    CurrentUser currentUser;

    private LocalDate today;
    private List<Measure> all;
    private List<Measure> list;
    private Map<Long, Long> validEvidence;
    private List<Evidence> expiring;
    private Map<Long, String> owners;

    // filters
    private Measure.Status statusFilter;
    private Long ownerFilter;
    private Boolean overdueFilter;
    /** Part of the code or title. */
    private String query;

    // new measure dialog
    private final MeasureForm form = new MeasureForm();
    private List<Person> persons;
    private List<Document> documentOptions;

    @PostConstruct
    void load() {
        today = LocalDate.now();
        all = measures.measures(MeasureService.Filter.ALL);
        validEvidence = MeasureLabels.validCounts(measures.allEvidence(), today);
        expiring = measures.expiring(today, EXPIRING_DAYS);
        owners = new LinkedHashMap<>();
        all.stream().map(Measure::getOwner).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> owners.put(p.getId(), p.getName()));
        filter();
    }

    /** Applies the filters in the boundary (its rule says what "overdue" means), the text here. */
    public void filter() {
        boolean none = statusFilter == null && ownerFilter == null && overdueFilter == null;
        List<Measure> found = none ? all
                : measures.measures(new MeasureService.Filter(statusFilter, ownerFilter, null, overdueFilter));
        list = MeasureLabels.matching(found, query);
    }

    public void resetFilters() {
        statusFilter = null;
        ownerFilter = null;
        overdueFilter = null;
        query = null;
        filter();
    }

    public boolean isCanCreate() {
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

    public void startCreate() {
        form.clear();
        if (persons == null) {
            persons = isCanChooseOwner() ? MeasureForm.ownerOptions(organisation.persons(), null) : List.of();
            documentOptions = isCanChooseDocuments()
                    ? MeasureForm.documentOptions(documents.documents(DocumentService.Filter.ALL), List.of()) : List.of();
        }
        picker.start(List.of());
    }

    /** Creates the measure and opens it. */
    public String create() {
        MeasureService.MeasureInput in = form.input(picker.ids());
        Measure[] created = new Measure[1];
        if (UiAction.attempt(() -> created[0] = measures.save(null, 0, in), "measure.created", in.code())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/measures/measure?faces-redirect=true&id=" + created[0].getId();
        }
        return null;
    }

    // ---------------------------------------------------------------- presentation

    public String statusClass(Measure.Status status) {
        return MeasureLabels.statusClass(status);
    }

    public boolean overdue(Measure m) {
        return m.overdue(today);
    }

    public boolean expired(Evidence e) {
        return e.expired(today);
    }

    public long validEvidence(Measure m) {
        return validEvidence.getOrDefault(m.getId(), 0L);
    }

    public Measure.Status[] getStatuses() {
        return Measure.Status.values();
    }

    public List<Map.Entry<Long, String>> getOwners() {
        return List.copyOf(owners.entrySet());
    }

    public int getExpiringDays() {
        return EXPIRING_DAYS;
    }

    // ---------------------------------------------------------------- accessors

    public List<Measure> getList() {
        return list;
    }

    public boolean isEmptyList() {
        return all.isEmpty();
    }

    public List<Evidence> getExpiring() {
        return expiring;
    }

    public MeasureForm getForm() {
        return form;
    }

    public List<Person> getPersons() {
        return persons == null ? List.of() : persons;
    }

    public List<Document> getDocumentOptions() {
        return documentOptions == null ? List.of() : documentOptions;
    }

    public Measure.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(Measure.Status statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Long getOwnerFilter() {
        return ownerFilter;
    }

    public void setOwnerFilter(Long ownerFilter) {
        this.ownerFilter = ownerFilter;
    }

    public Boolean getOverdueFilter() {
        return overdueFilter;
    }

    public void setOverdueFilter(Boolean overdueFilter) {
        this.overdueFilter = overdueFilter;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
