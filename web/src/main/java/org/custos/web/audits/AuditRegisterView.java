package org.custos.web.audits;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.audits.boundary.AuditProgrammeService;
import org.custos.audits.entity.Audit;
import org.custos.web.support.CurrentUser;

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
    private AuditProgrammeService.Coverage coverage;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        list = audits.audits().stream().filter(a -> yearFilter == null || a.getProgrammeYear() == yearFilter).toList();
        // the three-year cycle up to the chosen year (or this one)
        coverage = audits.coverage(yearFilter == null ? java.time.LocalDate.now().getYear() : yearFilter, 3);
    }

    public AuditProgrammeService.Coverage getCoverage() {
        return coverage;
    }

    public String rowLabel(AuditProgrammeService.CoverageRow r) {
        if (r.unit() != null) {
            return r.unit();
        }
        boolean de = "de".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return r.refId() + " " + (de && r.titleDe() != null ? r.titleDe() : r.titleEn());
    }

    public String cell(AuditProgrammeService.CoverageRow r, Integer year) {
        Integer n = r.audits().get(year);
        return n == null ? "–" : String.valueOf(n);
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
