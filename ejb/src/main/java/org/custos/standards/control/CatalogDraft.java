package org.custos.standards.control;

import java.util.List;

/**
 * A standard as read from a file, before it is stored: the common result of every importer.
 * Nodes are listed parents first; a node's parent is named by its reference id.
 *
 * @param code short stable code, e.g. {@code ISO27001}, {@code VDA-ISA}, {@code BSI-GS-KERNEL}
 * @param version the standard's version, e.g. {@code 2022}, {@code 6.0.2}
 * @param licence licence or source notice to show with the catalog
 * @param languages language tags present in titles/descriptions, e.g. {@code en}, {@code de}
 * @param warnings things the importer skipped or could not read, for the import report
 */
public record CatalogDraft(String code, String name, String version, String publisher, String source,
        String licence, List<String> languages, List<NodeDraft> nodes, List<String> warnings) {

    public CatalogDraft {
        languages = List.copyOf(languages);
        nodes = List.copyOf(nodes);
        warnings = List.copyOf(warnings);
    }

    public long assessableCount() {
        return nodes.stream().filter(NodeDraft::assessable).count();
    }
}
