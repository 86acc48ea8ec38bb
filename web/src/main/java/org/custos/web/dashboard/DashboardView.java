package org.custos.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.web.support.CurrentUser;
import org.custos.platform.persistence.DatabaseSetup;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.UserService;

/** The start page: who you are, what you may do, and how the installation stands. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    DatabaseSetup database;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.custos.context.boundary.ContextService context;

    @Inject
    org.custos.roles.boundary.RoleHealthService roleHealth;

    private List<org.custos.context.entity.Obligation> proofsDue = List.of();
    private long healthErrors;
    private long healthWarnings;
    private Authorization me;
    private Organisation organisation;
    private List<OrgUnit> sites = List.of();
    private Map<Long, List<OrgUnit>> departments = Map.of();

    @PostConstruct
    void load() {
        me = users.me();
        if (currentUser.permitted(OrganisationService.READ)) {
            organisation = organisations.organisation().orElse(null);
            List<OrgUnit> units = organisations.units();
            sites = units.stream().filter(u -> u.getParent() == null).toList();
            departments = units.stream().filter(u -> u.getParent() != null)
                    .collect(Collectors.groupingBy(u -> u.getParent().getId()));
            proofsDue = context.proofsDue(java.time.LocalDate.now(), 90).stream().limit(6).toList();
        }
        if (currentUser.permitted(OrganisationService.PEOPLE_READ)) {
            var findings = roleHealth.check();
            healthErrors = findings.stream().filter(f -> f.severity() == org.custos.roles.boundary.RoleHealthService.Severity.ERROR).count();
            healthWarnings = findings.size() - healthErrors;
        }
    }

    public List<org.custos.context.entity.Obligation> getProofsDue() {
        return proofsDue;
    }

    public boolean overdue(org.custos.context.entity.Obligation o) {
        return o.overdue(java.time.LocalDate.now());
    }

    public long getHealthErrors() {
        return healthErrors;
    }

    public long getHealthWarnings() {
        return healthWarnings;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<OrgUnit> getSites() {
        return sites;
    }

    public List<OrgUnit> departmentsOf(OrgUnit site) {
        return departments.getOrDefault(site.getId(), List.of());
    }

    public Authorization getMe() {
        return me;
    }

    public String getDatabase() {
        return database.databaseDescription();
    }
}
