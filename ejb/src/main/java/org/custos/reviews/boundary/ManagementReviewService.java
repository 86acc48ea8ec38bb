package org.custos.reviews.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import org.custos.reviews.control.ReviewCompiler;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;
import org.custos.roles.control.TopManagement;

/**
 * Management reviews (ISO 27001 9.3). A draft's inputs are compiled from Custos' data for every input the
 * standard requires and can be compiled again until approval; the meeting adds its comments, minutes and
 * decisions (tracked until done; the next review reports them). Top management approves, never the one who
 * drew the review up; an approved review is frozen.
 */
@Stateless
public class ManagementReviewService {

    public static final String READ = "improvement:read";
    public static final String EDIT = "improvement:edit";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    ReviewCompiler compiler;

    @Inject
    TopManagement topManagement;

    public record ReviewView(ManagementReview review, List<ReviewInput> inputs, List<ReviewDecision> decisions)
            implements Serializable {

        /** Every input the standard requires has been compiled. */
        public boolean complete() {
            return inputs.size() == ReviewInput.Key.values().length;
        }
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ManagementReview> reviews() {
        return em.createNamedQuery("ManagementReview.all", ManagementReview.class).getResultList();
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReviewView review(long id) {
        ManagementReview r = find(id);
        return new ReviewView(r, inputs(id), decisions(id));
    }

    /** The decisions and actions of all reviews still open, soonest due first. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReviewDecision> openDecisions() {
        return em.createNamedQuery("ReviewDecision.open", ReviewDecision.class).getResultList();
    }

    /** Drafts a review and compiles its inputs for the period from the day up to the day it is held. */
    @RequiresPermission(EDIT)
    public ManagementReview create(String code, String title, LocalDate heldOn, LocalDate periodFrom) {
        String c = Checks.code(code, "review.code.invalid");
        em.createNamedQuery("ManagementReview.byCode", ManagementReview.class).setParameter("code", c.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().ifPresent(o -> {
                    throw new ValidationException("review.code.taken", c);
                });
        String t = Checks.required(title, 300, "review.title.invalid");
        checkPeriod(heldOn, periodFrom);
        Instant now = Instant.now();
        ManagementReview r = new ManagementReview(actor.name(), now);
        r.describe(c, t, heldOn, periodFrom, null);
        r.changed(actor.name(), now);
        em.persist(r);
        em.flush();
        audit.created("ManagementReview", r.getId(), r);
        compileInputs(r, now);
        return r;
    }

    /** Compiles the inputs again from today's data (a draft only). */
    @RequiresPermission(EDIT)
    public ManagementReview recompile(long id, long seenVersion) {
        ManagementReview r = draft(id, seenVersion);
        Map<String, Object> before = r.auditState();
        Instant now = Instant.now();
        compileInputs(r, now);
        r.changed(actor.name(), now);
        Edits.flush(em, "ManagementReview");
        audit.updated("ManagementReview", r.getId(), before, r);
        return r;
    }

    /** The meeting's record: title, date, period, minutes and a comment per input (a draft only). */
    @RequiresPermission(EDIT)
    public ManagementReview save(long id, long seenVersion, String title, LocalDate heldOn, LocalDate periodFrom, String minutes,
            Map<ReviewInput.Key, String> comments) {
        ManagementReview r = draft(id, seenVersion);
        String t = Checks.required(title, 300, "review.title.invalid");
        checkPeriod(heldOn, periodFrom);
        String m = Checks.optional(minutes, 8000, "review.minutes.invalid");
        Map<String, Object> before = r.auditState();
        r.describe(r.getCode(), t, heldOn, periodFrom, m);
        r.changed(actor.name(), Instant.now());
        if (comments != null) {
            for (ReviewInput i : inputs(id)) {
                if (comments.containsKey(i.getInputKey())) {
                    String comment = Checks.optional(comments.get(i.getInputKey()), 4000, "review.comment.invalid");
                    if (!java.util.Objects.equals(comment, i.getComment())) {
                        Map<String, Object> was = i.auditState();
                        i.comment(comment);
                        audit.updated("ReviewInput", i.getId(), was, i);
                    }
                }
            }
        }
        Edits.flush(em, "ManagementReview");
        audit.updated("ManagementReview", r.getId(), before, r);
        return r;
    }

    /** A decision or action of the review, with an owner and a due date when it is an action (a draft only). */
    @RequiresPermission(EDIT)
    public ReviewDecision addDecision(long id, String text, Long ownerId, LocalDate dueOn) {
        ManagementReview r = find(id);
        if (r.isApproved()) {
            throw new ValidationException("review.approved", r.getCode());
        }
        String d = Checks.required(text, 2000, "review.decision.invalid");
        Person owner = ownerId == null ? null : Optional.ofNullable(em.find(Person.class, ownerId))
                .orElseThrow(() -> new NotFoundException("Person", ownerId));
        if (owner != null && dueOn == null) {
            throw new ValidationException("review.decision.due");
        }
        ReviewDecision decision = new ReviewDecision(id, d, owner, dueOn);
        em.persist(decision);
        em.flush();
        audit.created("ReviewDecision", decision.getId(), decision);
        return decision;
    }

    /** Marks a decision's action done; also after approval, since that is what tracking means. */
    @RequiresPermission(EDIT)
    public ReviewDecision decisionDone(long decisionId, long seenVersion) {
        ReviewDecision d = em.find(ReviewDecision.class, decisionId);
        if (d == null) {
            throw new NotFoundException("ReviewDecision", decisionId);
        }
        Edits.expectVersion(seenVersion, d.getVersion(), "ReviewDecision");
        if (d.getStatus() == ReviewDecision.Status.DONE) {
            throw new ValidationException("review.decision.done");
        }
        Map<String, Object> before = d.auditState();
        d.done(actor.name(), Instant.now());
        Edits.flush(em, "ReviewDecision");
        audit.updated("ReviewDecision", d.getId(), before, d);
        return d;
    }

    /**
     * Top management approves the review: only a holder of the top-management appointment who did not draw it
     * up, with the minutes written and every input compiled. It is frozen afterwards.
     */
    @RequiresPermission(EDIT)
    public ManagementReview approve(long id, long seenVersion) {
        ManagementReview r = draft(id, seenVersion);
        String me = actor.name();
        if (!topManagement.heldBy(me)) {
            throw new ValidationException("review.approve.topManagement");
        }
        if (me.equals(r.getCreatedBy())) {
            throw new ValidationException("review.approve.ownReview");
        }
        if (r.getMinutes() == null) {
            throw new ValidationException("review.approve.minutes");
        }
        if (inputs(id).size() < ReviewInput.Key.values().length) {
            throw new ValidationException("review.approve.inputs");
        }
        Map<String, Object> before = r.auditState();
        Instant now = Instant.now();
        r.approve(me, now);
        r.changed(me, now);
        Edits.flush(em, "ManagementReview");
        audit.updated("ManagementReview", r.getId(), before, r);
        return r;
    }

    // ---------------------------------------------------------------- internals

    private void compileInputs(ManagementReview r, Instant now) {
        Map<ReviewInput.Key, List<String>> compiled = compiler.compile(r.getId(), r.getPeriodFrom(), r.getHeldOn());
        Map<ReviewInput.Key, ReviewInput> present = new java.util.EnumMap<>(ReviewInput.Key.class);
        inputs(r.getId()).forEach(i -> present.put(i.getInputKey(), i));
        for (Map.Entry<ReviewInput.Key, List<String>> e : compiled.entrySet()) {
            ReviewInput i = present.get(e.getKey());
            if (i == null) {
                i = new ReviewInput(r.getId(), e.getKey());
                i.facts(e.getValue());
                em.persist(i);
                em.flush();
                audit.created("ReviewInput", i.getId(), i);
            } else {
                Map<String, Object> was = i.auditState();
                i.facts(e.getValue());
                audit.updated("ReviewInput", i.getId(), was, i);
            }
        }
        r.compiled(now);
    }

    private static void checkPeriod(LocalDate heldOn, LocalDate periodFrom) {
        if (heldOn == null || periodFrom == null || periodFrom.isAfter(heldOn)) {
            throw new ValidationException("review.period.invalid");
        }
    }

    private ManagementReview draft(long id, long seenVersion) {
        ManagementReview r = find(id);
        Edits.expectVersion(seenVersion, r.getVersion(), "ManagementReview");
        if (r.isApproved()) {
            throw new ValidationException("review.approved", r.getCode());
        }
        return r;
    }

    private List<ReviewInput> inputs(long id) {
        return em.createNamedQuery("ReviewInput.of", ReviewInput.class).setParameter("review", id).getResultList();
    }

    private List<ReviewDecision> decisions(long id) {
        return em.createNamedQuery("ReviewDecision.of", ReviewDecision.class).setParameter("review", id).getResultList();
    }

    private ManagementReview find(long id) {
        ManagementReview r = em.find(ManagementReview.class, id);
        if (r == null) {
            throw new NotFoundException("ManagementReview", id);
        }
        return r;
    }
}
