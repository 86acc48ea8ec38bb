package org.custos.web.risk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.risk.boundary.OpportunityService;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.entity.Opportunity;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;
import org.primefaces.PrimeFaces;

/** Opportunities (ISO 27001 6.1.1): the register with filters, the add/edit dialog and deletion. */
@Named
@ViewScoped
public class RiskOpportunitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpportunityService opportunities;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private List<Opportunity> list = List.of();
    private LocalDate today;

    // filters
    private String query;
    private Opportunity.Status statusFilter;
    private boolean overdueOnly;

    // dialog
    private Long editId;
    private long seenVersion;
    private String code;
    private String title;
    private String description;
    private String benefit;
    private Long ownerId;
    private Opportunity.Status status;
    private LocalDate followUp;
    private List<Person> persons;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        today = LocalDate.now();
        List<Opportunity> all = overdueOnly ? opportunities.overdue(today) : opportunities.opportunities();
        String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
        list = all.stream().filter(o -> statusFilter == null || o.getStatus() == statusFilter)
                .filter(o -> q == null || (o.getCode() + " " + o.getTitle()).toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    public void resetFilters() {
        query = null;
        statusFilter = null;
        overdueOnly = false;
        filter();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(RiskService.EDIT);
    }

    public boolean isCanChooseOwner() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public boolean overdue(Opportunity o) {
        return o.overdue(today);
    }

    private void options() {
        if (persons == null) {
            persons = isCanChooseOwner() ? organisation.persons() : List.of();
        }
    }

    public void startCreate() {
        options();
        fill(null);
    }

    public void startEdit(Opportunity o) {
        options();
        fill(opportunities.opportunity(o.getId()));
    }

    private void fill(Opportunity o) {
        editId = o == null ? null : o.getId();
        seenVersion = o == null ? 0 : o.getVersion();
        code = o == null ? null : o.getCode();
        title = o == null ? null : o.getTitle();
        description = o == null ? null : o.getDescription();
        benefit = o == null ? null : o.getBenefit();
        ownerId = o == null || o.getOwner() == null ? null : o.getOwner().getId();
        status = o == null ? Opportunity.Status.OPEN : o.getStatus();
        followUp = o == null ? null : o.getFollowUp();
    }

    public void save() {
        OpportunityService.OpportunityInput in = new OpportunityService.OpportunityInput(code, title, description, benefit,
                ownerId, status, followUp);
        Long id = editId;
        if (UiAction.attempt(() -> opportunities.save(id, seenVersion, in),
                id == null ? "opportunity.created" : "opportunity.saved", code)) {
            filter();
            PrimeFaces.current().ajax().update("opportunitiesForm");
        }
    }

    public void delete(Opportunity o) {
        if (UiAction.attempt(() -> opportunities.delete(o.getId(), o.getVersion()), "opportunity.deleted", o.getCode())) {
            filter();
        }
    }

    public String statusClass(Opportunity.Status s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case OPEN -> "tag";
            case IN_PROGRESS -> "tag warn";
            case REALISED -> "tag ok";
            case DISCARDED -> "tag";
        };
    }

    public Opportunity.Status[] getStatuses() {
        return Opportunity.Status.values();
    }

    /** The persons to choose from; the current owner stays choosable without people:read. */
    public List<Person> getPersons() {
        return persons == null ? List.of() : persons;
    }

    // ---------------------------------------------------------------- accessors

    public List<Opportunity> getList() {
        return list;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Opportunity.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(Opportunity.Status statusFilter) {
        this.statusFilter = statusFilter;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Opportunity.Status getStatus() {
        return status;
    }

    public void setStatus(Opportunity.Status status) {
        this.status = status;
    }

    public LocalDate getFollowUp() {
        return followUp;
    }

    public void setFollowUp(LocalDate followUp) {
        this.followUp = followUp;
    }
}
