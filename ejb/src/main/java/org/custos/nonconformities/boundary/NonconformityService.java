package org.custos.nonconformities.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.custos.audits.entity.Finding;
import org.custos.documents.entity.Document;
import org.custos.incidents.entity.Incident;
import org.custos.measures.entity.Measure;
import org.custos.objectives.control.KpiEvaluation;
import org.custos.objectives.control.KpiRegister;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.standards.entity.Requirement;

/**
 * Nonconformities and corrective actions (ISO 27001 10.2). A nonconformity comes from an audit finding, an
 * incident, a missed KPI or is entered directly; it gets its correction and root cause, corrective actions
 * with owner and due date that name the documents and measures they changed (when implementation differs
 * from what is regulated, the regulation changes too), and is closed only when every action is done and
 * checked for effectiveness by someone other than its owner, and at least one proved effective.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class NonconformityService {

    public static final String READ = "improvement:read";
    public static final String EDIT = "improvement:edit";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    KpiRegister kpis;

    public record NonconformityInput(String code, String title, String description, Nonconformity.Grade grade,
            Long ownerId, LocalDate detectedOn, String correction, String rootCause, Set<Long> requirementIds)
            implements Serializable {
    }

    public record ActionInput(String description, Long ownerId, LocalDate dueOn, Set<Long> documentIds, Set<Long> measureIds)
            implements Serializable {
    }

    /** A nonconformity with its actions and what still stands in the way of closing it (message keys). */
    public record NonconformityView(Nonconformity nonconformity, List<CorrectiveAction> actions, List<String> openPoints)
            implements Serializable {

        public boolean closable() {
            return !nonconformity.isClosed() && openPoints.isEmpty();
        }

        public long overdueActions(LocalDate today) {
            return actions.stream().filter(a -> a.overdue(today)).count();
        }
    }

    /** Counts for the dashboard and the readiness rule. */
    public record Summary(int open, int openMajor, int actionsOverdue, List<String> openMajorCodes) implements Serializable {
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<NonconformityView> nonconformities() {
        Map<Long, List<CorrectiveAction>> actions = new HashMap<>();
        for (CorrectiveAction a : em.createNamedQuery("CorrectiveAction.all", CorrectiveAction.class).getResultList()) {
            actions.computeIfAbsent(a.getNonconformityId(), k -> new java.util.ArrayList<>()).add(a);
        }
        return em.createNamedQuery("Nonconformity.all", Nonconformity.class).getResultStream()
                .map(n -> view(n, actions.getOrDefault(n.getId(), List.of()))).toList();
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NonconformityView nonconformity(long id) {
        Nonconformity n = find(id);
        return view(n, actionsOf(id));
    }

    /** The nonconformities opened from an incident. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Nonconformity> ofIncident(long incidentId) {
        return em.createNamedQuery("Nonconformity.ofIncident", Nonconformity.class).setParameter("incident", incidentId)
                .getResultList();
    }

    /** Every corrective action, soonest due first (the action list across nonconformities). */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CorrectiveAction> actions() {
        return em.createNamedQuery("CorrectiveAction.all", CorrectiveAction.class).getResultList();
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Summary summary(LocalDate today) {
        List<NonconformityView> all = nonconformities();
        List<String> major = all.stream().map(NonconformityView::nonconformity)
                .filter(n -> !n.isClosed() && n.getGrade() == Nonconformity.Grade.MAJOR).map(Nonconformity::getCode).toList();
        int open = (int) all.stream().filter(v -> !v.nonconformity().isClosed()).count();
        int overdue = (int) all.stream().mapToLong(v -> v.overdueActions(today)).sum();
        return new Summary(open, major.size(), overdue, major);
    }

    /** Records or changes a nonconformity entered directly (or edits one from any source). */
    @RequiresPermission(EDIT)
    public Nonconformity save(Long id, long seenVersion, NonconformityInput in) {
        return save(id, seenVersion, in, Nonconformity.Source.DIRECT, null);
    }

    /**
     * Opens a nonconformity from an incident (every incident is a reason to improve): the incident's code and
     * title are the starting point, the link is kept both ways.
     */
    @RequiresPermission(EDIT)
    public Nonconformity openFromIncident(long incidentId, NonconformityInput in) {
        Incident incident = em.find(Incident.class, incidentId);
        if (incident == null) {
            throw new NotFoundException("Incident", incidentId);
        }
        return save(null, 0, in, Nonconformity.Source.INCIDENT, incidentId);
    }

    /**
     * Raises a nonconformity from an audit finding that is one (major or minor); its grade is the finding's.
     * A finding raises one nonconformity at most.
     */
    @RequiresPermission(EDIT)
    public Nonconformity raiseFromFinding(long findingId, NonconformityInput in) {
        Finding finding = em.find(Finding.class, findingId);
        if (finding == null) {
            throw new NotFoundException("Finding", findingId);
        }
        if (!finding.getKind().nonconformity()) {
            throw new ValidationException("finding.notNonconformity", finding.getCode());
        }
        if (!em.createNamedQuery("Nonconformity.ofFinding", Nonconformity.class).setParameter("finding", findingId)
                .getResultList().isEmpty()) {
            throw new ValidationException("finding.alreadyRaised", finding.getCode());
        }
        Nonconformity.Grade grade = finding.getKind() == Finding.Kind.MAJOR ? Nonconformity.Grade.MAJOR
                : Nonconformity.Grade.MINOR;
        NonconformityInput graded = new NonconformityInput(in.code(), in.title(), in.description(), grade, in.ownerId(),
                in.detectedOn(), in.correction(), in.rootCause(), finding.getRequirementIds());
        Nonconformity n = save(null, 0, graded, Nonconformity.Source.FINDING, null);
        Map<String, Object> before = n.auditState();
        n.raisedFrom(findingId);
        em.flush();
        audit.updated("Nonconformity", n.getId(), before, n);
        return n;
    }

    /**
     * Opens a nonconformity from a KPI whose latest measurement missed its target (past the failure threshold):
     * a missed target is a reason to analyse and correct.
     */
    @RequiresPermission(EDIT)
    public Nonconformity openFromKpi(long kpiId, NonconformityInput in) {
        Kpi kpi = em.find(Kpi.class, kpiId);
        if (kpi == null) {
            throw new NotFoundException("Kpi", kpiId);
        }
        KpiMeasurement latest = kpis.latestOf(kpiId);
        if (latest == null || KpiEvaluation.state(latest.getValue(), kpi.getDirection(), kpi.getWarning(), kpi.getFailure())
                != KpiEvaluation.State.MISSED) {
            throw new ValidationException("nonconformity.kpi.notMissed", kpi.getCode());
        }
        Nonconformity n = save(null, 0, in, Nonconformity.Source.KPI, null);
        Map<String, Object> before = n.auditState();
        n.openedFromKpi(kpiId);
        em.flush();
        audit.updated("Nonconformity", n.getId(), before, n);
        return n;
    }

    /** The nonconformities raised from these findings, by finding (one query for an audit's findings). */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Nonconformity> ofFindings(Collection<Long> findingIds) {
        if (findingIds == null || findingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Nonconformity> raised = new HashMap<>();
        em.createNamedQuery("Nonconformity.ofFindings", Nonconformity.class).setParameter("findings", List.copyOf(findingIds))
                .getResultStream().forEach(n -> raised.put(n.getFindingId(), n));
        return raised;
    }

    /** The nonconformity raised from a finding, if any. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Nonconformity> ofFinding(long findingId) {
        return em.createNamedQuery("Nonconformity.ofFinding", Nonconformity.class).setParameter("finding", findingId)
                .getResultStream().findFirst();
    }

    private Nonconformity save(Long id, long seenVersion, NonconformityInput in, Nonconformity.Source source, Long incidentId) {
        if (in == null) {
            throw new ValidationException("nonconformity.title.invalid", 300);
        }
        String code = Checks.code(in.code(), "nonconformity.code.invalid");
        em.createNamedQuery("Nonconformity.byCode", Nonconformity.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("nonconformity.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "nonconformity.title.invalid");
        String description = Checks.optional(in.description(), 20_000, "nonconformity.text.invalid");
        String correction = Checks.optional(in.correction(), 4000, "nonconformity.correction.invalid");
        String rootCause = Checks.optional(in.rootCause(), 4000, "nonconformity.rootCause.invalid");
        if (in.grade() == null) {
            throw new ValidationException("nonconformity.grade.required");
        }
        LocalDate today = LocalDate.now();
        if (in.detectedOn() == null || in.detectedOn().isAfter(today)) {
            throw new ValidationException("nonconformity.detected.invalid");
        }
        Person owner = person(in.ownerId());
        Set<Long> requirements = ids(in.requirementIds());
        for (Long r : requirements) {
            if (em.find(Requirement.class, r) == null) {
                throw new NotFoundException("Requirement", r);
            }
        }
        Instant now = Instant.now();
        Nonconformity n;
        Map<String, Object> before = null;
        if (id == null) {
            n = new Nonconformity(source, incidentId, actor.name(), now);
        } else {
            n = find(id);
            Edits.expectVersion(seenVersion, n.getVersion(), "Nonconformity");
            if (n.isClosed()) {
                throw new ValidationException("nonconformity.closed", n.getCode());
            }
            before = n.auditState();
        }
        n.describe(code, title, description, in.grade(), owner, in.detectedOn(), correction, rootCause, requirements);
        n.changed(actor.name(), now);
        if (id == null) {
            em.persist(n);
            em.flush();
            audit.created("Nonconformity", n.getId(), n);
        } else {
            Edits.flush(em, "Nonconformity");
            audit.updated("Nonconformity", n.getId(), before, n);
        }
        return n;
    }

    /** Plans a corrective action, or changes one that is still open. */
    @RequiresPermission(EDIT)
    public CorrectiveAction saveAction(long nonconformityId, Long actionId, long seenVersion, ActionInput in) {
        Nonconformity n = find(nonconformityId);
        if (n.isClosed()) {
            throw new ValidationException("nonconformity.closed", n.getCode());
        }
        if (in == null) {
            throw new ValidationException("action.description.invalid", 2000);
        }
        String description = Checks.required(in.description(), 2000, "action.description.invalid");
        if (in.ownerId() == null) {
            throw new ValidationException("action.owner.required");
        }
        Person owner = person(in.ownerId());
        if (in.dueOn() == null) {
            throw new ValidationException("action.due.required");
        }
        Set<Long> documents = ids(in.documentIds());
        for (Long d : documents) {
            if (em.find(Document.class, d) == null) {
                throw new NotFoundException("Document", d);
            }
        }
        Set<Long> measures = ids(in.measureIds());
        for (Long m : measures) {
            if (em.find(Measure.class, m) == null) {
                throw new NotFoundException("Measure", m);
            }
        }
        Instant now = Instant.now();
        CorrectiveAction a;
        Map<String, Object> before = null;
        if (actionId == null) {
            if (in.dueOn().isBefore(LocalDate.now())) {
                throw new ValidationException("action.due.past");
            }
            a = new CorrectiveAction(nonconformityId, actor.name(), now);
        } else {
            a = findAction(nonconformityId, actionId);
            Edits.expectVersion(seenVersion, a.getVersion(), "CorrectiveAction");
            if (a.getStatus() != CorrectiveAction.Status.OPEN) {
                throw new ValidationException("action.notOpen");
            }
            before = a.auditState();
        }
        a.describe(description, owner, in.dueOn(), documents, measures);
        if (actionId == null) {
            em.persist(a);
            em.flush();
            audit.created("CorrectiveAction", a.getId(), a);
        } else {
            Edits.flush(em, "CorrectiveAction");
            audit.updated("CorrectiveAction", a.getId(), before, a);
        }
        return a;
    }

    /** Marks an action done, with what was done. */
    @RequiresPermission(EDIT)
    public CorrectiveAction done(long nonconformityId, long actionId, long seenVersion, String note) {
        Nonconformity n = find(nonconformityId);
        if (n.isClosed()) {
            throw new ValidationException("nonconformity.closed", n.getCode());
        }
        CorrectiveAction a = findAction(nonconformityId, actionId);
        Edits.expectVersion(seenVersion, a.getVersion(), "CorrectiveAction");
        if (a.getStatus() != CorrectiveAction.Status.OPEN) {
            throw new ValidationException("action.notOpen");
        }
        String text = Checks.required(note, 2000, "action.doneNote.required");
        Map<String, Object> before = a.auditState();
        a.done(actor.name(), Instant.now(), text);
        Edits.flush(em, "CorrectiveAction");
        audit.updated("CorrectiveAction", a.getId(), before, a);
        return a;
    }

    /**
     * The effectiveness check of a done action: its result, date and note, by someone who is neither the
     * action's owner nor the one who marked it done (nobody checks their own work).
     */
    @RequiresPermission(EDIT)
    public CorrectiveAction checkEffectiveness(long nonconformityId, long actionId, long seenVersion, boolean effective,
            LocalDate checkedOn, String note) {
        Nonconformity n = find(nonconformityId);
        if (n.isClosed()) {
            throw new ValidationException("nonconformity.closed", n.getCode());
        }
        CorrectiveAction a = findAction(nonconformityId, actionId);
        Edits.expectVersion(seenVersion, a.getVersion(), "CorrectiveAction");
        if (a.getStatus() != CorrectiveAction.Status.DONE) {
            throw new ValidationException("action.check.notDone");
        }
        String me = actor.name();
        if (me.equals(a.ownerUsername()) || me.equals(a.getDoneBy())) {
            throw new ValidationException("action.check.ownAction", a.getOwner().getName());
        }
        LocalDate today = LocalDate.now();
        if (checkedOn == null || checkedOn.isAfter(today) || checkedOn.isBefore(a.getDoneAt().atZone(
                java.time.ZoneId.systemDefault()).toLocalDate())) {
            throw new ValidationException("action.check.date");
        }
        String text = Checks.required(note, 2000, "action.check.note");
        Map<String, Object> before = a.auditState();
        a.checked(effective, me, checkedOn, text);
        Edits.flush(em, "CorrectiveAction");
        audit.updated("CorrectiveAction", a.getId(), before, a);
        return a;
    }

    /** Closes a nonconformity whose root cause is known and whose actions are all done and checked. */
    @RequiresPermission(EDIT)
    public Nonconformity close(long id, long seenVersion) {
        Nonconformity n = find(id);
        Edits.expectVersion(seenVersion, n.getVersion(), "Nonconformity");
        if (n.isClosed()) {
            throw new ValidationException("nonconformity.closed", n.getCode());
        }
        List<String> open = openPoints(n, actionsOf(id));
        if (!open.isEmpty()) {
            throw new ValidationException(open.get(0), n.getCode());
        }
        Map<String, Object> before = n.auditState();
        Instant now = Instant.now();
        n.close(actor.name(), now);
        n.changed(actor.name(), now);
        Edits.flush(em, "Nonconformity");
        audit.updated("Nonconformity", n.getId(), before, n);
        return n;
    }

    // ---------------------------------------------------------------- internals

    /** What keeps a nonconformity open, as message keys, in the order one would work through them. */
    static List<String> openPoints(Nonconformity n, Collection<CorrectiveAction> actions) {
        List<String> open = new java.util.ArrayList<>();
        if (n.getRootCause() == null) {
            open.add("nonconformity.close.rootCause");
        }
        if (actions.isEmpty()) {
            open.add("nonconformity.close.noAction");
        }
        if (actions.stream().anyMatch(a -> a.getStatus() == CorrectiveAction.Status.OPEN)) {
            open.add("nonconformity.close.actionOpen");
        }
        if (actions.stream().anyMatch(a -> a.getStatus() == CorrectiveAction.Status.DONE)) {
            open.add("nonconformity.close.unchecked");
        }
        if (!actions.isEmpty() && actions.stream().noneMatch(a -> a.getStatus() == CorrectiveAction.Status.EFFECTIVE)) {
            open.add("nonconformity.close.noneEffective");
        }
        return open;
    }

    private NonconformityView view(Nonconformity n, List<CorrectiveAction> actions) {
        return new NonconformityView(n, List.copyOf(actions), n.isClosed() ? List.of() : openPoints(n, actions));
    }

    private List<CorrectiveAction> actionsOf(long id) {
        return em.createNamedQuery("CorrectiveAction.of", CorrectiveAction.class).setParameter("nc", id).getResultList();
    }

    private Nonconformity find(long id) {
        Nonconformity n = em.find(Nonconformity.class, id);
        if (n == null) {
            throw new NotFoundException("Nonconformity", id);
        }
        return n;
    }

    private CorrectiveAction findAction(long nonconformityId, long actionId) {
        CorrectiveAction a = em.find(CorrectiveAction.class, actionId);
        if (a == null || !a.getNonconformityId().equals(nonconformityId)) {
            throw new NotFoundException("CorrectiveAction", actionId);
        }
        return a;
    }

    private Person person(Long id) {
        return id == null ? null : Optional.ofNullable(em.find(Person.class, id))
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    private static Set<Long> ids(Collection<Long> in) {
        Set<Long> out = new TreeSet<>();
        if (in != null) {
            in.stream().filter(x -> x != null).forEach(out::add);
        }
        return out;
    }
}
