package org.custos.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.context.entity.Obligation;
import org.custos.documents.entity.Document;
import org.custos.incidents.control.IncidentRegister;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.measures.entity.Evidence;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.notifications.entity.Notification.Kind;
import org.custos.objectives.control.KpiRegister;
import org.custos.objectives.control.KpiView;
import org.custos.objectives.entity.Kpi;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.risk.entity.Risk;

/**
 * What falls due, and for whom: the owner's user account, or the ISMS managers where nobody (or no one who
 * can log in) owns the item. Each item carries its dedup key, so the caller can skip what it told before.
 */
@Dependent
public class NotificationSources {

    static final int DOCUMENT_DAYS = 14;
    static final int ACTION_DAYS = 7;
    static final int EVIDENCE_DAYS = 30;
    static final int OBLIGATION_DAYS = 90;
    static final int KPI_DAYS = 3;
    static final int REVIEW_DAYS = 30;
    static final Duration INCIDENT_AHEAD = Duration.ofHours(24);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    IncidentRegister incidents;

    @Inject
    KpiRegister kpis;

    /** One thing due for one user. */
    public record Due(String username, Kind kind, String label, String link, Instant dueAt, String dedupKey) {
    }

    /** Everything the daily run looks at. */
    public List<Due> all(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, NotificationText.ZONE);
        List<String> managers = managers(today);
        List<Due> due = new ArrayList<>();
        documents(today, managers, due);
        actions(today, managers, due);
        evidence(today, managers, due);
        risks(today, managers, due);
        obligations(today, managers, due);
        measurements(today, managers, due);
        reviewDecisions(today, managers, due);
        managementReview(today, managers, due);
        due.addAll(incidents(now, managers));
        return due;
    }

    /** Reporting deadlines not yet met, due within 24 hours or passed: for the ISMS managers, hourly. */
    public List<Due> incidents(Instant now) {
        return incidents(now, managers(LocalDate.ofInstant(now, NotificationText.ZONE)));
    }

    private List<Due> incidents(Instant now, List<String> managers) {
        List<Due> due = new ArrayList<>();
        RegulatoryCategory category = incidents.category();
        Map<Long, List<IncidentReport>> reports = incidents.reportsByIncident();
        for (Incident i : em.createNamedQuery("Incident.all", Incident.class).getResultList()) {
            for (ReportingDuties.Duty d : IncidentRegister.duties(i, category, reports.getOrDefault(i.getId(), List.of()), now)) {
                boolean open = d.state() == ReportingDuties.State.OVERDUE
                        || d.state() == ReportingDuties.State.DUE && !d.dueAt().isAfter(now.plus(INCIDENT_AHEAD));
                if (open) {
                    String label = NotificationText.dutyLabel(d.kind().name(), i.getCode() + " " + i.getTitle());
                    String key = NotificationText.dedupKey(Kind.INCIDENT_REPORTING, i.getId() + ":" + d.kind(), d.dueAt());
                    for (String user : managers) {
                        due.add(new Due(user, Kind.INCIDENT_REPORTING, label, "/incidents/incident?id=" + i.getId(), d.dueAt(), key));
                    }
                }
            }
        }
        return due;
    }

    private void documents(LocalDate today, List<String> managers, List<Due> due) {
        for (Document d : em.createNamedQuery("Document.reviewDue", Document.class)
                .setParameter("day", today.plusDays(DOCUMENT_DAYS)).getResultList()) {
            LocalDate on = d.getNextReviewOn() == null ? today : d.getNextReviewOn();
            add(due, d.getOwner(), managers, Kind.DOCUMENT_REVIEW, d.getCode() + " " + d.getTitle(),
                    "/documents/document?id=" + d.getId(), on, d.getId());
        }
    }

    private void actions(LocalDate today, List<String> managers, List<Due> due) {
        for (CorrectiveAction a : em.createQuery("SELECT a FROM CorrectiveAction a WHERE a.status = :open AND a.dueOn <= :day "
                + "ORDER BY a.dueOn", CorrectiveAction.class).setParameter("open", CorrectiveAction.Status.OPEN)
                .setParameter("day", today.plusDays(ACTION_DAYS)).getResultList()) {
            add(due, a.getOwner(), managers, Kind.CORRECTIVE_ACTION, shorten(a.getDescription()),
                    "/nonconformities/nonconformity?id=" + a.getNonconformityId(), a.getDueOn(), a.getId());
        }
    }

    private void evidence(LocalDate today, List<String> managers, List<Due> due) {
        LocalDate by = today.plusDays(EVIDENCE_DAYS);
        // a measure whose newer evidence outlasts the window needs nothing
        Set<Long> renewed = new HashSet<>(em.createQuery("SELECT DISTINCT e.measure.id FROM Evidence e "
                + "WHERE e.validUntil IS NULL OR e.validUntil > :day", Long.class).setParameter("day", by).getResultList());
        for (Evidence e : em.createNamedQuery("Evidence.expiringBy", Evidence.class).setParameter("day", by).getResultList()) {
            // already expired evidence is the readiness rules' business, not news
            if (!e.getValidUntil().isBefore(today) && !renewed.contains(e.getMeasure().getId())) {
                add(due, e.getMeasure().getOwner(), managers, Kind.EVIDENCE_EXPIRY,
                        e.getMeasure().getCode() + " " + e.getTitle(), "/measures/measure?id=" + e.getMeasure().getId(),
                        e.getValidUntil(), e.getId());
            }
        }
    }

    private void risks(LocalDate today, List<String> managers, List<Due> due) {
        for (Risk r : em.createQuery("SELECT r FROM Risk r WHERE r.closedAt IS NULL "
                + "AND (r.flaggedAt IS NOT NULL OR r.nextReassessment <= :day) ORDER BY r.code", Risk.class)
                .setParameter("day", today).getResultList()) {
            String label = r.getCode() + " " + r.getTitle();
            String link = "/risk/risk?id=" + r.getId();
            if (r.getFlaggedAt() != null) {
                // a flag is news of its own, keyed by when it was raised
                LocalDate flagged = LocalDate.ofInstant(r.getFlaggedAt(), NotificationText.ZONE);
                for (String user : recipients(r.getOwner(), managers)) {
                    due.add(new Due(user, Kind.RISK_REASSESSMENT, label, link, r.getFlaggedAt(),
                            NotificationText.dedupKey(Kind.RISK_REASSESSMENT, r.getId(), "flag-" + flagged)));
                }
            } else {
                add(due, r.getOwner(), managers, Kind.RISK_REASSESSMENT, label, link, r.getNextReassessment(), r.getId());
            }
        }
    }

    private void obligations(LocalDate today, List<String> managers, List<Due> due) {
        for (Obligation o : em.createNamedQuery("Obligation.dueBy", Obligation.class)
                .setParameter("day", today.plusDays(OBLIGATION_DAYS)).getResultList()) {
            add(due, o.getOwner(), managers, Kind.OBLIGATION_PROOF, o.getTitle(), "/context/obligations", o.getNextProofDue(),
                    o.getId());
        }
    }

    /** Manual KPIs of active objectives whose measurement is due within days or missing (computed ones measure themselves). */
    private void measurements(LocalDate today, List<String> managers, List<Due> due) {
        List<Kpi> manual = kpis.activeKpis().stream().filter(k -> !k.getSource().computed()).toList();
        for (KpiView v : kpis.views(manual, kpis.latest(), today)) {
            if (v.nextDue() != null && !v.nextDue().isAfter(today.plusDays(KPI_DAYS))) {
                Kpi k = v.kpi();
                add(due, k.getResponsible(), managers, Kind.KPI_MEASUREMENT, k.getCode() + " " + k.getName(),
                        "/objectives/kpi?id=" + k.getId(), v.nextDue(), k.getId());
            }
        }
    }

    /** Open decisions and actions of management reviews due within a week or overdue, for their owners. */
    private void reviewDecisions(LocalDate today, List<String> managers, List<Due> due) {
        for (ReviewDecision d : em.createNamedQuery("ReviewDecision.open", ReviewDecision.class).getResultList()) {
            if (d.getDueOn() != null && !d.getDueOn().isAfter(today.plusDays(ACTION_DAYS))) {
                add(due, d.getOwner(), managers, Kind.REVIEW_DECISION, shorten(d.getDecision()),
                        "/reviews/review?id=" + d.getReviewId(), d.getDueOn(), d.getId());
            }
        }
    }

    /** Twelve months after the last approved management review the next one is due (9.3): the ISMS managers a month ahead. */
    private void managementReview(LocalDate today, List<String> managers, List<Due> due) {
        em.createQuery("SELECT r FROM ManagementReview r WHERE r.status = :approved ORDER BY r.heldOn DESC",
                ManagementReview.class).setParameter("approved", ManagementReview.Status.APPROVED).setMaxResults(1).getResultStream().findFirst().ifPresent(last -> {
                    LocalDate next = last.getHeldOn().plusMonths(12);
                    if (!next.isAfter(today.plusDays(REVIEW_DAYS))) {
                        add(due, null, managers, Kind.MANAGEMENT_REVIEW, last.getCode(), "/reviews/register", next,
                                last.getId());
                    }
                });
    }

    private static void add(List<Due> due, Person owner, List<String> managers, Kind kind, String label, String link,
            LocalDate on, Long id) {
        String key = NotificationText.dedupKey(kind, id, on);
        for (String user : recipients(owner, managers)) {
            due.add(new Due(user, kind, label, link, NotificationText.startOf(on), key));
        }
    }

    /** The owner's account if it can log in, else the ISMS managers. */
    static List<String> recipients(Person owner, List<String> managers) {
        UserAccount u = owner == null || !owner.isActive() ? null : owner.getUser();
        boolean canLogIn = u != null && u.isEnabled() && !u.isExpired(LocalDate.now(NotificationText.ZONE));
        return canLogIn ? List.of(u.getUsername()) : managers;
    }

    /** The enabled, unexpired accounts holding the ISMS manager role. */
    List<String> managers(LocalDate today) {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE r.code = :role AND u.enabled = TRUE",
                UserAccount.class).setParameter("role", Role.ISMS_MANAGER).getResultStream().filter(u -> !u.isExpired(today))
                .map(UserAccount::getUsername).sorted().toList();
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 119) + "…" : t;
    }
}
