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
        assertEquals("2026-06-01 Patientinnen und Patienten (Complaint): Arztbrief an falschen Hausarzt gefaxt – answered.",
                ReviewLabels.fact(item, Locale.ENGLISH));
        assertEquals("2026-06-01 Patientinnen und Patienten (Beschwerde): Arztbrief an falschen Hausarzt gefaxt – beantwortet.",
                ReviewLabels.fact(item, Locale.GERMAN));
    }

    @Test
    void countsAndTheEmptyPeriodRead() {
        assertEquals("5 Rückmeldungen interessierter Parteien gingen im Zeitraum ein: 2 Beschwerden, 1 Anforderungen, "
                + "0 Vorschläge, 1-mal Lob, 1 Fragen; 3 Rückmeldungen sind noch nicht beantwortet.",
                ReviewLabels.fact(List.of("review.fact.feedbackReceived", "5", "2", "1", "0", "1", "1", "3"), Locale.GERMAN));
        assertEquals("No feedback from interested parties was recorded in the period since 2025-11-30; 1 earlier items are "
                + "not yet answered.", ReviewLabels.fact(List.of("review.fact.feedbackNone", "2025-11-30", "1"), Locale.ENGLISH));
    }

    @Test
    void reviewsCompiledBeforeTheRegisterStillRead() {
        String old = ReviewLabels.fact(List.of("review.fact.feedback", "8"), Locale.ENGLISH);
        assertTrue(old.startsWith("Custos keeps no feedback records of its own: 8 interested parties"), old);
    }
}
