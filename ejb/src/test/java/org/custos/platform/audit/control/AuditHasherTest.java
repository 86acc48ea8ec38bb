package org.custos.platform.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHasherTest {

    private static final Instant T = Instant.parse("2026-11-29T10:15:30.123456Z");

    private static String hash(String actor, String changes, String prev) {
        return AuditHasher.hash(7, T, actor, "User", "42", "UPDATE", changes, prev);
    }

    @Test
    void sameContentGivesSameHash() {
        assertEquals(hash("anna", "{}", AuditHasher.GENESIS), hash("anna", "{}", AuditHasher.GENESIS));
        assertEquals(64, hash("anna", "{}", AuditHasher.GENESIS).length());
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        String original = hash("anna", "{\"a\":1}", AuditHasher.GENESIS);
        assertNotEquals(original, hash("mallory", "{\"a\":1}", AuditHasher.GENESIS));
        assertNotEquals(original, hash("anna", "{\"a\":2}", AuditHasher.GENESIS));
        assertNotEquals(original, hash("anna", "{\"a\":1}", "f".repeat(64)));
        assertNotEquals(original, AuditHasher.hash(8, T, "anna", "User", "42", "UPDATE", "{\"a\":1}", AuditHasher.GENESIS));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertNotEquals(AuditHasher.hash(1, T, "ab", "c", null, "X", null, AuditHasher.GENESIS),
                AuditHasher.hash(1, T, "a", "bc", null, "X", null, AuditHasher.GENESIS));
        assertNotEquals(AuditHasher.hash(1, T, "a", "b", null, "X", null, AuditHasher.GENESIS),
                AuditHasher.hash(1, T, "a", "b", "", "X", null, AuditHasher.GENESIS));
    }
}
