package org.custos.risk.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.risk.entity.Opportunity;

/** Opportunities (ISO 27001 6.1.1): a light register with owner, status and follow-up date. */
@Stateless
public class OpportunityService {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    public record OpportunityInput(String code, String title, String description, String benefit, Long ownerId,
            Opportunity.Status status, LocalDate followUp) implements Serializable {
    }

    @RequiresPermission(RiskService.READ)
    public List<Opportunity> opportunities() {
        return em.createNamedQuery("Opportunity.all", Opportunity.class).getResultList();
    }

    @RequiresPermission(RiskService.READ)
    public Opportunity opportunity(long id) {
        return find(id);
    }

    /** Open opportunities whose follow-up date has passed. */
    @RequiresPermission(RiskService.READ)
    public List<Opportunity> overdue(LocalDate today) {
        return opportunities().stream().filter(o -> o.overdue(today)).toList();
    }

    @RequiresPermission(RiskService.EDIT)
    public Opportunity save(Long id, long seenVersion, OpportunityInput in) {
        if (in == null) {
            throw new ValidationException("opportunity.title.invalid", 300);
        }
        String code = Checks.code(in.code(), "opportunity.code.invalid");
        em.createNamedQuery("Opportunity.byCode", Opportunity.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("opportunity.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "opportunity.title.invalid");
        String description = Checks.optional(in.description(), 4000, "opportunity.text.invalid");
        String benefit = Checks.optional(in.benefit(), 2000, "opportunity.text.invalid");
        Person owner = in.ownerId() == null ? null : Optional.ofNullable(em.find(Person.class, in.ownerId()))
                .orElseThrow(() -> new NotFoundException("Person", in.ownerId()));
        if (owner == null) {
            throw new ValidationException("opportunity.owner.required");
        }
        Opportunity.Status status = in.status() == null ? Opportunity.Status.OPEN : in.status();
        if (status.open() && in.followUp() == null) {
            throw new ValidationException("opportunity.followUp.required");
        }
        Instant now = Instant.now();
        if (id == null) {
            Opportunity o = new Opportunity(actor.name(), now);
            o.describe(code, title, description, benefit, owner, status, in.followUp());
            o.changed(actor.name(), now);
            em.persist(o);
            em.flush();
            audit.created("Opportunity", o.getId(), o);
            return o;
        }
        Opportunity o = find(id);
        Edits.expectVersion(seenVersion, o.getVersion(), "Opportunity");
        Map<String, Object> before = o.auditState();
        o.describe(code, title, description, benefit, owner, status, in.followUp());
        o.changed(actor.name(), now);
        Edits.flush(em, "Opportunity");
        audit.updated("Opportunity", o.getId(), before, o);
        return o;
    }

    @RequiresPermission(RiskService.EDIT)
    public void delete(long id, long seenVersion) {
        Opportunity o = find(id);
        Edits.expectVersion(seenVersion, o.getVersion(), "Opportunity");
        Map<String, Object> before = o.auditState();
        em.remove(o);
        Edits.flush(em, "Opportunity");
        audit.deleted("Opportunity", id, before);
    }

    private Opportunity find(long id) {
        Opportunity o = em.find(Opportunity.class, id);
        if (o == null) {
            throw new NotFoundException("Opportunity", id);
        }
        return o;
    }
}
