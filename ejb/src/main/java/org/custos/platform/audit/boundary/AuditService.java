package org.custos.platform.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.platform.audit.control.AuditHasher;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.audit.entity.AuditHead;
import org.custos.platform.audit.entity.AuditRecord;
import org.custos.platform.persistence.Like;
import org.custos.platform.security.control.RequiresPermission;

/** Reads and verifies the audit trail. Writing happens only through {@link AuditTrail}. */
@Stateless
public class AuditService {

    public static final String READ = "audittrail:read";
    public static final String VERIFY = "audittrail:verify";
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @RequiresPermission(READ)
    public List<AuditRecord> search(AuditQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> cq = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> root = cq.from(AuditRecord.class);
        cq.where(predicates(cb, root, query)).orderBy(cb.desc(root.get("seq")));
        TypedQuery<AuditRecord> q = em.createQuery(cq);
        q.setFirstResult(Math.max(0, first));
        q.setMaxResults(Math.min(Math.max(1, pageSize), 500));
        return q.getResultList();
    }

    @RequiresPermission(READ)
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditRecord> root = cq.from(AuditRecord.class);
        cq.select(cb.count(root)).where(predicates(cb, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    @RequiresPermission(READ)
    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditRecord a ORDER BY a.entityType", String.class)
                .getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditRecord> root, AuditQuery query) {
        List<Predicate> p = new ArrayList<>();
        AuditQuery q = query == null ? AuditQuery.all() : query;
        if (q.actor() != null && !q.actor().isBlank()) {
            p.add(cb.like(cb.lower(root.get("actor")), Like.containing(q.actor()), '\\'));
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            p.add(cb.equal(root.get("entityType"), q.entityType()));
        }
        if (q.entityId() != null && !q.entityId().isBlank()) {
            p.add(cb.equal(root.get("entityId"), q.entityId().strip()));
        }
        if (q.from() != null) {
            p.add(cb.greaterThanOrEqualTo(root.<Instant>get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            p.add(cb.lessThan(root.<Instant>get("occurredAt"), q.to()));
        }
        return p.toArray(new Predicate[0]);
    }

    /**
     * Recomputes every record's hash in order and checks each link, the gap-free sequence and the
     * chain head. The run itself is recorded in the trail.
     */
    @RequiresPermission(VERIFY)
    public ChainVerification verify() {
        ChainVerification result = check();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intact", result.intact());
        details.put("recordsChecked", result.recordsChecked());
        details.put("firstBrokenSeq", result.firstBrokenSeq());
        trail.event("AuditTrail", null, "VERIFY", details);
        if (!result.intact()) {
            LOG.severe(() -> "Audit chain broken at record " + result.firstBrokenSeq() + ": " + result.reason());
        }
        return result;
    }

    private ChainVerification check() {
        // Records appended while we check lie beyond this head and are left for the next run.
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long lastSeq = head.getLastSeq();
        String lastHash = head.getLastHash();
        String expectedPrev = AuditHasher.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditRecord> batch = em.createNamedQuery("AuditRecord.chainFrom", AuditRecord.class)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (AuditRecord r : batch) {
                if (r.getSeq() > lastSeq) {
                    break;
                }
                if (r.getSeq() != expectedSeq) {
                    return broken(checked, expectedSeq, "audit.verify.gap");
                }
                if (!r.getPrevHash().equals(expectedPrev)) {
                    return broken(checked, r.getSeq(), "audit.verify.link");
                }
                String recomputed = AuditHasher.hash(r.getSeq(), r.getOccurredAt(), r.getActor(), r.getEntityType(),
                        r.getEntityId(), r.getAction(), r.getChanges(), r.getPrevHash());
                if (!recomputed.equals(r.getHash())) {
                    return broken(checked, r.getSeq(), "audit.verify.content");
                }
                expectedPrev = r.getHash();
                expectedSeq++;
                checked++;
                after = r.getSeq();
            }
            if (batch.size() < BATCH || after >= lastSeq) {
                break;
            }
            em.clear();
        }
        if (lastSeq != checked || !lastHash.equals(expectedPrev)) {
            return broken(checked, checked + 1, "audit.verify.truncated");
        }
        return new ChainVerification(true, checked, null, "audit.verify.intact", Instant.now());
    }

    private static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason, Instant.now());
    }
}
