package org.custos.platform.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** SHA-256 over a record's content and its predecessor's hash: the link of the audit chain. */
public final class AuditHasher {

    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    public static String hash(long seq, Instant occurredAt, String actor, String entityType, String entityId,
            String action, String changes, String prevHash) {
        StringBuilder canonical = new StringBuilder(256)
                .append(seq).append('\u001f')
                .append(occurredAt.toString()).append('\u001f')
                .append(field(actor)).append('\u001f')
                .append(field(entityType)).append('\u001f')
                .append(field(entityId)).append('\u001f')
                .append(field(action)).append('\u001f')
                .append(field(changes)).append('\u001f')
                .append(prevHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // A length prefix keeps "a|b" + "c" apart from "a" + "b|c" and null apart from "".
    private static String field(String value) {
        return value == null ? "-1:" : value.length() + ":" + value;
    }
}
