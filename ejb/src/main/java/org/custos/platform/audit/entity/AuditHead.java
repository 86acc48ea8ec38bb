package org.custos.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The end of the chain: one row, locked by every writer for the rest of its transaction, so that
 * sequence numbers stay gap-free and every record links to the one before it.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Version
    private long version;

    protected AuditHead() {
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
