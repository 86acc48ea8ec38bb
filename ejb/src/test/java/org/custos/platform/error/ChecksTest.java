package org.custos.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void aRegisterCodeIsStrippedAndMayHoldLettersDigitsSpacesAndSeparators() {
        assertEquals("INC-2026/07", Checks.code("  INC-2026/07 ", "x.code"));
        assertEquals("G 0.39", Checks.code("G 0.39", "x.code"));
        assertEquals("Prüfung_1", Checks.code("Prüfung_1", "x.code"));
    }

    @Test
    void aCodeIsRefusedBlankTooLongOrWithOtherSigns() {
        for (String bad : new String[] {null, " ", "-R1", "R<1>", "R;1", "x".repeat(41)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Checks.code(bad, "x.code"), String.valueOf(bad));
            assertEquals("x.code", e.messageKey());
        }
    }
}
