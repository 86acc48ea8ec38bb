package org.custos.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.custos.documents.entity.DocumentStatus;
import org.junit.jupiter.api.Test;

class DocumentLabelsTest {

    @Test
    void causesReadAsSentences() {
        assertEquals("RL-01 was revised (now version 2); check whether this document still fits.",
                DocumentLabels.cause(Locale.ENGLISH, "changed:RL-01 v2"));
        assertEquals("RL-01, from which this document is derived, was withdrawn.", DocumentLabels.cause(Locale.ENGLISH, "withdrawn:RL-01"));
        assertEquals("something else", DocumentLabels.cause(Locale.ENGLISH, "something else"));
        assertEquals("A document above this one changed.", DocumentLabels.cause(Locale.ENGLISH, null));
        assertEquals("RL-01 wurde überarbeitet (jetzt Version 2); prüfen Sie, ob dieses Dokument noch passt.",
                DocumentLabels.cause(Locale.GERMAN, "changed:RL-01 v2"));
    }

    @Test
    void statusColours() {
        assertEquals("ok", DocumentLabels.statusClass(DocumentStatus.PUBLISHED));
        assertEquals("danger", DocumentLabels.statusClass(DocumentStatus.WITHDRAWN));
        assertEquals("warn", DocumentLabels.statusClass(DocumentStatus.IN_REVIEW));
        assertEquals("", DocumentLabels.statusClass(DocumentStatus.SUPERSEDED));
    }
}
