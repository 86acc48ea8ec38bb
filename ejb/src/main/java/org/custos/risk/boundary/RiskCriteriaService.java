package org.custos.risk.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.files.Sha256;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.CriteriaStore;
import org.custos.risk.control.RiskMatrix;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.RiskLevel;
import org.custos.roles.control.TopManagement;

/**
 * The risk criteria (ISO 27001 6.1.2): scales, impact categories, matrix and acceptance threshold,
 * versioned and approved by top management with four eyes like the guideline. One working version at
 * a time; the approved one counts until the next is approved, and assessments name the version used.
 */
@Stateless
public class RiskCriteriaService {

    public static final String READ = "risk:read";
    public static final String EDIT = "risk:edit";
    public static final String APPROVE = "risk:approve";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    CriteriaStore store;

    @Inject
    TopManagement topManagement;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    /** All versions, newest first. */
    @RequiresPermission(READ)
    public List<RiskCriteria> versions() {
        return em.createNamedQuery("RiskCriteria.all", RiskCriteria.class).getResultList();
    }

    /** The working version if there is one, else the approved one, else null. */
    @RequiresPermission(READ)
    public RiskCriteria current() {
        List<RiskCriteria> all = withStatus(RiskCriteria.Status.DRAFT, RiskCriteria.Status.IN_REVIEW,
                RiskCriteria.Status.APPROVED);
        return all.stream().filter(v -> v.getStatus().working()).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    /** The approved version in force, or null. */
    @RequiresPermission(READ)
    public RiskCriteria approved() {
        return withStatus(RiskCriteria.Status.APPROVED).stream().findFirst().orElse(null);
    }

    @RequiresPermission(READ)
    public RiskCriteria version(long id) {
        return find(id, false);
    }

    @RequiresPermission(READ)
    public CriteriaContent content(long id) {
        return store.read(find(id, false));
    }

    /** The matrix of a version, to turn likelihood and impact into a level. */
    @RequiresPermission(READ)
    public RiskMatrix matrix(long id) {
        return store.read(find(id, false)).matrix();
    }

    /** Starts the next working version: a copy of the approved one, or the default 4 × 4 criteria. */
    @RequiresPermission(EDIT)
    public RiskCriteria start() {
        List<RiskCriteria> all = em.createNamedQuery("RiskCriteria.all", RiskCriteria.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (all.stream().anyMatch(v -> v.getStatus().working())) {
            throw new ValidationException("risk.criteria.working.exists");
        }
        RiskCriteria previous = all.stream().filter(v -> v.getStatus() == RiskCriteria.Status.APPROVED).findFirst()
                .orElse(null);
        CriteriaContent content = previous == null ? CriteriaContent.defaults() : store.read(previous);
        return create(all.isEmpty() ? 1 : all.get(0).getNumber() + 1, content);
    }

    /** Replaces the content of a draft (scales, categories, matrix, threshold) after checking it. */
    @RequiresPermission(EDIT)
    public RiskCriteria save(long id, long seenVersion, CriteriaContent content) {
        RiskCriteria c = find(id, true);
        Edits.expectVersion(seenVersion, c.getVersion(), "RiskCriteria");
        requireDraft(c);
        if (content == null) {
            throw new ValidationException("risk.threshold.required");
        }
        CriteriaContent valid = content.validated();
        Map<String, Object> before = c.auditState();
        store.write(c, valid);
        c.edited(actor.name(), Instant.now(), valid.threshold());
        Edits.flush(em, "RiskCriteria");
        audit.updated("RiskCriteria", c.getId(), before, c);
        audit.event("RiskCriteria", c.getId(), "CONTENT", summary(c, valid));
        return c;
    }

    /** Draft → In review. */
    @RequiresPermission(EDIT)
    public RiskCriteria submit(long id, long seenVersion, String changeNote) {
        RiskCriteria c = find(id, true);
        Edits.expectVersion(seenVersion, c.getVersion(), "RiskCriteria");
        requireDraft(c);
        store.read(c).validated();
        String note = Checks.optional(changeNote, 1000, "risk.criteria.changeNote.tooLong");
        Map<String, Object> before = c.auditState();
        c.submitted(actor.name(), Instant.now(), note);
        Edits.flush(em, "RiskCriteria");
        audit.updated("RiskCriteria", c.getId(), before, c);
        return c;
    }

    /** In review → Draft, with the reviewer's reason in the trail. */
    @RequiresPermission(APPROVE)
    public RiskCriteria returnToDraft(long id, long seenVersion, String reason) {
        RiskCriteria c = find(id, true);
        Edits.expectVersion(seenVersion, c.getVersion(), "RiskCriteria");
        if (c.getStatus() != RiskCriteria.Status.IN_REVIEW) {
            throw new ValidationException("risk.criteria.transition.invalid", c.getStatus(), RiskCriteria.Status.DRAFT);
        }
        String why = Checks.required(reason, 1000, "risk.criteria.reason.required");
        Map<String, Object> before = c.auditState();
        c.returned();
        Edits.flush(em, "RiskCriteria");
        audit.updated("RiskCriteria", c.getId(), before, c);
        audit.event("RiskCriteria", c.getId(), "RETURN", Map.of("reason", why));
        return c;
    }

    /**
     * In review → Approved, by a holder of the top-management appointment today who neither created,
     * changed nor submitted this version. Seals the content with a hash; the previous approved version
     * is superseded.
     */
    @RequiresPermission(APPROVE)
    public RiskCriteria approve(long id, long seenVersion) {
        RiskCriteria c = find(id, true);
        Edits.expectVersion(seenVersion, c.getVersion(), "RiskCriteria");
        if (c.getStatus() != RiskCriteria.Status.IN_REVIEW) {
            throw new ValidationException("risk.criteria.transition.invalid", c.getStatus(), RiskCriteria.Status.APPROVED);
        }
        String me = actor.name();
        if (c.involves(me)) {
            throw new ValidationException("risk.criteria.fourEyes");
        }
        if (!topManagement.heldBy(me)) {
            throw new ValidationException("risk.criteria.topManagement");
        }
        String hash = Sha256.hex(store.read(c).validated().canonical());
        Instant now = Instant.now();
        for (RiskCriteria old : withStatus(RiskCriteria.Status.APPROVED)) {
            Map<String, Object> oldBefore = old.auditState();
            old.superseded(now);
            audit.updated("RiskCriteria", old.getId(), oldBefore, old);
        }
        Map<String, Object> before = c.auditState();
        c.approved(me, now, hash);
        Edits.flush(em, "RiskCriteria");
        audit.updated("RiskCriteria", c.getId(), before, c);
        return c;
    }

    /** Throws a working draft away (nothing approved is lost). */
    @RequiresPermission(EDIT)
    public void discard(long id, long seenVersion) {
        RiskCriteria c = find(id, true);
        Edits.expectVersion(seenVersion, c.getVersion(), "RiskCriteria");
        requireDraft(c);
        Map<String, Object> before = c.auditState();
        store.remove(c);
        em.remove(c);
        Edits.flush(em, "RiskCriteria");
        audit.deleted("RiskCriteria", id, before);
    }

    /** Whether the sealed content of an approved version is unchanged. */
    @RequiresPermission(READ)
    public boolean intact(long id) {
        RiskCriteria c = find(id, false);
        return c.getContentHash() == null || c.getContentHash().equals(Sha256.hex(store.read(c).canonical()));
    }

    // ---------------------------------------------------------------- internals

    private RiskCriteria create(int number, CriteriaContent content) {
        CriteriaContent valid = content.validated();
        RiskCriteria c = store.create(number, actor.name(), Instant.now(), valid);
        Edits.flush(em, "RiskCriteria");
        audit.created("RiskCriteria", c.getId(), c);
        audit.event("RiskCriteria", c.getId(), "CONTENT", summary(c, valid));
        return c;
    }

    static Map<String, Object> summary(RiskCriteria version, CriteriaContent c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", version.getNumber());
        s.put("matrix", c.likelihood().size() + "x" + c.impact().size());
        s.put("categories", c.categories().stream().map(CriteriaContent.Category::code).collect(Collectors.joining(",")));
        s.put("threshold", c.threshold() == null ? null : c.threshold().name());
        s.put("sha256", Sha256.hex(c.canonical()));
        return s;
    }

    private List<RiskCriteria> withStatus(RiskCriteria.Status... statuses) {
        return em.createNamedQuery("RiskCriteria.withStatus", RiskCriteria.class).setParameter("statuses", List.of(statuses))
                .getResultList();
    }

    private RiskCriteria find(long id, boolean lock) {
        RiskCriteria c = lock ? em.find(RiskCriteria.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(RiskCriteria.class, id);
        if (c == null) {
            throw new NotFoundException("RiskCriteria", id);
        }
        return c;
    }

    private static void requireDraft(RiskCriteria c) {
        if (c.getStatus() != RiskCriteria.Status.DRAFT) {
            throw new ValidationException("risk.criteria.notDraft", c.getNumber(), c.getStatus());
        }
    }

    /** The level of a cell under the approved criteria; refused when none is approved yet. */
    @RequiresPermission(READ)
    public RiskLevel level(int likelihood, int impact) {
        RiskCriteria c = approved();
        if (c == null) {
            throw new ValidationException("risk.criteria.noneApproved");
        }
        return store.read(c).matrix().level(likelihood, impact);
    }
}
