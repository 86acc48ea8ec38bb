package org.custos.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.custos.documents.control.VersionDiff.Line;
import org.custos.documents.entity.DocumentType;
import org.junit.jupiter.api.Test;

class DocumentContentTest {

    @Test
    void sanitizingKeepsFormattingAndDropsScripts() {
        String dirty = "<h2 onclick=\"x()\">Scope</h2><p>Use a <strong>firewall</strong><script>alert(1)</script>"
                + "<img src=x onerror=alert(2)></p><a href=\"javascript:alert(3)\">x</a><a href=\"https://bsi.bund.de\">BSI</a>";
        String clean = DocumentContent.sanitize(dirty);
        assertTrue(clean.contains("<h2>Scope</h2>"), clean);
        assertTrue(clean.contains("<strong>firewall</strong>"), clean);
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertTrue(clean.contains("href=\"https://bsi.bund.de\""), clean);
        assertTrue(clean.contains("rel=\"noopener noreferrer\""), clean);
    }

    @Test
    void blankOrTagOnlyContentIsNoContent() {
        assertNull(DocumentContent.sanitize("  "));
        assertNull(DocumentContent.sanitize("<p><br></p>"));
        assertNull(DocumentContent.sanitize("<script>alert(1)</script>"));
    }

    @Test
    void linesFollowTheBlocks() {
        List<String> lines = DocumentContent.lines("<h1>Firewall</h1><p>All networks are segmented.</p>"
                + "<ul><li>DMZ</li><li>Medical devices</li></ul><table><tr><td>A</td><td>B</td></tr></table>");
        assertEquals(List.of("# Firewall", "All networks are segmented.", "• DMZ", "• Medical devices", "A | B"), lines);
    }

    @Test
    void diffShowsRemovedAndAddedLinesInPlace() {
        List<Line> lines = VersionDiff.lines(List.of("a", "b", "c"), List.of("a", "B", "c", "d"));
        assertEquals(List.of(new Line(Line.Kind.SAME, "a"), new Line(Line.Kind.REMOVED, "b"), new Line(Line.Kind.ADDED, "B"),
                new Line(Line.Kind.SAME, "c"), new Line(Line.Kind.ADDED, "d")), lines);
    }

    @Test
    void hierarchyRules() {
        assertTrue(DocumentType.REGULATION.allowsParent(DocumentType.GUIDELINE));
        assertTrue(DocumentType.REGULATION.allowsParent(DocumentType.REGULATION));
        assertTrue(DocumentType.CONCEPT.allowsParent(DocumentType.REGULATION));
        assertFalse(DocumentType.CONCEPT.allowsParent(DocumentType.GUIDELINE));
        assertFalse(DocumentType.GUIDELINE.allowsParent(DocumentType.REGULATION));
        assertFalse(DocumentType.REGULATION.parentOptional());
        assertTrue(DocumentType.GUIDELINE.topManagementApproves());
        assertTrue(DocumentType.SCOPE.topManagementApproves());
        assertFalse(DocumentType.REGULATION.topManagementApproves());
    }
}
