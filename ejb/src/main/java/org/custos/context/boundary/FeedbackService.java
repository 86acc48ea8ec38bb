package org.custos.context.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.context.entity.Feedback;
import org.custos.context.entity.InterestedParty;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;

/**
 * The feedback register of interested parties (ISO 27001 9.3.2 e): what each party said, answered and
 * closed, so the management review reports what was received instead of asking the meeting to remember.
 * Feedback is only deleted while nobody has answered it; after that it is part of the record.
 */
@Stateless
public class FeedbackService {

    static final int MAX_SUMMARY = 500;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    /** What a feedback item says; the answer is given separately. */
    public record FeedbackInput(Long partyId, LocalDate receivedOn, Feedback.Channel channel, Feedback.Kind kind,
            String summary, String details) implements Serializable {
    }

    /** Every feedback item, newest first, optionally of one party and in one status. */
    @RequiresPermission(ContextService.READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Feedback> list(Long partyId, Feedback.Status status) {
        return em.createNamedQuery("Feedback.all", Feedback.class).getResultStream()
                .filter(f -> partyId == null || f.getParty().getId().equals(partyId))
                .filter(f -> status == null || f.getStatus() == status).toList();
    }

    @RequiresPermission(ContextService.READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Feedback feedback(long id) {
        return find(id);
    }

    /** How many unanswered feedback items each interested party has (parties without any are absent). */
    @RequiresPermission(ContextService.READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Long> openByParty() {
        Map<Long, Long> open = new HashMap<>();
        em.createNamedQuery("Feedback.openByParty", Object[].class).setParameter("status", Feedback.Status.OPEN)
                .getResultStream().forEach(r -> open.put((Long) r[0], ((Number) r[1]).longValue()));
        return open;
    }

    /** Records feedback ({@code id} null) or changes one that is not closed. */
    @RequiresPermission(ContextService.EDIT)
    public Feedback save(Long id, long seenVersion, FeedbackInput in) {
        FeedbackInput checked = validate(in, LocalDate.now());
        InterestedParty party = em.find(InterestedParty.class, checked.partyId());
        if (party == null) {
            throw new NotFoundException("InterestedParty", checked.partyId());
        }
        Feedback f;
        Map<String, Object> before = null;
        if (id == null) {
            f = new Feedback(actor.name(), Instant.now());
        } else {
            f = find(id);
            Edits.expectVersion(seenVersion, f.getVersion(), "Feedback");
            if (f.isClosed()) {
                throw new ValidationException("feedback.closed");
            }
            before = f.auditState();
        }
        f.describe(party, checked.receivedOn(), checked.channel(), checked.kind(), checked.summary(), checked.details());
        if (id == null) {
            em.persist(f);
            em.flush();
            audit.created("Feedback", f.getId(), f);
        } else {
            Edits.flush(em, "Feedback");
            audit.updated("Feedback", f.getId(), before, f);
        }
        return f;
    }

    /** Records the answer given to the party; a changed answer replaces the earlier one until closed. */
    @RequiresPermission(ContextService.EDIT)
    public Feedback answer(long id, long seenVersion, String response) {
        Feedback f = find(id);
        Edits.expectVersion(seenVersion, f.getVersion(), "Feedback");
        if (f.isClosed()) {
            throw new ValidationException("feedback.closed");
        }
        String text = Checks.required(response, ContextService.MAX_TEXT, "feedback.response.required");
        Map<String, Object> before = f.auditState();
        f.answer(text, actor.name(), Instant.now());
        Edits.flush(em, "Feedback");
        audit.updated("Feedback", f.getId(), before, f);
        return f;
    }

    /** Nothing more to do: answered, or needing no answer (praise, a note taken). */
    @RequiresPermission(ContextService.EDIT)
    public Feedback close(long id, long seenVersion) {
        Feedback f = find(id);
        Edits.expectVersion(seenVersion, f.getVersion(), "Feedback");
        if (f.isClosed()) {
            throw new ValidationException("feedback.closed");
        }
        Map<String, Object> before = f.auditState();
        f.close(actor.name(), Instant.now());
        Edits.flush(em, "Feedback");
        audit.updated("Feedback", f.getId(), before, f);
        return f;
    }

    /** Removes feedback recorded by mistake; only while it is open. */
    @RequiresPermission(ContextService.EDIT)
    public void delete(long id, long seenVersion) {
        Feedback f = find(id);
        Edits.expectVersion(seenVersion, f.getVersion(), "Feedback");
        if (!f.isDeletable()) {
            throw new ValidationException("feedback.delete.notOpen");
        }
        Map<String, Object> before = f.auditState();
        em.remove(f);
        Edits.flush(em, "Feedback");
        audit.deleted("Feedback", id, before);
    }

    /** The input with its texts stripped, or the first rule it breaks as a message key. */
    static FeedbackInput validate(FeedbackInput in, LocalDate today) {
        if (in == null || in.partyId() == null) {
            throw new ValidationException("feedback.party.required");
        }
        String summary = Checks.required(in.summary(), MAX_SUMMARY, "feedback.summary.invalid");
        if (in.receivedOn() == null || in.receivedOn().isAfter(today)) {
            throw new ValidationException("feedback.received.invalid");
        }
        if (in.channel() == null || in.kind() == null) {
            throw new ValidationException("feedback.kind.required");
        }
        String details = Checks.optional(in.details(), ContextService.MAX_TEXT, "feedback.text.invalid");
        return new FeedbackInput(in.partyId(), in.receivedOn(), in.channel(), in.kind(), summary, details);
    }

    private Feedback find(long id) {
        Feedback f = em.find(Feedback.class, id);
        if (f == null) {
            throw new NotFoundException("Feedback", id);
        }
        return f;
    }
}
