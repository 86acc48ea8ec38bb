package org.custos.context.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.custos.context.boundary.FeedbackService.FeedbackInput;
import org.custos.context.entity.Feedback;
import org.custos.context.entity.Feedback.Channel;
import org.custos.context.entity.Feedback.Kind;
import org.custos.platform.error.ValidationException;
import org.junit.jupiter.api.Test;

/** What feedback must say, and what may happen to it in which status. */
class FeedbackRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static FeedbackInput input(Long party, LocalDate on, String summary) {
        return new FeedbackInput(party, on, Channel.EMAIL, Kind.COMPLAINT, summary, "  ");
    }

    private static String refusal(FeedbackInput in) {
        return assertThrows(ValidationException.class, () -> FeedbackService.validate(in, TODAY)).messageKey();
    }

    @Test
    void partySummaryAndAPastDateAreRequired() {
        assertEquals("feedback.party.required", refusal(null));
        assertEquals("feedback.party.required", refusal(input(null, TODAY, "x")));
        assertEquals("feedback.summary.invalid", refusal(input(1L, TODAY, " ")));
        assertEquals("feedback.summary.invalid", refusal(input(1L, TODAY, "x".repeat(501))));
        assertEquals("feedback.received.invalid", refusal(input(1L, null, "x")));
        assertEquals("feedback.received.invalid", refusal(input(1L, TODAY.plusDays(1), "x")));
        assertEquals("feedback.kind.required",
                refusal(new FeedbackInput(1L, TODAY, null, Kind.PRAISE, "x", null)));
        assertEquals("feedback.kind.required",
                refusal(new FeedbackInput(1L, TODAY, Channel.PHONE, null, "x", null)));
    }

    @Test
    void validInputIsStrippedAndTodayIsAllowed() {
        FeedbackInput ok = FeedbackService.validate(input(7L, TODAY, "  Fax an falschen Arzt  "), TODAY);
        assertEquals("Fax an falschen Arzt", ok.summary());
        assertNull(ok.details(), "blank details are none");
        assertEquals(500, FeedbackService.validate(input(7L, TODAY, "y".repeat(500)), TODAY).summary().length());
    }

    @Test
    void onlyOpenFeedbackMayBeDeletedAndAnsweringRecordsWhoAndWhen() {
        Feedback f = new Feedback("isb", NOW);
        assertTrue(f.isOpen() && f.isDeletable());
        f.answer("Erledigt", "leitung", NOW);
        assertEquals(Feedback.Status.ANSWERED, f.getStatus());
        assertEquals("leitung", f.getAnsweredBy());
        assertEquals(NOW, f.getAnsweredAt());
        assertFalse(f.isDeletable(), "an answered item is part of the record");
        f.close("isb", NOW);
        assertTrue(f.isClosed());
        assertFalse(f.isDeletable());
        assertEquals("CLOSED", f.auditState().get("status"));
    }
}
