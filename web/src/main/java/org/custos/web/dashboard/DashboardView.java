package org.custos.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.EnumMap;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Evidence;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.web.readiness.ReadinessLabels;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.web.support.Messages;
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

    @Inject
    DocumentService documents;

    @Inject
    MeasureService measures;

    @Inject
    ReadinessService readiness;

    @Inject
    org.custos.risk.boundary.RiskService risks;

    @Inject
    org.custos.nonconformities.boundary.NonconformityService nonconformities;

    @Inject
    org.custos.objectives.boundary.ObjectiveService objectives;

    @Inject
    org.custos.audits.boundary.AuditProgrammeService audits;

    @Inject
    org.custos.reviews.boundary.ManagementReviewService reviews;

    @Inject
    org.custos.web.i18n.LocaleView localeView;

    private List<org.custos.context.entity.Obligation> proofsDue = List.of();
    private List<Document> reviewsDue = List.of();
    private List<Evidence> evidenceExpiring = List.of();
    private String documentChart;
    private List<ReadinessService.StandardScore> readinessScores = List.of();
    private String readinessChart;
    private Map<String, Long> riskSummary = Map.of();
    private org.custos.nonconformities.boundary.NonconformityService.Summary improvement;
    private long kpisAttention;
    private long decisionsOpen;
    private org.custos.reviews.entity.ManagementReview lastReview;
    private org.custos.audits.entity.Audit lastInternalAudit;
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
        if (currentUser.permitted(DocumentService.READ)) {
            reviewsDue = documents.reviewsDue(LocalDate.now().plusDays(30)).stream().limit(6).toList();
            List<Document> all = documents.documents(DocumentService.Filter.ALL);
            documentChart = all.isEmpty() ? null : statusChart(all);
        }
        if (currentUser.permitted(MeasureService.READ)) {
            evidenceExpiring = measures.expiring(LocalDate.now(), 30).stream().limit(6).toList();
        }
        if (currentUser.permitted(ReadinessService.READ)) {
            readinessScores = readiness.scores();
            readinessChart = ReadinessLabels.scoreChart(readinessScores, Messages.text("readiness.score"));
        }
        if (currentUser.permitted(org.custos.risk.boundary.RiskService.READ)) {
            riskSummary = risks.summary();
        }
        if (currentUser.permitted(org.custos.nonconformities.boundary.NonconformityService.READ)) {
            // Check and Act at a glance: what stands in the way of certification and what is overdue
            improvement = nonconformities.summary(LocalDate.now());
            kpisAttention = objectives.missedOrMissing().size();
            decisionsOpen = reviews.openDecisions().size();
            lastReview = reviews.reviews().stream().filter(org.custos.reviews.entity.ManagementReview::isApproved).findFirst()
                    .orElse(null);
        }
        if (currentUser.permitted(org.custos.audits.boundary.AuditProgrammeService.READ)) {
            lastInternalAudit = audits.lastInternalSince(LocalDate.now().minusYears(3)).orElse(null);
        }
        if (currentUser.permitted(OrganisationService.PEOPLE_READ)) {
            var findings = roleHealth.check();
            healthErrors = findings.stream().filter(f -> f.severity() == org.custos.roles.boundary.RoleHealthService.Severity.ERROR).count();
            healthWarnings = findings.size() - healthErrors;
        }
    }

    /** A doughnut of the register by status (Chart.js configuration for p:chart). */
    static String statusChart(List<Document> all) {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        all.forEach(d -> counts.merge(d.getStatus(), 1L, Long::sum));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (DocumentStatus status : DocumentStatus.values()) {
            Long n = counts.get(status);
            if (n != null) {
                labels.add(Messages.text("document.status." + status.name()));
                data.add(n);
                colours.add(COLOURS.get(status));
            }
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static final Map<DocumentStatus, String> COLOURS = Map.of(DocumentStatus.DRAFT, "#9e9e9e",
            DocumentStatus.IN_REVIEW, "#f9a825", DocumentStatus.APPROVED, "#29b6f6", DocumentStatus.PUBLISHED, "#2e7d32",
            DocumentStatus.SUPERSEDED, "#bdbdbd", DocumentStatus.WITHDRAWN, "#c62828");

    public List<Evidence> getEvidenceExpiring() {
        return evidenceExpiring;
    }

    public boolean expired(Evidence e) {
        return e.expired(LocalDate.now());
    }

    public List<ReadinessService.StandardScore> getReadinessScores() {
        return readinessScores;
    }

    public String getReadinessChart() {
        return readinessChart;
    }

    public String readinessPercent(Double percent) {
        return ReadinessLabels.percent(percent, localeView.getLocale());
    }

    public List<Document> getReviewsDue() {
        return reviewsDue;
    }

    public String getDocumentChart() {
        return documentChart;
    }

    public boolean reviewLate(Document d) {
        return d.isReviewOverdue() || d.isReviewNeeded()
                || (d.getNextReviewOn() != null && d.getNextReviewOn().isBefore(LocalDate.now()));
    }

    public List<org.custos.context.entity.Obligation> getProofsDue() {
        return proofsDue;
    }

    public boolean overdue(org.custos.context.entity.Obligation o) {
        return o.overdue(java.time.LocalDate.now());
    }

    /** Open risks, pending acceptances and due reassessments (keys of RiskService.summary()). */
    public org.custos.nonconformities.boundary.NonconformityService.Summary getImprovement() {
        return improvement;
    }

    public long getKpisAttention() {
        return kpisAttention;
    }

    public long getDecisionsOpen() {
        return decisionsOpen;
    }

    public org.custos.reviews.entity.ManagementReview getLastReview() {
        return lastReview;
    }

    public org.custos.audits.entity.Audit getLastInternalAudit() {
        return lastInternalAudit;
    }

    public long risk(String key) {
        return riskSummary.getOrDefault(key, 0L);
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
