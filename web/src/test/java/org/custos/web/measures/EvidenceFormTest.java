package org.custos.web.measures;

import static org.custos.web.measures.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;
import org.junit.jupiter.api.Test;

class EvidenceFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void newEvidenceIsValidFromTodayWithoutEnd() {
        EvidenceForm f = new EvidenceForm();
        f.setTitle("old");
        f.setUrl("https://old");
        f.setValidUntil(TODAY.plusDays(1));
        f.file("a.pdf", "application/pdf", new byte[] {1, 2, 3});
        f.start(TODAY);
        assertNull(f.getTitle());
        assertNull(f.getUrl());
        assertEquals(TODAY, f.getValidFrom());
        assertNull(f.getValidUntil());
        assertFalse(f.isFileChosen());
        assertNull(f.getEvidenceId());
    }

    @Test
    void aChosenFileIsHeldUntilCleared() {
        EvidenceForm f = new EvidenceForm();
        f.start(TODAY);
        f.file("scan.pdf", "application/pdf", new byte[2048]);
        assertTrue(f.isFileChosen());
        assertEquals("scan.pdf", f.getFileName());
        assertEquals(2048L, f.getSize());
        f.clearFile();
        assertFalse(f.isFileChosen());
        assertNull(f.getSize());
    }

    @Test
    void editingStartsFromTheEvidence() {
        Measure m = withId(new Measure("M", "M"), 1);
        Evidence e = withId(Evidence.link(m, "Pen test", "https://example.org", "alice", Instant.EPOCH), 5);
        e.describe("Pen test", TODAY.minusMonths(1), TODAY.plusYears(1));
        EvidenceForm f = new EvidenceForm();
        f.fill(e);
        assertEquals(5L, f.getEvidenceId());
        assertEquals("Pen test", f.getTitle());
        assertEquals(TODAY.minusMonths(1), f.getValidFrom());
        assertEquals(TODAY.plusYears(1), f.getValidUntil());
        assertEquals(0L, f.getSeenVersion());
    }
}
