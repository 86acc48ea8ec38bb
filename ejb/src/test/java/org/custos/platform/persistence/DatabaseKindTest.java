package org.custos.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DatabaseKindTest {

    @Test
    void recognisesBothDatabasesFromTheUrl() {
        assertEquals(DatabaseKind.H2, DatabaseKind.of("jdbc:h2:file:./data/custos;MODE=LEGACY"));
        assertEquals(DatabaseKind.MARIADB, DatabaseKind.of("jdbc:mariadb://db:3306/custos"));
        assertEquals(DatabaseKind.UNKNOWN, DatabaseKind.of("jdbc:postgresql://db/custos"));
    }

    @Test
    void passwordsInUrlsNeverReachTheLog() {
        String described = DatabaseKind.describe("jdbc:mariadb://db:3306/custos?user=c&password=s3cret&ssl=true");
        assertFalse(described.contains("s3cret"), described);
        assertFalse(DatabaseKind.describe("jdbc:h2:file:x;PASSWORD=topsecret").contains("topsecret"));
    }
}
