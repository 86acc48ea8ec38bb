package org.custos.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custos.documents.control.DocumentContent;
import org.junit.jupiter.api.Test;

class EditorHtmlTest {

    @Test
    void bulletListsOfTheEditorBecomePlainLists() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>One</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Two</li></ol>";
        assertEquals("<ul><li>One</li><li>Two</li></ul>", EditorHtml.fromEditor(quill));
    }

    @Test
    void mixedListsAreSplitInOrder() {
        String quill = "<ol><li data-list=\"ordered\">1</li><li data-list=\"bullet\">a</li><li data-list=\"ordered\">2</li></ol>";
        assertEquals("<ol><li>1</li></ol><ul><li>a</li></ul><ol><li>2</li></ol>", EditorHtml.fromEditor(quill));
    }

    @Test
    void orderedListsAndOtherTextStay() {
        assertEquals("<h2>Scope</h2><ol><li>1</li></ol><p><strong>x</strong></p>",
                EditorHtml.fromEditor("<h2>Scope</h2><ol><li data-list=\"ordered\">1</li></ol><p><strong>x</strong></p>"));
    }

    @Test
    void blankIsNull() {
        assertNull(EditorHtml.fromEditor(null));
        assertNull(EditorHtml.fromEditor("  "));
    }

    @Test
    void theResultSurvivesTheBoundarySanitiserAsAList() {
        String clean = DocumentContent.sanitize(EditorHtml.fromEditor("<ol><li data-list=\"bullet\">One</li></ol>"));
        assertTrue(clean.startsWith("<ul>"), clean);
    }

    @Test
    void displayIsSanitisedAgain() {
        String shown = EditorHtml.forDisplay("<p onclick=\"x()\">Hi</p><script>alert(1)</script>");
        assertFalse(shown.contains("script"), shown);
        assertFalse(shown.contains("onclick"), shown);
    }
}
