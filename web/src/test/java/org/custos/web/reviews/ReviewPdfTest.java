package org.custos.web.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.reviews.boundary.ManagementReviewService.ReviewView;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;
import org.junit.jupiter.api.Test;

/** Compiled facts read in either language; the review on paper shows them with the meeting's record. */
class ReviewPdfTest {

    @Test
    void factsReadInBothLanguagesAndKeysAsArgumentsAreTranslated() {
        List<String> fact = List.of("review.fact.riskLevel", "risk.level.HIGH", "3");
        assertEquals("Residual level High: 3 risks.", ReviewLabels.fact(fact, Locale.ENGLISH));
        assertEquals("Restrisiko Hoch: 3 Risiken.", ReviewLabels.fact(fact, Locale.GERMAN));
        assertEquals("Target missed: K-1 Restore tests. passed.", ReviewLabels.fact(List.of("review.fact.kpiMissed", "K-1",
                "Restore tests. passed"), Locale.ENGLISH), "free text is never taken for a key");
    }

    @Test
    void thePdfShowsInputsMinutesDecisionsAndApproval() throws IOException {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        ManagementReview r = new ManagementReview("isb", now);
        r.describe("MR-2026", "Managementbewertung 2026", LocalDate.of(2026, 11, 30), LocalDate.of(2025, 11, 30), "ISMS wirksam.");
        r.approve("leitung", now);
        ReviewInput risks = new ReviewInput(1, ReviewInput.Key.RISKS);
        risks.facts(List.of("review.fact.riskLevel|risk.level.HIGH|3"));
        risks.comment("Budget freigegeben.");
        ReviewDecision d = new ReviewDecision(1, "WORM-Speicher beschaffen", null, LocalDate.of(2027, 2, 1));
        byte[] pdf = new ReviewPdf().write(new ReviewView(r, List.of(risks), List.of(d)), Locale.GERMAN);
        PdfReader reader = new PdfReader(pdf);
        String t = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(t.contains("MR-2026 – Managementbewertung 2026") && t.contains("Freigegeben von leitung"), t);
        assertTrue(t.contains("Ergebnisse der Risikobeurteilung") && t.contains("Restrisiko Hoch: 3 Risiken."), t);
        assertTrue(t.contains("Budget freigegeben.") && t.contains("ISMS wirksam.") && t.contains("WORM-Speicher beschaffen"), t);
    }
}
