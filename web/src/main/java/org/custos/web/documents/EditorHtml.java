package org.custos.web.documents;

import java.util.ArrayList;
import java.util.List;
import org.custos.documents.control.DocumentContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Between the rich-text editor and the boundary. The editor (Quill 2) writes every list as
 * {@code <ol>} with {@code data-list="bullet|ordered"} on the items and adds UI-only spans; the
 * boundary's sanitiser keeps plain HTML only, so bullet lists would turn into numbered ones. Here the
 * editor's markup becomes plain {@code <ul>}/{@code <ol>} before it is sent; the boundary sanitises
 * it in any case.
 */
final class EditorHtml {

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private EditorHtml() {
    }

    /** The editor's HTML as plain HTML (null stays null). */
    static String fromEditor(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings(COMPACT);
        doc.select("span.ql-ui").remove();
        for (Element list : doc.select("ol")) {
            splitByKind(list);
        }
        doc.select("li[data-list]").removeAttr("data-list");
        return doc.body().html();
    }

    /** Stored (sanitised) HTML for display and for the editor, sanitised once more for defence in depth. */
    static String forDisplay(String html) {
        return DocumentContent.sanitize(html);
    }

    /** Splits an editor list into runs of the same kind: bullet runs become {@code <ul>}. */
    private static void splitByKind(Element list) {
        List<Element> items = new ArrayList<>(list.children());
        if (items.stream().noneMatch(li -> "bullet".equals(li.attr("data-list")))) {
            return;
        }
        Element current = null;
        String currentKind = null;
        Element anchor = list;
        for (Element li : items) {
            String kind = "bullet".equals(li.attr("data-list")) ? "ul" : "ol";
            if (current == null || !kind.equals(currentKind)) {
                current = new Element(kind);
                anchor.after(current);
                anchor = current;
                currentKind = kind;
            }
            current.appendChild(li);
        }
        list.remove();
    }
}
