package org.custos.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void enumArgumentsAppearByTheirLabelInTheUserLanguage() {
        assertEquals("document.type.CONCEPT", Messages.enumKey(DocumentType.CONCEPT));
        assertEquals("document.status.IN_REVIEW", Messages.enumKey(DocumentStatus.IN_REVIEW));
        assertEquals("Ein Dokument der Art Konzept kann nicht unter einem Dokument der Art Leitlinie stehen.",
                Messages.text(Locale.GERMAN, "document.parent.type", DocumentType.CONCEPT, DocumentType.GUIDELINE));
        assertEquals("A document of kind Concept cannot be placed under a Guideline.",
                Messages.text(Locale.ENGLISH, "document.parent.type", DocumentType.CONCEPT, DocumentType.GUIDELINE));
    }

    @Test
    void everyDocumentKindAndStatusHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (Enum<?> e : DocumentType.values()) {
                assertEquals(false, Messages.text(locale, Messages.enumKey(e)).equals(Messages.enumKey(e)), e + " " + locale);
            }
            for (Enum<?> e : DocumentStatus.values()) {
                assertEquals(false, Messages.text(locale, Messages.enumKey(e)).equals(Messages.enumKey(e)), e + " " + locale);
            }
        }
    }
}
