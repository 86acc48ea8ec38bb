package org.custos.reviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.reviews.control.ReviewCompiler.FeedbackLine;
import org.junit.jupiter.api.Test;

/** The feedback input of a management review: counts by kind, the unanswered ones, and the items themselves. */
class FeedbackFactsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 11, 30);

    @Test
    void noFeedbackInThePeriodSaysSoAndStillCountsTheUnanswered() {
        assertEquals(List.of("review.fact.feedbackNone|2025-11-30|2"), ReviewCompiler.feedbackFacts(FROM, List.of(), 2));
    }

    @Test
    void countsByKindThenListsEachItemWithTranslatableKindAndStatus() {
        List<FeedbackLine> lines = List.of(
                new FeedbackLine(LocalDate.of(2026, 6, 1), "Patienten", "COMPLAINT", "Fax | falscher Arzt", "ANSWERED"),
                new FeedbackLine(LocalDate.of(2026, 3, 2), "Versicherer", "REQUIREMENT", "MFA\nverlangt", "OPEN"),
                new FeedbackLine(LocalDate.of(2026, 1, 5), "Patienten", "COMPLAINT", "Wartezeit", "CLOSED"));
        List<String> facts = ReviewCompiler.feedbackFacts(FROM, lines, 4);
        assertEquals(List.of(
                "review.fact.feedbackReceived|3|2|1|0|0|0|4",
                "review.fact.feedbackItem|2026-06-01|Patienten|feedback.kind.COMPLAINT|Fax / falscher Arzt|feedback.status.ANSWERED",
                "review.fact.feedbackItem|2026-03-02|Versicherer|feedback.kind.REQUIREMENT|MFA verlangt|feedback.status.OPEN",
                "review.fact.feedbackItem|2026-01-05|Patienten|feedback.kind.COMPLAINT|Wartezeit|feedback.status.CLOSED"), facts);
    }

    @Test
    void listsTwentyItemsAtMostAndSaysHowManyMore() {
        List<FeedbackLine> lines = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            lines.add(new FeedbackLine(FROM.plusDays(i), "P" + i, "PRAISE", "gut " + i, "CLOSED"));
        }
        List<String> facts = ReviewCompiler.feedbackFacts(FROM, lines, 0);
        assertEquals("review.fact.feedbackReceived|23|0|0|0|23|0|0", facts.get(0));
        assertEquals(22, facts.size(), "the count, 20 items and the rest");
        assertEquals("review.fact.feedbackMore|3", facts.get(21));
    }
}
