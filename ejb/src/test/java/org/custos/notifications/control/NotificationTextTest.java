package org.custos.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.Notification.Kind;
import org.custos.notifications.entity.NotificationPreference;
import org.custos.notifications.entity.NotificationPreference.Digest;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

    private static final Instant NOW = Instant.parse("2026-06-10T06:00:00Z");

    private static Notification action(String label, LocalDate due) {
        return new Notification("anna", Kind.CORRECTIVE_ACTION, label, "/nonconformities/nonconformity?id=3",
                NotificationText.startOf(due), NotificationText.dedupKey(Kind.CORRECTIVE_ACTION, 9, due), NOW);
    }

    @Test
    void theSameThingDueOnTheSameDayHasOneKeyAndANewDueDateANewOne() {
        LocalDate due = LocalDate.of(2026, 6, 12);
        assertEquals(NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 7L, due), NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 7, due));
        assertEquals("DOCUMENT_REVIEW:7:2026-06-12", NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 7, due));
        assertNotEquals(NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 7, due),
                NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 7, due.plusMonths(12)));
        assertNotEquals(NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 7, due), NotificationText.dedupKey(Kind.EVIDENCE_EXPIRY, 7, due));
    }

    @Test
    void aDateOnlyDeadlineStartsItsDayInGermanTime() {
        assertEquals(Instant.parse("2026-06-11T22:00:00Z"), NotificationText.startOf(LocalDate.of(2026, 6, 12)));
    }

    @Test
    void theSubjectIsInTheReadersLanguageAndSaysWhenSomethingIsOverdue() {
        Notification soon = action("Patch the firewall", LocalDate.of(2026, 6, 12));
        assertEquals("Corrective action due on 2026-06-12: Patch the firewall", NotificationText.subject(soon, Locale.ENGLISH, NOW));
        assertEquals("Korrekturmaßnahme fällig am 12.06.2026: Patch the firewall",
                NotificationText.subject(soon, Locale.GERMAN, NOW));
        Notification late = action("Patch the firewall", LocalDate.of(2026, 6, 1));
        assertEquals("Korrekturmaßnahme überfällig seit 01.06.2026: Patch the firewall",
                NotificationText.subject(late, Locale.GERMAN, NOW));
        assertTrue(NotificationText.subject(late, Locale.ENGLISH, NOW).contains("overdue since 2026-06-01"));
    }

    @Test
    void evidenceExpiresRatherThanFallsDue() {
        Instant until = NotificationText.startOf(LocalDate.of(2026, 7, 1));
        assertEquals("Nachweis läuft ab am 01.07.2026: M-1 Backup-Test",
                NotificationText.subject(Kind.EVIDENCE_EXPIRY, "M-1 Backup-Test", until, Locale.GERMAN, NOW));
    }

    @Test
    void everyKindReadsInBothLanguages() {
        Instant due = NotificationText.startOf(LocalDate.of(2026, 7, 1));
        for (Kind kind : Kind.values()) {
            String en = NotificationText.subject(kind, "X-1|Label", due, Locale.ENGLISH, NOW);
            String de = NotificationText.subject(kind, "X-1|Label", due, Locale.GERMAN, NOW);
            assertTrue(!en.startsWith(kind.name()) && !de.startsWith(kind.name()) && !en.equals(de), kind + ": " + en + " / " + de);
        }
        assertEquals("Nächste Managementbewertung fällig am 01.07.2026, zwölf Monate nach MR-2025",
                NotificationText.subject(Kind.MANAGEMENT_REVIEW, "MR-2025", due, Locale.GERMAN, NOW));
        assertEquals("Measurement due on 2026-07-01: KPI-03 Verfügbarkeit KIS",
                NotificationText.subject(Kind.KPI_MEASUREMENT, "KPI-03 Verfügbarkeit KIS", due, Locale.ENGLISH, NOW));
    }

    @Test
    void anIncidentDeadlineNamesTheDutyAndTheHour() {
        Instant due = Instant.parse("2026-06-10T14:30:00Z");
        String label = NotificationText.dutyLabel("BSI_EARLY_WARNING", "I-7 Ransomware");
        assertEquals("BSI-Frühwarnung fällig am 10.06.2026 16:30: I-7 Ransomware",
                NotificationText.subject(Kind.INCIDENT_REPORTING, label, due, Locale.GERMAN, NOW));
        assertEquals("BSI early warning due on 2026-06-10 16:30: I-7 Ransomware",
                NotificationText.subject(Kind.INCIDENT_REPORTING, label, due, Locale.ENGLISH, NOW));
    }

    @Test
    void theDigestListsEachItemWithItsFullLink() {
        List<Notification> items = List.of(action("First", LocalDate.of(2026, 6, 12)), action("Second", LocalDate.of(2026, 6, 13)));
        NotificationText.Mail m = NotificationText.digest(items, Locale.GERMAN, "https://isms.example.org/", NOW);
        assertEquals("Custos: 2 offene Benachrichtigungen", m.subject());
        assertTrue(m.body().contains("- Korrekturmaßnahme fällig am 12.06.2026: First\n"
                + "  https://isms.example.org/nonconformities/nonconformity?id=3\n"), m.body());
        assertTrue(m.body().indexOf("First") < m.body().indexOf("Second"));
        assertTrue(m.body().contains("Seite „Benachrichtigungen“"));
    }

    @Test
    void withoutABaseUrlTheMailGivesThePath() {
        NotificationText.Mail m = NotificationText.single(action("First", LocalDate.of(2026, 6, 12)), Locale.ENGLISH, null, NOW);
        assertEquals("Corrective action due on 2026-06-12: First", m.subject());
        assertTrue(m.body().startsWith("Corrective action due on 2026-06-12: First\n/nonconformities/nonconformity?id=3\n"));
    }

    @Test
    void aLongLabelIsCutToTheColumn() {
        assertEquals(400, action("x".repeat(500), LocalDate.of(2026, 6, 12)).getItemLabel().length());
    }

    @Test
    void mailGoesOutOnlyTheChosenWayAndNotWhenSwitchedOff() {
        NotificationPreference p = new NotificationPreference("anna");
        assertTrue(p.wants(Digest.DAILY), "the default: a daily digest");
        p.choose(true, Digest.IMMEDIATE);
        assertTrue(p.wants(Digest.IMMEDIATE));
        assertFalse(p.wants(Digest.DAILY));
        p.choose(false, Digest.IMMEDIATE);
        assertFalse(p.wants(Digest.IMMEDIATE));
    }
}
