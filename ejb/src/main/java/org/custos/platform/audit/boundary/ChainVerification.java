package org.custos.platform.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Result of checking the whole audit chain. When broken, {@code firstBrokenSeq} names the first
 * record whose content, link or position does not match, and {@code reason} is a message key.
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason,
        Instant verifiedAt) implements Serializable {
}
