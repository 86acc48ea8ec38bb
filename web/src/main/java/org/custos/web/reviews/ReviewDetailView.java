package org.custos.web.reviews;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.CustosException;
import org.custos.reviews.boundary.ManagementReviewService;
import org.custos.reviews.boundary.ManagementReviewService.ReviewView;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;
import org.custos.web.i18n.LocaleView;
import org.custos.web.incidents.IncidentLabels;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Downloads;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.model.StreamedContent;

/**
 * One management review ({@code ?id=}): the compiled inputs with the meeting's comments, minutes, decisions and
 * actions, compiling again while a draft, approval by top management, and the PDF. The boundary checks every
 * rule; its refusals are shown as messages.
 */
@Named
@ViewScoped
public class ReviewDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManagementReviewService reviews;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private Long id;
    private ReviewView view;
    private List<Person> persons = List.of();
    private long seenVersion;
    private String title;
    private LocalDate heldOn;
    private LocalDate periodFrom;
    private String minutes;
    private final Map<ReviewInput.Key, String> comments = new EnumMap<>(ReviewInput.Key.class);
    private String decision;
    private Long decisionOwnerId;
    private LocalDate decisionDue;

    public void load() {
        persons = currentUser.permitted(OrganisationService.PEOPLE_READ) ? organisation.persons() : List.of();
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
            view = null;
        }
    }

    private void refresh() {
        if (id == null) {
            view = null;
            return;
        }
        view = reviews.review(id);
        ManagementReview r = view.review();
        seenVersion = r.getVersion();
        title = r.getTitle();
        heldOn = r.getHeldOn();
        periodFrom = r.getPeriodFrom();
        minutes = r.getMinutes();
        comments.clear();
        view.inputs().forEach(i -> comments.put(i.getInputKey(), i.getComment()));
    }

    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/reviews/review?faces-redirect=true&id=" + id;
    }

    public String save() {
        return UiAction.attempt(() -> reviews.save(id, seenVersion, title, heldOn, periodFrom, minutes, new EnumMap<>(comments)),
                "review.saved", view.review().getCode()) ? reload() : null;
    }

    public String recompile() {
        return UiAction.attempt(() -> reviews.recompile(id, seenVersion), "review.compiled", view.review().getCode()) ? reload() : null;
    }

    public String approve() {
        return UiAction.attempt(() -> reviews.approve(id, seenVersion), "review.approvedDone", view.review().getCode())
                ? reload() : null;
    }

    public void startDecision() {
        decision = null;
        decisionOwnerId = null;
        decisionDue = LocalDate.now().plusMonths(3);
    }

    public String addDecision() {
        return UiAction.attempt(() -> reviews.addDecision(id, decision, decisionOwnerId, decisionDue), "review.decision.added")
                ? reload() : null;
    }

    public String done(ReviewDecision d) {
        return UiAction.attempt(() -> reviews.decisionDone(d.getId(), d.getVersion()), "review.decision.doneDone") ? reload() : null;
    }

    public StreamedContent getPdf() {
        return Downloads.of(view.review().getCode().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", "application/pdf",
                new ReviewPdf().write(reviews.review(id), localeView.getLocale()));
    }

    // ---------------------------------------------------------------- state

    public boolean isExisting() {
        return view != null;
    }

    public boolean isDraft() {
        return view != null && !view.review().isApproved();
    }

    public boolean isCanEdit() {
        return isDraft() && currentUser.permitted(ManagementReviewService.EDIT);
    }

    public boolean isCanTrack() {
        return view != null && currentUser.permitted(ManagementReviewService.EDIT);
    }

    public String fact(List<String> fact) {
        return ReviewLabels.fact(fact, localeView.getLocale());
    }

    public String at(java.time.Instant instant) {
        return IncidentLabels.at(instant);
    }

    public boolean overdue(ReviewDecision d) {
        return d.overdue(LocalDate.now());
    }

    public String getPageTitle() {
        return view == null ? Messages.text("review.register.title") : view.review().getCode() + " – " + view.review().getTitle();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewView getView() {
        return view;
    }

    public List<Person> getPersons() {
        return persons;
    }

    public Map<ReviewInput.Key, String> getComments() {
        return comments;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public Long getDecisionOwnerId() {
        return decisionOwnerId;
    }

    public void setDecisionOwnerId(Long decisionOwnerId) {
        this.decisionOwnerId = decisionOwnerId;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public void setDecisionDue(LocalDate decisionDue) {
        this.decisionDue = decisionDue;
    }
}
