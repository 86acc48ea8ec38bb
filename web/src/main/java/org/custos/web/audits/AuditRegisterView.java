package org.custos.web.audits;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.audits.boundary.AuditProgrammeService;
import org.custos.audits.control.AuditCoverage;
import org.custos.audits.entity.Audit;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;

/** The audit programme: internal and external audits by year, with their status. */
@Named
@ViewScoped
public class AuditRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditProgrammeService audits;

    @Inject
    CurrentUser currentUser;

    private List<Audit> list = List.of();
    private Integer yearFilter;
    private AuditCoverage.Coverage coverage;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        list = audits.audits().stream().filter(a -> yearFilter == null || a.getProgrammeYear() == yearFilter).toList();
        // the three-year cycle up to the chosen year (or this one)
        coverage = audits.coverage(yearFilter == null ? java.time.LocalDate.now().getYear() : yearFilter, 3);
    }

    public AuditCoverage.Coverage getCoverage() {
        return coverage;
    }

    public String rowLabel(AuditCoverage.Row r) {
        if (r.unit() != null) {
            return r.unit();
        }
        boolean de = "de".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return r.refId() + " " + (de && r.titleDe() != null ? r.titleDe() : r.titleEn());
    }

    /** The year's internal audits taking the line in: completed ones, and those still planned or running. */
    public String cell(AuditCoverage.Row r, Integer year) {
        int all = r.audits().getOrDefault(year, 0);
        int done = r.completed().getOrDefault(year, 0);
        if (all == 0) {
            return "–";
        }
        return done == all ? String.valueOf(done) : Messages.text("audits.coverage.cell", done, all - done);
    }

    public String coverText(AuditCoverage.Row r) {
        return Messages.text("audits.coverage." + r.cover().name());
    }

    public String coverClass(AuditCoverage.Row r) {
        return switch (r.cover()) {
            case COMPLETED -> "tag ok";
            case PLANNED -> "tag warn";
            case OPEN -> "tag danger";
        };
    }

    public List<Integer> getYears() {
        return audits.audits().stream().map(Audit::getProgrammeYear).distinct().sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(AuditProgrammeService.EDIT);
    }

    public String statusClass(Audit.Status s) {
        return s == Audit.Status.COMPLETED ? "tag ok" : s == Audit.Status.IN_PROGRESS ? "tag warn" : "tag";
    }

    public List<Audit> getList() {
        return list;
    }

    public Integer getYearFilter() {
        return yearFilter;
    }

    public void setYearFilter(Integer yearFilter) {
        this.yearFilter = yearFilter;
    }
}
