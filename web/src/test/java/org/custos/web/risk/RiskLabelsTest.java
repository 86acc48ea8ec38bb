package org.custos.web.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.entity.RiskLevel;
import org.junit.jupiter.api.Test;

class RiskLabelsTest {

    @Test
    void aFlagReasonIsTranslatedWithItsArgument() {
        assertEquals("Asset KIS has changed.", RiskLabels.reason("risk.flag.assetChanged|KIS", Locale.ENGLISH));
        assertEquals("The risk was reactivated.", RiskLabels.reason("risk.flag.reactivated", Locale.ENGLISH));
        assertTrue(RiskLabels.reason("risk.flag.assetChanged|KIS", Locale.GERMAN).contains("KIS"));
    }

    @Test
    void aReasonThatIsNoKeyIsShownAsItIs() {
        assertEquals("Pen test found a hole", RiskLabels.reason("Pen test found a hole", Locale.ENGLISH));
        assertEquals("", RiskLabels.reason(null, Locale.ENGLISH));
    }

    @Test
    void levelsAreBadgesInTheMatrixColours() {
        assertEquals("tag level-badge risk-critical", RiskLabels.levelClass(RiskLevel.CRITICAL));
        assertEquals("tag", RiskLabels.levelClass(null));
        assertEquals("tag warn", RiskLabels.acceptanceClass(Acceptance.PENDING));
    }

    @Test
    void aScaleLevelIsLabelledByValueAndNameInThePageLanguage() {
        CriteriaContent.Level l = new CriteriaContent.Level(3, "Likely", "Wahrscheinlich", null, null);
        assertEquals("3 – Likely", RiskLabels.levelLabel(l, Locale.ENGLISH));
        assertEquals("3 – Wahrscheinlich", RiskLabels.levelLabel(l, Locale.GERMAN));
    }

    @Test
    void noAssessmentsNoChart() {
        assertNull(RiskLabels.trendChart(java.util.List.of(), "Inherent", "Residual"));
    }
}
