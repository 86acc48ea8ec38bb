package org.custos.web.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.custos.readiness.boundary.SoaService.SoaRow;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.entity.SoaStatus;
import org.custos.web.readiness.ReadinessSoaView.Decision;
import org.custos.web.support.Messages;
import org.junit.jupiter.api.Test;

class ReadinessSoaViewTest {

    private static SoaRow row(long id, String theme, Boolean applicable) {
        return new SoaRow(id, 0, id, "A." + id, "Title", null, theme, applicable, null, ReadinessStatus.PARTLY, null, List.of());
    }

    @Test
    void decisionsMapToTheBoundaryAndBack() {
        assertEquals(Boolean.TRUE, Decision.APPLICABLE.applicable());
        assertEquals(Boolean.FALSE, Decision.NOT_APPLICABLE.applicable());
        assertNull(Decision.UNDECIDED.applicable());
        for (Decision d : Decision.values()) {
            assertEquals(d, Decision.of(d.applicable()));
        }
    }

    @Test
    void filtersByThemeAndDecision() {
        List<SoaRow> rows = List.of(row(1, "A.5", true), row(2, "A.5", null), row(3, "A.8", false));
        assertEquals(3, ReadinessSoaView.matching(rows, null, null).size());
        assertEquals(2, ReadinessSoaView.matching(rows, "A.5", null).size());
        assertEquals(List.of(rows.get(1)), ReadinessSoaView.matching(rows, "A.5", Decision.UNDECIDED));
        assertEquals(List.of(rows.get(2)), ReadinessSoaView.matching(rows, null, Decision.NOT_APPLICABLE));
    }

    @Test
    void exportFileNamesCarryVersionAndLanguage() {
        assertEquals("soa-v3-en.pdf", ReadinessSoaView.fileName(3, "en", "pdf"));
        assertEquals("soa-v12-de.xlsx", ReadinessSoaView.fileName(12, "de", "xlsx"));
    }

    @Test
    void backendMessagesShowStatusesByTheirLabel() {
        assertEquals("The status cannot change from In review to Approved.",
                Messages.text(Locale.ENGLISH, "soa.transition.invalid", SoaStatus.IN_REVIEW, SoaStatus.APPROVED));
        assertEquals("Version 3 hat den Status In Prüfung; nur ein Entwurf kann geändert werden.",
                Messages.text(Locale.GERMAN, "soa.notDraft", 3, SoaStatus.IN_REVIEW));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (Decision d : Decision.values()) {
                String key = "soa.decision." + d.name();
                assertEquals(false, Messages.text(locale, key).equals(key));
            }
            for (ReadinessStatus s : ReadinessStatus.values()) {
                String key = "readiness.status." + s.name();
                assertEquals(false, Messages.text(locale, key).equals(key));
            }
        }
    }
}
