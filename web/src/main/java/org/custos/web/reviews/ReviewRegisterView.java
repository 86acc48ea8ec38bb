package org.custos.web.reviews;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.reviews.boundary.ManagementReviewService;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.UiAction;

/** The management reviews, the decisions still open, and drafting a new review (its inputs compiled at once). */
@Named
@ViewScoped
public class ReviewRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManagementReviewService reviews;

    @Inject
    CurrentUser currentUser;

    private List<ManagementReview> list = List.of();
    private List<ReviewDecision> open = List.of();
    private String code;
    private String title;
    private LocalDate heldOn;
    private LocalDate periodFrom;

    @PostConstruct
    void load() {
        list = reviews.reviews();
        open = reviews.openDecisions();
        heldOn = LocalDate.now();
        // the period runs from the last review on, or a year back
        periodFrom = list.stream().map(ManagementReview::getHeldOn).max(LocalDate::compareTo).orElse(heldOn.minusYears(1));
        code = "MR-" + heldOn.getYear();
    }

    public String create() {
        ManagementReview[] r = new ManagementReview[1];
        if (!UiAction.attempt(() -> r[0] = reviews.create(code, title, heldOn, periodFrom), "review.created", code)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/reviews/review?faces-redirect=true&id=" + r[0].getId();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(ManagementReviewService.EDIT);
    }

    public boolean overdue(ReviewDecision d) {
        return d.overdue(LocalDate.now());
    }

    public String reviewCode(ReviewDecision d) {
        return list.stream().filter(r -> r.getId().equals(d.getReviewId())).map(ManagementReview::getCode).findFirst().orElse("");
    }

    public List<ManagementReview> getList() {
        return list;
    }

    public List<ReviewDecision> getOpen() {
        return open;
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
}
