package org.custos.roles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.roles.control.RaciSubject;
import org.custos.roles.entity.IsmsRole;
import org.custos.roles.entity.RaciAssignment;
import org.custos.roles.entity.RaciAssignment.Raci;

/**
 * RACI for objects of any feature. Who may read or change it follows the object's feature (see
 * {@link RaciSubject}); there is at most one accountable per object, and no assignment twice.
 */
@Stateless
public class RaciService {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    org.custos.platform.security.control.AccessScope scope;

    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public List<RaciAssignment> of(RaciSubject subject, long subjectId) {
        require(subject.readPermission());
        if (subject == RaciSubject.REQUIREMENT) {
            org.custos.standards.entity.Requirement r = em.find(org.custos.standards.entity.Requirement.class, subjectId);
            if (r != null) {
                scope.requireStandard(r.getStandard().getId());
            }
        }
        if (subject == RaciSubject.MEASURE) {
            requireMeasureInScope(subjectId);
        }
        return em.createNamedQuery("RaciAssignment.ofSubject", RaciAssignment.class)
                .setParameter("type", subject.name()).setParameter("id", subjectId).getResultList();
    }

    /** Assigns a person or a role (exactly one of them) to the object. */
    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public RaciAssignment assign(RaciSubject subject, long subjectId, Raci raci, Long personId, Long roleId) {
        require(subject.editPermission());
        if (em.find(subject.entity(), subjectId) == null) {
            throw new NotFoundException(subject.name(), subjectId);
        }
        if (raci == null || (personId == null) == (roleId == null)) {
            throw new ValidationException("raci.personOrRole");
        }
        Person person = personId == null ? null : em.find(Person.class, personId);
        IsmsRole role = roleId == null ? null : em.find(IsmsRole.class, roleId);
        if (personId != null && person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (roleId != null && role == null) {
            throw new NotFoundException("IsmsRole", roleId);
        }
        List<RaciAssignment> existing = of(subject, subjectId);
        if (existing.stream().anyMatch(a -> a.sameAs(raci, person, role))) {
            throw new ValidationException("raci.duplicate");
        }
        if (raci == Raci.ACCOUNTABLE && existing.stream().anyMatch(a -> a.getRaci() == Raci.ACCOUNTABLE)) {
            throw new ValidationException("raci.oneAccountable");
        }
        RaciAssignment assignment = new RaciAssignment(subject.name(), subjectId, raci, person, role, Instant.now(),
                actor.name());
        em.persist(assignment);
        em.flush();
        audit.created("RaciAssignment", assignment.getId(), assignment);
        return assignment;
    }

    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public void remove(long assignmentId, long seenVersion) {
        RaciAssignment a = em.find(RaciAssignment.class, assignmentId);
        if (a == null) {
            throw new NotFoundException("RaciAssignment", assignmentId);
        }
        RaciSubject subject = RaciSubject.of(a.getSubjectType()).orElseThrow();
        require(subject.editPermission());
        Edits.expectVersion(seenVersion, a.getVersion(), "RaciAssignment");
        var before = a.auditState();
        em.remove(a);
        Edits.flush(em, "RaciAssignment");
        audit.deleted("RaciAssignment", assignmentId, before);
    }

    /** Removes every assignment of an object its feature is deleting (in the same transaction). */
    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public void forget(RaciSubject subject, long subjectId) {
        require(subject.editPermission());
        for (RaciAssignment a : em.createNamedQuery("RaciAssignment.ofSubject", RaciAssignment.class)
                .setParameter("type", subject.name()).setParameter("id", subjectId).getResultList()) {
            var before = a.auditState();
            em.remove(a);
            audit.deleted("RaciAssignment", a.getId(), before);
        }
    }

    /** External auditors see the RACI of measures that touch a standard in their scope (or none). */
    private void requireMeasureInScope(long measureId) {
        org.custos.platform.security.control.AccessScope.Scope s = scope.current();
        org.custos.measures.entity.Measure m = em.find(org.custos.measures.entity.Measure.class, measureId);
        if (!s.restricted() || m == null || m.getRequirementIds().isEmpty()) {
            return;
        }
        boolean visible = em.createQuery("SELECT DISTINCT r.standard.id FROM Requirement r WHERE r.id IN :ids", Long.class)
                .setParameter("ids", m.getRequirementIds()).getResultStream().anyMatch(s::standard);
        if (!visible) {
            throw new NotPermittedException("scope");
        }
    }

    private void require(String permission) {
        if (!actor.isPermitted(permission)) {
            throw new NotPermittedException(permission);
        }
    }
}
