package org.custos.platform.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/** Filter for the audit trail; every part is optional. */
public record AuditQuery(String actor, String entityType, String entityId, Instant from, Instant to)
        implements Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
