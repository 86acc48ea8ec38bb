package org.custos.web.readiness;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;

/** One standard's readiness: the score and, per assessable requirement, its status and why. */
@Named
@ViewScoped
public class ReadinessStandardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A requirement as the table shows it, with its title in the UI language and its reasons in words. */
    public record Row(ReadinessService.RequirementReadiness requirement, String title,
            List<ReadinessLabels.ReasonLine> reasons) implements Serializable {

        public ReadinessStatus status() {
            return requirement.status();
        }
    }

    @Inject
    ReadinessService readiness;

    @Inject
    LocaleView localeView;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ReadinessService.StandardScore score;
    private List<Row> all = List.of();
    private List<Row> rows = List.of();

    // filters
    private ReadinessStatus statusFilter;
    /** Part of the reference or title. */
    private String query;

    public void load() throws IOException {
        if (id == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/readiness/overview");
            return;
        }
        ReadinessService.StandardReadiness r = readiness.readiness(id);
        score = r.score();
        Locale locale = localeView.getLocale();
        all = r.requirements().stream()
                .map(x -> new Row(x, x.title(locale), ReadinessLabels.reasons(x.reasons(), locale))).toList();
        filter();
    }

    public void filter() {
        rows = matching(all, statusFilter, query);
    }

    public void resetFilters() {
        statusFilter = null;
        query = null;
        filter();
    }

    static List<Row> matching(List<Row> rows, ReadinessStatus status, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> status == null || r.status() == status)
                .filter(r -> q.isEmpty() || r.requirement().refId().toLowerCase(Locale.ROOT).contains(q)
                        || r.title() != null && r.title().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    // ---------------------------------------------------------------- presentation

    /** Whether the user may open the page (links are offered only then; the page checks again). */
    public boolean mayOpen(String outcome) {
        String permission = ReadinessLabels.PAGE_PERMISSIONS.get(outcome);
        return permission != null && currentUser.permitted(permission);
    }

    public String percent(Double percent) {
        return ReadinessLabels.percent(percent, localeView.getLocale());
    }

    public String statusClass(ReadinessStatus status) {
        return ReadinessLabels.statusClass(status);
    }

    /** Indentation of a requirement's reference by its depth in the standard. */
    public double indent(Row r) {
        return Math.min(Math.max(0, r.requirement().depth()), 8) * 1.25;
    }

    public ReadinessStatus[] getStatuses() {
        return ReadinessStatus.values();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReadinessService.StandardScore getScore() {
        return score;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEmptyStandard() {
        return all.isEmpty();
    }

    public ReadinessStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ReadinessStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
