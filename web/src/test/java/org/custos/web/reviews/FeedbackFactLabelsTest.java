package org.custos.web.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The feedback input of a management review reads in either language, old approved reviews included. */
class FeedbackFactLabelsTest {

    @Test
    void kindAndStatusOfAFeedbackItemAreTranslated() {
        List<String> item = List.of("review.fact.feedbackItem", "2026-06-01", "Patientinnen und Patienten", "feedback.kind.COMPLAINT",
                "Arztbrief an falschen Hausarzt gefaxt", "feedback.status.ANSWERED");
        assertEquals("2026-06-01 Patientinnen und Patienten (Complaint, answered): Arztbrief an falschen Hausarzt gefaxt",
                ReviewLabels.fact(item, Locale.ENGLISH));
        assertEquals("2026-06-01 Patientinnen und Patienten (Beschwerde, beantwortet): Arztbrief an falschen Hausarzt gefaxt",
                ReviewLabels.fact(item, Locale.GERMAN));
    }

    @Test
    void countsAndTheEmptyPeriodRead() {
        assertEquals("Rückmeldungen interessierter Parteien im Zeitraum: 5 (Beschwerden: 2, Anforderungen: 1, Vorschläge: 0, "
                + "Lob: 1, Fragen: 1); noch nicht beantwortet: 3.",
                ReviewLabels.fact(List.of("review.fact.feedbackReceived", "5", "2", "1", "0", "1", "1", "3"), Locale.GERMAN));
        assertEquals("No feedback from interested parties was recorded in the period since 2025-11-30; not yet answered "
                + "from earlier periods: 1.", ReviewLabels.fact(List.of("review.fact.feedbackNone", "2025-11-30", "1"), Locale.ENGLISH));
    }

    @Test
    void reviewsCompiledBeforeTheRegisterStillRead() {
        String old = ReviewLabels.fact(List.of("review.fact.feedback", "8"), Locale.ENGLISH);
        assertTrue(old.startsWith("Custos keeps no feedback records of its own: 8 interested parties"), old);
    }
}
