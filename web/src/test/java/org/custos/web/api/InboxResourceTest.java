package org.custos.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.custos.notifications.control.NotificationText;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.Notification.Kind;
import org.custos.platform.error.ValidationException;
import org.junit.jupiter.api.Test;

class InboxResourceTest {

    private static final Instant NOW = Instant.parse("2026-06-10T06:00:00Z");

    @Test
    void aNotificationCarriesItsTextInTheAskedLanguageAndItsRawParts() {
        LocalDate due = LocalDate.of(2026, 6, 20);
        Notification n = new Notification("anna", Kind.DOCUMENT_REVIEW, "RL-01 Informationssicherheitsleitlinie",
                "/documents/document?id=4", NotificationText.startOf(due), NotificationText.dedupKey(Kind.DOCUMENT_REVIEW, 4, due),
                NOW);
        InboxResource.NotificationJson de = InboxResource.json(n, Locale.GERMAN, NOW);
        assertEquals("Dokumentenprüfung fällig am 20.06.2026: RL-01 Informationssicherheitsleitlinie", de.text());
        assertEquals("DOCUMENT_REVIEW", de.kind());
        assertEquals("/documents/document?id=4", de.link());
        assertEquals("2026-06-19T22:00:00Z", de.dueAt());
        assertNull(de.readAt());
        assertFalse(de.overdue());
        assertTrue(InboxResource.json(n, Locale.ENGLISH, NOW.plusSeconds(30L * 24 * 3600)).overdue());
    }

    @Test
    void preferencesWithoutEveryFieldOrWithAnUnknownWayAreRefusedBeforeAnythingIsSaved() {
        InboxResource r = new InboxResource();
        assertEquals("api.inbox.invalid", assertThrows(ValidationException.class, () -> r.savePreferences(null)).messageKey());
        assertEquals("api.inbox.invalid", assertThrows(ValidationException.class,
                () -> r.savePreferences(new InboxResource.PreferencesRequest(true, null, 0L))).messageKey());
        assertEquals("api.inbox.invalid", assertThrows(ValidationException.class,
                () -> r.savePreferences(new InboxResource.PreferencesRequest(true, "WEEKLY", 0L))).messageKey());
        assertEquals("api.inbox.invalid", assertThrows(ValidationException.class,
                () -> r.savePreferences(new InboxResource.PreferencesRequest(null, "DAILY", 0L))).messageKey());
    }
}
