package org.custos.web.context;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.context.boundary.ContextService;
import org.custos.context.boundary.FeedbackService;
import org.custos.context.entity.InterestedParty;
import org.custos.context.entity.Obligation;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;

/** Interested parties and the obligations register with their proof cycles (ISO 27001 4.1-4.3). */
@Named
@ViewScoped
public class ContextObligationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int UPCOMING_DAYS = 90;

    @Inject
    ContextService context;

    @Inject
    FeedbackService feedback;

    @Inject
    OrganisationService organisation;

    @Inject
    StandardsService standards;

    @Inject
    CurrentUser currentUser;

    private List<Obligation> obligations;
    private List<Obligation> due;
    private List<InterestedParty> parties;
    private Map<Long, Long> openFeedback = Map.of();
    private List<Person> persons = List.of();
    private List<StandardSummary> standardList;
    private Map<Long, String> standardNames;

    // obligation dialog
    private Long obligationId;
    private long obligationVersion;
    private String title;
    private String description;
    private Obligation.SourceType sourceType = Obligation.SourceType.LAW;
    private Obligation.Binding binding = Obligation.Binding.MUST;
    private Long partyId;
    private Long ownerId;
    private List<Long> standardIds = new ArrayList<>();
    private String proofDescription;
    private Integer proofCycleMonths;
    private LocalDate lastProof;
    private LocalDate nextDue;

    // proof dialog
    private Obligation proving;
    private LocalDate provenOn;

    // party dialog
    private Long partyEditId;
    private long partyVersion;
    private String partyName;
    private InterestedParty.Category partyCategory = InterestedParty.Category.AUTHORITY;
    private String partyRequirements;
    private String partyContact;

    @PostConstruct
    void load() {
        obligations = context.obligations();
        due = context.proofsDue(LocalDate.now(), UPCOMING_DAYS);
        parties = context.parties();
        openFeedback = feedback.openByParty();
        if (currentUser.permitted(OrganisationService.PEOPLE_READ)) {
            persons = organisation.persons();
        }
        standardList = standards.list();
        standardNames = new HashMap<>();
        standardList.forEach(s -> standardNames.put(s.standard().getId(), s.standard().label()));
    }

    public String standardsOf(Obligation o) {
        return o.getStandardIds().stream().map(id -> standardNames.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    /** How many feedback items of the party are still unanswered. */
    public long openFeedback(InterestedParty p) {
        return openFeedback.getOrDefault(p.getId(), 0L);
    }

    public boolean overdue(Obligation o) {
        return o.overdue(LocalDate.now());
    }

    public long daysUntil(Obligation o) {
        return o.getNextProofDue() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(), o.getNextProofDue());
    }

    public void startCreateObligation() {
        obligationId = null;
        obligationVersion = 0;
        title = description = proofDescription = null;
        sourceType = Obligation.SourceType.LAW;
        binding = Obligation.Binding.MUST;
        partyId = ownerId = null;
        standardIds = new ArrayList<>();
        proofCycleMonths = null;
        lastProof = nextDue = null;
    }

    public void startEditObligation(Obligation o) {
        obligationId = o.getId();
        obligationVersion = o.getVersion();
        title = o.getTitle();
        description = o.getDescription();
        sourceType = o.getSourceType();
        binding = o.getBinding();
        partyId = o.getParty() == null ? null : o.getParty().getId();
        ownerId = o.getOwner() == null ? null : o.getOwner().getId();
        standardIds = new ArrayList<>(o.getStandardIds());
        proofDescription = o.getProofDescription();
        proofCycleMonths = o.getProofCycleMonths();
        lastProof = o.getLastProofOn();
        nextDue = o.getNextProofDue();
    }

    public void saveObligation() {
        ContextService.ObligationInput in = new ContextService.ObligationInput(title, description, sourceType, binding,
                partyId, ownerId, new LinkedHashSet<>(standardIds), proofDescription, proofCycleMonths, lastProof, nextDue);
        if (UiAction.attempt(() -> context.saveObligation(obligationId, obligationVersion, in), "obligation.saved", title)) {
            load();
        }
    }

    public void deleteObligation(Obligation o) {
        if (UiAction.attempt(() -> context.deleteObligation(o.getId(), o.getVersion()), "obligation.deleted", o.getTitle())) {
            load();
        }
    }

    public void startProof(Obligation o) {
        proving = o;
        provenOn = LocalDate.now();
    }

    public void recordProof() {
        if (proving != null && UiAction.attempt(() -> context.recordProof(proving.getId(), proving.getVersion(), provenOn),
                "obligation.proven", proving.getTitle())) {
            load();
        }
    }

    public void startCreateParty() {
        partyEditId = null;
        partyVersion = 0;
        partyName = partyRequirements = partyContact = null;
        partyCategory = InterestedParty.Category.AUTHORITY;
    }

    public void startEditParty(InterestedParty p) {
        partyEditId = p.getId();
        partyVersion = p.getVersion();
        partyName = p.getName();
        partyCategory = p.getCategory();
        partyRequirements = p.getRequirements();
        partyContact = p.getContact();
    }

    public void saveParty() {
        if (UiAction.attempt(() -> context.saveParty(partyEditId, partyVersion, partyName, partyCategory, partyRequirements,
                partyContact), "party.saved", partyName)) {
            load();
        }
    }

    public void deleteParty(InterestedParty p) {
        if (UiAction.attempt(() -> context.deleteParty(p.getId(), p.getVersion()), "party.deleted", p.getName())) {
            load();
        }
    }

    public Obligation.SourceType[] getSourceTypes() {
        return Obligation.SourceType.values();
    }

    public Obligation.Binding[] getBindings() {
        return Obligation.Binding.values();
    }

    public InterestedParty.Category[] getCategories() {
        return InterestedParty.Category.values();
    }

    public List<Obligation> getObligations() {
        return obligations;
    }

    public List<Obligation> getDue() {
        return due;
    }

    public List<InterestedParty> getParties() {
        return parties;
    }

    public List<Person> getPersons() {
        return persons;
    }

    public List<StandardSummary> getStandardList() {
        return standardList;
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

    public Obligation.SourceType getSourceType() {
        return sourceType;
    }

    public void setSourceType(Obligation.SourceType sourceType) {
        this.sourceType = sourceType;
    }

    public Obligation.Binding getBinding() {
        return binding;
    }

    public void setBinding(Obligation.Binding binding) {
        this.binding = binding;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<Long> getStandardIds() {
        return standardIds;
    }

    public void setStandardIds(List<Long> standardIds) {
        this.standardIds = standardIds;
    }

    public String getProofDescription() {
        return proofDescription;
    }

    public void setProofDescription(String proofDescription) {
        this.proofDescription = proofDescription;
    }

    public Integer getProofCycleMonths() {
        return proofCycleMonths;
    }

    public void setProofCycleMonths(Integer proofCycleMonths) {
        this.proofCycleMonths = proofCycleMonths;
    }

    public LocalDate getLastProof() {
        return lastProof;
    }

    public void setLastProof(LocalDate lastProof) {
        this.lastProof = lastProof;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public void setNextDue(LocalDate nextDue) {
        this.nextDue = nextDue;
    }

    public Obligation getProving() {
        return proving;
    }

    public LocalDate getProvenOn() {
        return provenOn;
    }

    public void setProvenOn(LocalDate provenOn) {
        this.provenOn = provenOn;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public InterestedParty.Category getPartyCategory() {
        return partyCategory;
    }

    public void setPartyCategory(InterestedParty.Category partyCategory) {
        this.partyCategory = partyCategory;
    }

    public String getPartyRequirements() {
        return partyRequirements;
    }

    public void setPartyRequirements(String partyRequirements) {
        this.partyRequirements = partyRequirements;
    }

    public String getPartyContact() {
        return partyContact;
    }

    public void setPartyContact(String partyContact) {
        this.partyContact = partyContact;
    }
}
