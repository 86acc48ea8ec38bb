package org.custos.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One entry of the append-only, hash-chained audit trail. Never updated or deleted by Custos. */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = "AuditRecord.chainFrom", query = "SELECT a FROM AuditRecord a WHERE a.seq > :after ORDER BY a.seq")
public class AuditRecord implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 80)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 80)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 80)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Lob
    @Column(updatable = false)
    private String changes;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    @Version
    private long version;

    protected AuditRecord() {
    }

    public AuditRecord(long seq, Instant occurredAt, String actor, String entityType, String entityId, String action,
            String changes, String prevHash, String hash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
