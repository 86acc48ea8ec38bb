package org.custos.platform.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.custos.platform.audit.entity.AuditHead;
import org.custos.platform.audit.entity.AuditRecord;
import org.custos.platform.security.control.CurrentActor;

/**
 * Appends to the audit trail inside the caller's transaction: if the change rolls back, so does
 * its record. Boundaries call it for every create, update and delete.
 */
@Dependent
public class AuditTrail {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    CurrentActor actor;

    private final Clock clock = Clock.systemUTC();

    public AuditRecord created(String entityType, Object entityId, Auditable after) {
        return append(entityType, entityId, CREATE, ChangeSet.diff(null, after.auditState()));
    }

    public AuditRecord updated(String entityType, Object entityId, Map<String, Object> before, Auditable after) {
        return append(entityType, entityId, UPDATE, ChangeSet.diff(before, after.auditState()));
    }

    public AuditRecord deleted(String entityType, Object entityId, Map<String, Object> before) {
        return append(entityType, entityId, DELETE, ChangeSet.diff(before, null));
    }

    /** Records an event that is not a field change (a lockout, a verification run, a setup). */
    public AuditRecord event(String entityType, Object entityId, String action, Map<String, Object> details) {
        return append(entityType, entityId, action, ChangeSet.diff(null, details));
    }

    private AuditRecord append(String entityType, Object entityId, String action, Map<String, Object[]> changes) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_head row missing: the schema migration did not run");
        }
        long seq = head.getLastSeq() + 1;
        // The database keeps microseconds; hash exactly what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String id = entityId == null ? null : entityId.toString();
        String json = ChangeSet.toJson(changes);
        String who = actor.name();
        String hash = AuditHasher.hash(seq, now, who, entityType, id, action, json, head.getLastHash());
        AuditRecord record = new AuditRecord(seq, now, who, entityType, id, action, json, head.getLastHash(), hash);
        em.persist(record);
        head.advance(seq, hash);
        return record;
    }
}
