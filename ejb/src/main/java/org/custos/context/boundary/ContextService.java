package org.custos.context.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.context.entity.InterestedParty;
import org.custos.context.entity.Obligation;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.RequiresPermission;

/**
 * The context of the organisation (ISO 27001 4.1-4.3): interested parties with their requirements,
 * and the obligations register with proof cycles, so that overdue and upcoming proofs are seen in time.
 */
@Stateless
public class ContextService {

    public static final String READ = "organisation:read";
    public static final String EDIT = "organisation:edit";
    static final int MAX_TEXT = 20_000;
    static final int MAX_CYCLE_MONTHS = 120;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AccessScope scope;

    /** What an obligation says. */
    public record ObligationInput(String title, String description, Obligation.SourceType sourceType,
            Obligation.Binding binding, Long partyId, Long ownerId, Set<Long> standardIds, String proofDescription,
            Integer proofCycleMonths, LocalDate lastProof, LocalDate nextDue) {
    }

    @RequiresPermission(READ)
    public List<InterestedParty> parties() {
        return em.createNamedQuery("InterestedParty.findAll", InterestedParty.class).getResultList();
    }

    @RequiresPermission(EDIT)
    public InterestedParty saveParty(Long id, long seenVersion, String name, InterestedParty.Category category,
            String requirements, String contact) {
        String n = Checks.required(name, 200, "party.name.invalid");
        if (category == null) {
            throw new ValidationException("party.category.required");
        }
        String r = Checks.optional(requirements, MAX_TEXT, "party.text.invalid");
        String c = Checks.optional(contact, 300, "party.text.invalid");
        if (id == null) {
            InterestedParty p = new InterestedParty(n, category);
            p.describe(n, category, r, c);
            em.persist(p);
            em.flush();
            audit.created("InterestedParty", p.getId(), p);
            return p;
        }
        InterestedParty p = party(id);
        Edits.expectVersion(seenVersion, p.getVersion(), "InterestedParty");
        Map<String, Object> before = p.auditState();
        p.describe(n, category, r, c);
        Edits.flush(em, "InterestedParty");
        audit.updated("InterestedParty", p.getId(), before, p);
        return p;
    }

    @RequiresPermission(EDIT)
    public void deleteParty(long id, long seenVersion) {
        InterestedParty p = party(id);
        Edits.expectVersion(seenVersion, p.getVersion(), "InterestedParty");
        long used = em.createQuery("SELECT COUNT(o) FROM Obligation o WHERE o.party.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (used > 0) {
            throw new ValidationException("party.inUse", used);
        }
        long feedback = em.createQuery("SELECT COUNT(f) FROM Feedback f WHERE f.party.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (feedback > 0) {
            throw new ValidationException("party.hasFeedback", feedback);
        }
        Map<String, Object> before = p.auditState();
        em.remove(p);
        Edits.flush(em, "InterestedParty");
        audit.deleted("InterestedParty", id, before);
    }

    /** External auditors see obligations about standards in their scope, and those naming none. */
    static boolean visible(AccessScope.Scope scope, Obligation o) {
        return o.getStandardIds().isEmpty() || o.getStandardIds().stream().anyMatch(scope::standard);
    }

    /** The register, as far as the current user's scope reaches. */
    @RequiresPermission(READ)
    public List<Obligation> obligations() {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("Obligation.findAll", Obligation.class).getResultStream()
                .filter(o -> visible(visible, o)).toList();
    }

    /** Proofs overdue or due within the given number of days, soonest first. */
    @RequiresPermission(READ)
    public List<Obligation> proofsDue(LocalDate today, int withinDays) {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("Obligation.dueBy", Obligation.class).setParameter("day", today.plusDays(withinDays))
                .getResultStream().filter(o -> visible(visible, o)).toList();
    }

    @RequiresPermission(EDIT)
    public Obligation saveObligation(Long id, long seenVersion, ObligationInput in) {
        String title = Checks.required(in.title(), 300, "obligation.title.invalid");
        if (in.sourceType() == null || in.binding() == null) {
            throw new ValidationException("obligation.kind.required");
        }
        Integer cycle = in.proofCycleMonths();
        if (cycle != null && (cycle < 1 || cycle > MAX_CYCLE_MONTHS)) {
            throw new ValidationException("obligation.cycle.invalid", MAX_CYCLE_MONTHS);
        }
        if (in.lastProof() != null && in.lastProof().isAfter(LocalDate.now())) {
            throw new ValidationException("obligation.lastProof.future");
        }
        if (in.nextDue() != null && in.lastProof() != null && !in.nextDue().isAfter(in.lastProof())) {
            throw new ValidationException("obligation.nextDue.beforeLast");
        }
        InterestedParty party = in.partyId() == null ? null : party(in.partyId());
        Person owner = null;
        if (in.ownerId() != null) {
            owner = em.find(Person.class, in.ownerId());
            if (owner == null) {
                throw new NotFoundException("Person", in.ownerId());
            }
        }
        Set<Long> standards = in.standardIds() == null ? Set.of() : in.standardIds();
        for (Long s : standards) {
            if (em.find(org.custos.standards.entity.Standard.class, s) == null) {
                throw new NotFoundException("Standard", s);
            }
        }
        Obligation o;
        Map<String, Object> before = null;
        if (id == null) {
            o = new Obligation(title, in.sourceType(), in.binding());
        } else {
            o = obligation(id);
            Edits.expectVersion(seenVersion, o.getVersion(), "Obligation");
            before = o.auditState();
        }
        o.describe(title, Checks.optional(in.description(), MAX_TEXT, "obligation.text.invalid"), in.sourceType(),
                in.binding(), party, owner, standards);
        o.proofCycle(Checks.optional(in.proofDescription(), 500, "obligation.text.invalid"), cycle, in.lastProof(),
                in.nextDue());
        if (id == null) {
            em.persist(o);
            em.flush();
            audit.created("Obligation", o.getId(), o);
        } else {
            Edits.flush(em, "Obligation");
            audit.updated("Obligation", o.getId(), before, o);
        }
        return o;
    }

    /** Records that the proof was delivered; the next is due one cycle later. */
    @RequiresPermission(EDIT)
    public Obligation recordProof(long id, long seenVersion, LocalDate on) {
        Obligation o = obligation(id);
        Edits.expectVersion(seenVersion, o.getVersion(), "Obligation");
        if (on == null || on.isAfter(LocalDate.now())) {
            throw new ValidationException("obligation.lastProof.future");
        }
        if (o.getProofCycleMonths() == null) {
            throw new ValidationException("obligation.noCycle");
        }
        Map<String, Object> before = o.auditState();
        o.proven(on);
        Edits.flush(em, "Obligation");
        audit.updated("Obligation", o.getId(), before, o);
        return o;
    }

    @RequiresPermission(EDIT)
    public void deleteObligation(long id, long seenVersion) {
        Obligation o = obligation(id);
        Edits.expectVersion(seenVersion, o.getVersion(), "Obligation");
        Map<String, Object> before = o.auditState();
        em.remove(o);
        Edits.flush(em, "Obligation");
        audit.deleted("Obligation", id, before);
    }

    @RequiresPermission(READ)
    public Obligation obligation(long id) {
        Obligation o = em.find(Obligation.class, id);
        if (o == null) {
            throw new NotFoundException("Obligation", id);
        }
        if (!visible(scope.current(), o)) {
            throw new org.custos.platform.error.NotPermittedException("scope");
        }
        return o;
    }

    private InterestedParty party(long id) {
        InterestedParty p = em.find(InterestedParty.class, id);
        if (p == null) {
            throw new NotFoundException("InterestedParty", id);
        }
        return p;
    }
}
