package org.custos.platform.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreTheMinimum() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("anna", "elevenchars"));
        assertTrue(PasswordPolicy.violation("anna", "twelve chars").isEmpty());
    }

    @Test
    void blankAndUsernameAndOverlongPasswordsAreRefused() {
        assertEquals(Optional.of("password.blank"), PasswordPolicy.violation("anna", " ".repeat(14)));
        assertEquals(Optional.of("password.sameAsUsername"),
                PasswordPolicy.violation("anna.longname", "Anna.Longname"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("anna", "x".repeat(257)));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("anna", null));
    }

    @Test
    void hashesAreArgon2AndVerify() {
        String hash = Passwords.hash("correct horse battery");
        assertTrue(hash.startsWith("$shiro2$argon2id"), hash);
        assertTrue(Passwords.matches("correct horse battery", hash));
        assertFalse(Passwords.matches("correct horse battery!", hash));
        assertFalse(Passwords.matches("anything", null));
    }
}
