package org.custos.audits.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.custos.audits.control.AuditCoverage;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.AuditItem;
import org.custos.audits.entity.Finding;
import org.custos.measures.entity.Evidence;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.standards.entity.Requirement;

/**
 * Audits (ISO 27001 9.2) and certification audits. An internal audit has a scope (a standard's requirements,
 * org units), a lead and a team who never audit their own unit (from role assignment: a person's unit), and a
 * checklist with one item per requirement in scope; it is completed once every item has a result. External
 * audits (certification stages, surveillance, recertification, TISAX, BSIG proof) name the body; their
 * auditors record findings here, only for audits of standards in their scope.
 */
@Stateless
public class AuditProgrammeService {

    public static final String READ = "audit:read";
    public static final String EDIT = "audit:edit";
    public static final String FINDING = "audit:finding";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    AccessScope scope;

    @Inject
    AuditCoverage coverage;

    public record AuditInput(String code, String title, Audit.Kind kind, Integer year, Long standardId, String body,
            Long leadId, LocalDate plannedFrom, LocalDate plannedTo, Set<Long> teamIds, Set<Long> unitIds,
            Set<Long> requirementIds) implements Serializable {
    }

    public record FindingInput(String code, Finding.Kind kind, String statement, Set<Long> requirementIds,
            Set<Long> evidenceIds) implements Serializable {
    }

    /** A checklist line with its requirement's reference and titles. */
    public record Item(AuditItem item, String refId, String titleEn, String titleDe) implements Serializable {
    }

    public record AuditView(Audit audit, List<Item> items, List<Finding> findings) implements Serializable {

        public long open() {
            return items.stream().filter(i -> i.item().getResult() == AuditItem.Result.OPEN).count();
        }
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Audit> audits() {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("Audit.all", Audit.class).getResultStream().filter(a -> visible(a, visible)).toList();
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditView audit(long id) {
        Audit a = find(id);
        if (!visible(a, scope.current())) {
            throw new NotFoundException("Audit", id);
        }
        List<AuditItem> checklist = em.createNamedQuery("AuditItem.of", AuditItem.class).setParameter("audit", id).getResultList();
        // the checklist's requirements in one query, not one per item
        Map<Long, Requirement> requirements = new HashMap<>();
        if (!checklist.isEmpty()) {
            em.createQuery("SELECT r FROM Requirement r WHERE r.id IN :ids", Requirement.class)
                    .setParameter("ids", checklist.stream().map(AuditItem::getRequirementId).toList()).getResultStream()
                    .forEach(r -> requirements.put(r.getId(), r));
        }
        List<Item> items = new ArrayList<>();
        for (AuditItem i : checklist) {
            Requirement r = requirements.get(i.getRequirementId());
            items.add(new Item(i, r.getRefId(), r.getTitleEn(), r.getTitleDe()));
        }
        return new AuditView(a, items, findings(id));
    }

    /** Every finding of the audits the caller may see, newest first. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Finding> findings() {
        AccessScope.Scope visible = scope.current();
        Map<Long, Boolean> seen = new HashMap<>();
        return em.createNamedQuery("Finding.all", Finding.class).getResultStream()
                .filter(f -> seen.computeIfAbsent(f.getAuditId(), k -> visible(em.find(Audit.class, k), visible))).toList();
    }

    /**
     * The audit programme's coverage over a cycle ending with the year: for every ISO 27001 clause (Annex A by
     * theme) and every unit, the internal audits of each year that take it in; covered by a completed one.
     */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditCoverage.Coverage coverage(int lastYear, int cycleYears) {
        return coverage.of(lastYear, cycleYears);
    }

    /** The latest internal audit completed since the day, if any (the certification rule 9.2). */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Audit> lastInternalSince(LocalDate since) {
        return em.createNamedQuery("Audit.completedInternalSince", Audit.class).setParameter("since", since)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Plans an audit or changes a planned or running one; the checklist follows the requirements in scope. */
    @RequiresPermission(EDIT)
    public Audit save(Long id, long seenVersion, AuditInput in) {
        if (in == null) {
            throw new ValidationException("audits.title.invalid", 300);
        }
        String code = Checks.code(in.code(), "audits.code.invalid");
        em.createNamedQuery("Audit.byCode", Audit.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("audits.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "audits.title.invalid");
        if (in.kind() == null) {
            throw new ValidationException("audits.kind.required");
        }
        int year = in.year() == null ? (in.plannedFrom() == null ? LocalDate.now().getYear() : in.plannedFrom().getYear())
                : in.year();
        if (year < 2000 || year > 2100) {
            throw new ValidationException("audits.year.invalid");
        }
        if (in.plannedFrom() != null && in.plannedTo() != null && in.plannedTo().isBefore(in.plannedFrom())) {
            throw new ValidationException("audits.dates.invalid");
        }
        String body = Checks.optional(in.body(), 200, "audits.body.invalid");
        if (in.kind().external() && body == null) {
            throw new ValidationException("audits.body.required");
        }
        Person lead = in.leadId() == null ? null : Optional.ofNullable(em.find(Person.class, in.leadId()))
                .orElseThrow(() -> new NotFoundException("Person", in.leadId()));
        Set<Long> team = ids(in.teamIds());
        List<Person> auditors = new ArrayList<>();
        if (lead != null) {
            auditors.add(lead);
        }
        for (Long p : team) {
            auditors.add(Optional.ofNullable(em.find(Person.class, p)).orElseThrow(() -> new NotFoundException("Person", p)));
        }
        Set<Long> units = ids(in.unitIds());
        for (Long u : units) {
            if (em.find(OrgUnit.class, u) == null) {
                throw new NotFoundException("OrgUnit", u);
            }
        }
        if (!in.kind().external()) {
            List<String> ownUnit = ownUnitAuditors(auditors, units);
            if (!ownUnit.isEmpty()) {
                throw new ValidationException("audits.independence", String.join(", ", ownUnit));
            }
        }
        Set<Long> requirements = ids(in.requirementIds());
        for (Long r : requirements) {
            Requirement req = em.find(Requirement.class, r);
            if (req == null) {
                throw new NotFoundException("Requirement", r);
            }
            if (in.standardId() == null || !req.getStandard().getId().equals(in.standardId())) {
                throw new ValidationException("audits.requirement.otherStandard", req.getRefId());
            }
        }
        Instant now = Instant.now();
        Audit a;
        Map<String, Object> before = null;
        if (id == null) {
            a = new Audit(actor.name(), now);
        } else {
            a = find(id);
            Edits.expectVersion(seenVersion, a.getVersion(), "Audit");
            if (a.getStatus() == Audit.Status.COMPLETED) {
                throw new ValidationException("audits.completed", a.getCode());
            }
            before = a.auditState();
        }
        a.describe(code, title, in.kind(), year, in.standardId(), body, lead, in.plannedFrom(), in.plannedTo(), team, units);
        a.changed(actor.name(), now);
        if (id == null) {
            em.persist(a);
            em.flush();
            audit.created("Audit", a.getId(), a);
        } else {
            Edits.flush(em, "Audit");
            audit.updated("Audit", a.getId(), before, a);
        }
        syncChecklist(a, requirements);
        return a;
    }

    /** Starts a planned audit. */
    @RequiresPermission(EDIT)
    public Audit start(long id, long seenVersion) {
        Audit a = find(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Audit");
        if (a.getStatus() != Audit.Status.PLANNED) {
            throw new ValidationException("audits.notPlanned", a.getCode());
        }
        Map<String, Object> before = a.auditState();
        a.start();
        a.changed(actor.name(), Instant.now());
        Edits.flush(em, "Audit");
        audit.updated("Audit", a.getId(), before, a);
        return a;
    }

    /** Records what the audit found for one checklist item, while the audit runs. */
    @RequiresPermission(EDIT)
    public AuditItem record(long itemId, long seenVersion, AuditItem.Result result, String note) {
        AuditItem i = em.find(AuditItem.class, itemId);
        if (i == null) {
            throw new NotFoundException("AuditItem", itemId);
        }
        Audit a = find(i.getAuditId());
        if (a.getStatus() != Audit.Status.IN_PROGRESS) {
            throw new ValidationException("audits.notRunning", a.getCode());
        }
        Edits.expectVersion(seenVersion, i.getVersion(), "AuditItem");
        if (result == null) {
            throw new ValidationException("audits.item.result");
        }
        String text = Checks.optional(note, 2000, "audits.item.note");
        if (result == AuditItem.Result.NONCONFORM && text == null) {
            throw new ValidationException("audits.item.noteRequired");
        }
        Map<String, Object> before = i.auditState();
        i.record(result, text, actor.name(), Instant.now());
        Edits.flush(em, "AuditItem");
        audit.updated("AuditItem", i.getId(), before, i);
        return i;
    }

    /** Completes a running audit: every checklist item has a result; the date cannot lie in the future. */
    @RequiresPermission(EDIT)
    public Audit complete(long id, long seenVersion, LocalDate performedOn, String conclusion) {
        Audit a = find(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Audit");
        if (a.getStatus() != Audit.Status.IN_PROGRESS) {
            throw new ValidationException("audits.notRunning", a.getCode());
        }
        long open = em.createNamedQuery("AuditItem.of", AuditItem.class).setParameter("audit", id).getResultStream()
                .filter(i -> i.getResult() == AuditItem.Result.OPEN).count();
        if (open > 0) {
            throw new ValidationException("audits.complete.openItems", a.getCode(), open);
        }
        if (performedOn == null || performedOn.isAfter(LocalDate.now())) {
            throw new ValidationException("audits.performed.invalid");
        }
        String text = Checks.required(conclusion, 4000, "audits.conclusion.required");
        Map<String, Object> before = a.auditState();
        a.complete(performedOn, text);
        a.changed(actor.name(), Instant.now());
        Edits.flush(em, "Audit");
        audit.updated("Audit", a.getId(), before, a);
        return a;
    }

    /**
     * Records a finding. External auditors record them for external audits of standards in their scope
     * only; a completed audit takes no more findings.
     */
    @RequiresPermission(FINDING)
    public Finding addFinding(long auditId, FindingInput in) {
        Audit a = find(auditId);
        AccessScope.Scope visible = scope.current();
        if (visible.restricted() && (!a.getKind().external() || !visible(a, visible))) {
            throw new NotPermittedException("scope");
        }
        if (a.getStatus() == Audit.Status.COMPLETED) {
            throw new ValidationException("audits.completed", a.getCode());
        }
        if (in == null || in.kind() == null) {
            throw new ValidationException("finding.kind.required");
        }
        String code = Checks.code(in.code(), "finding.code.invalid");
        if (findings(auditId).stream().anyMatch(f -> f.getCode().equalsIgnoreCase(code))) {
            throw new ValidationException("finding.code.taken", code);
        }
        String statement = Checks.required(in.statement(), 4000, "finding.statement.required");
        Set<Long> requirements = ids(in.requirementIds());
        if (in.kind().nonconformity() && requirements.isEmpty()) {
            throw new ValidationException("finding.requirement.required");
        }
        for (Long r : requirements) {
            Requirement req = em.find(Requirement.class, r);
            if (req == null || !visible.standard(req.getStandard().getId())) {
                throw new NotFoundException("Requirement", r);
            }
        }
        Set<Long> evidence = ids(in.evidenceIds());
        for (Long e : evidence) {
            if (em.find(Evidence.class, e) == null) {
                throw new NotFoundException("Evidence", e);
            }
        }
        Finding f = new Finding(auditId, code, in.kind(), statement, requirements, evidence, actor.name(), Instant.now());
        em.persist(f);
        em.flush();
        audit.created("Finding", f.getId(), f);
        return f;
    }

    // ---------------------------------------------------------------- internals

    /** The auditors who belong to an audited unit or one below it: nobody audits their own unit. */
    static List<String> ownUnitAuditors(Collection<Person> auditors, Set<Long> auditedUnits) {
        List<String> names = new ArrayList<>();
        for (Person p : auditors) {
            for (OrgUnit u = p.getUnit(); u != null; u = u.getParent()) {
                if (auditedUnits.contains(u.getId())) {
                    names.add(p.getName());
                    break;
                }
            }
        }
        return names.stream().distinct().toList();
    }

    /** New requirements get an open item; items of requirements no longer in scope go unless already recorded. */
    private void syncChecklist(Audit a, Set<Long> requirements) {
        List<AuditItem> items = em.createNamedQuery("AuditItem.of", AuditItem.class).setParameter("audit", a.getId())
                .getResultList();
        Set<Long> present = new TreeSet<>();
        for (AuditItem i : items) {
            present.add(i.getRequirementId());
            if (!requirements.contains(i.getRequirementId()) && i.getResult() == AuditItem.Result.OPEN) {
                audit.deleted("AuditItem", i.getId(), i.auditState());
                em.remove(i);
            }
        }
        for (Long r : requirements) {
            if (!present.contains(r)) {
                AuditItem i = new AuditItem(a.getId(), r);
                em.persist(i);
                em.flush();
                audit.created("AuditItem", i.getId(), i);
            }
        }
    }

    private List<Finding> findings(long auditId) {
        return em.createNamedQuery("Finding.of", Finding.class).setParameter("audit", auditId).getResultList();
    }

    /** External auditors see the audits of standards in their scope; audits without a standard are internal business. */
    private static boolean visible(Audit a, AccessScope.Scope visible) {
        return !visible.restricted() || a.getStandardId() != null && visible.standard(a.getStandardId());
    }

    private Audit find(long id) {
        Audit a = em.find(Audit.class, id);
        if (a == null) {
            throw new NotFoundException("Audit", id);
        }
        return a;
    }

    private static Set<Long> ids(Collection<Long> in) {
        Set<Long> out = new TreeSet<>();
        if (in != null) {
            in.stream().filter(x -> x != null).forEach(out::add);
        }
        return out;
    }
}
