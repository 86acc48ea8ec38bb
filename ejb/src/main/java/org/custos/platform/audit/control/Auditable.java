package org.custos.platform.audit.control;

import java.util.Map;

/**
 * An entity that can describe its audited state as field → value. The trail records the fields
 * whose values differ between two such snapshots.
 */
public interface Auditable {

    Map<String, Object> auditState();
}
