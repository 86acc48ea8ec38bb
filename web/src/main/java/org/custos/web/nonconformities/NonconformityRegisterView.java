package org.custos.web.nonconformities;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityView;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.web.support.CurrentUser;

/** The nonconformities with their grade, source, status and how their corrective actions stand. */
@Named
@ViewScoped
public class NonconformityRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NonconformityService nonconformities;

    @Inject
    CurrentUser currentUser;

    private List<NonconformityView> list = List.of();
    private Nonconformity.Status statusFilter;
    private Nonconformity.Grade gradeFilter;
    private LocalDate today;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        today = LocalDate.now();
        list = nonconformities.nonconformities().stream()
                .filter(v -> statusFilter == null || v.nonconformity().getStatus() == statusFilter)
                .filter(v -> gradeFilter == null || v.nonconformity().getGrade() == gradeFilter).toList();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(NonconformityService.EDIT);
    }

    public long overdue(NonconformityView v) {
        return v.overdueActions(today);
    }

    public long done(NonconformityView v) {
        return v.actions().stream().filter(a -> a.getStatus() == CorrectiveAction.Status.EFFECTIVE).count();
    }

    public String gradeClass(Nonconformity.Grade g) {
        return NonconformityLabels.gradeClass(g);
    }

    public String statusClass(Nonconformity.Status s) {
        return NonconformityLabels.statusClass(s);
    }

    public Nonconformity.Status[] getStatuses() {
        return Nonconformity.Status.values();
    }

    public Nonconformity.Grade[] getGrades() {
        return Nonconformity.Grade.values();
    }

    public List<NonconformityView> getList() {
        return list;
    }

    public Nonconformity.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(Nonconformity.Status statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Nonconformity.Grade getGradeFilter() {
        return gradeFilter;
    }

    public void setGradeFilter(Nonconformity.Grade gradeFilter) {
        this.gradeFilter = gradeFilter;
    }
}
