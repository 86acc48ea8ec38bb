package org.custos.web.incidents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.boundary.IncidentService.IncidentView;
import org.custos.incidents.control.ReportingDuties.Duty;
import org.custos.incidents.entity.Incident;
import org.custos.web.support.CurrentUser;

/** The incident register (ISO 27001 A.5.24–A.5.28): the incidents with their next open reporting deadline. */
@Named
@ViewScoped
public class IncidentRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;

    @Inject
    CurrentUser currentUser;

    private List<IncidentView> list = List.of();
    private Incident.Status statusFilter;
    private Instant now;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        now = Instant.now();
        list = incidents.incidents().stream()
                .filter(v -> statusFilter == null || v.incident().getStatus() == statusFilter).toList();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(IncidentService.EDIT);
    }

    public String at(Instant instant) {
        return IncidentLabels.at(instant);
    }

    public String left(Duty d) {
        return IncidentLabels.left(d, now);
    }

    public String leftClass(Duty d) {
        return IncidentLabels.leftClass(d, now);
    }

    public String severityClass(Incident.Severity s) {
        return IncidentLabels.severityClass(s);
    }

    public String statusClass(Incident.Status s) {
        return IncidentLabels.statusClass(s);
    }

    public Incident.Status[] getStatuses() {
        return Incident.Status.values();
    }

    public List<IncidentView> getList() {
        return list;
    }

    public Incident.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(Incident.Status statusFilter) {
        this.statusFilter = statusFilter;
    }
}
