package org.custos.documents.control;

import java.util.ArrayList;
import java.util.List;
import org.custos.documents.entity.DocumentAttachment;
import org.custos.documents.entity.DocumentVersion;
import org.custos.platform.files.Sha256;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The rich text of documents: what the editor may keep (headings, lists, emphasis, tables, links;
 * never scripts, styles, event handlers or foreign embeds), its plain-text lines for diffs and PDF,
 * and the SHA-256 that seals a version.
 */
public final class DocumentContent {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addTags("s", "span")
            .addAttributes("a", "rel", "target")
            .addAttributes(":all", "class")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private DocumentContent() {
    }

    /** Keeps only the safe part of the HTML; blank input becomes null. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
        return Jsoup.parseBodyFragment(clean).text().isBlank() ? null : clean;
    }

    /** The text as lines: one per paragraph, heading, list item or table row. */
    public static List<String> lines(String html) {
        List<String> lines = new ArrayList<>();
        if (html == null) {
            return lines;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.select("h1, h2, h3, h4, h5, h6, p, li, tr, pre, blockquote")) {
            if (!e.is("tr") && e.select("p, li, tr").stream().anyMatch(inner -> inner != e)) {
                continue; // a container; its inner blocks carry the text
            }
            String prefix = e.is("li") ? "• " : e.is("h1, h2, h3, h4, h5, h6") ? "# " : "";
            String text = e.is("tr") ? String.join(" | ", e.select("td, th").eachText()) : e.text();
            if (!text.isBlank()) {
                lines.add(prefix + text.strip());
            }
        }
        if (lines.isEmpty() && !body.text().isBlank()) {
            lines.add(body.text().strip());
        }
        return lines;
    }

    /** The SHA-256 over everything that makes up a version: text, metadata, requirements and files. */
    public static String seal(DocumentVersion v, List<DocumentAttachment> attachments) {
        StringBuilder s = new StringBuilder();
        s.append(v.getDocument().getId()).append('\n').append(v.getNumber()).append('\n').append(v.getTitle()).append('\n')
                .append(v.getParentCode()).append('\n').append(v.getOwnerName()).append('\n').append(v.getRoleName())
                .append('\n').append(v.getReviewMonths()).append('\n').append(v.getRequirementIds()).append('\n');
        for (DocumentAttachment a : attachments) {
            s.append(a.getFileName()).append(' ').append(a.getSha256()).append('\n');
        }
        s.append(v.getContent() == null ? "" : v.getContent());
        return Sha256.hex(s.toString());
    }

}
