package org.custos.platform.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;
import org.apache.shiro.subject.Subject;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.security.entity.AuditorProfile;
import org.custos.platform.security.entity.Role;

/**
 * What the current user may see of the organisation's data. Everyone sees everything their
 * permissions allow, except external auditors: they see the standards and org units of their scope
 * only (no units = the whole organisation). Boundaries ask here before handing data out.
 */
@Dependent
public class AccessScope {

    /** The auditor's scope; null fields mean "no restriction". */
    public record Scope(Set<Long> standardIds, Set<Long> unitIds) {

        public static final Scope ALL = new Scope(null, null);

        public boolean restricted() {
            return standardIds != null;
        }

        public boolean standard(long id) {
            return standardIds == null || standardIds.contains(id);
        }

        /** Whether one of the units (a unit and its ancestors) lies in scope. */
        public boolean anyUnit(Collection<Long> unitAndAncestors) {
            return unitIds == null || unitAndAncestors.stream().anyMatch(unitIds::contains);
        }
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    CurrentActor actor;

    public Scope current() {
        Subject subject = CurrentActor.subject();
        if (subject == null || subject.getPrincipal() == null || !subject.hasRole(Role.EXTERNAL_AUDITOR)) {
            return Scope.ALL;
        }
        return em.createNamedQuery("AuditorProfile.findByUsername", AuditorProfile.class)
                .setParameter("username", actor.name()).getResultStream().findFirst()
                .map(p -> new Scope(Set.copyOf(p.getStandardIds()), p.getUnitIds().isEmpty() ? null : Set.copyOf(p.getUnitIds())))
                // an auditor without a profile sees no standard at all
                .orElse(new Scope(Set.of(), Set.of()));
    }

    /** Refuses access to a standard outside the auditor's scope. */
    public void requireStandard(long standardId) {
        if (!current().standard(standardId)) {
            throw new NotPermittedException("scope");
        }
    }
}
