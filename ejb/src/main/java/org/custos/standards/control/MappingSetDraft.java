package org.custos.standards.control;

import java.util.List;

/**
 * Mappings from one standard to another as read from a file. Source and target standards are
 * named by code and version (as in {@link CatalogDraft}) when the file says which; otherwise by the
 * file's own reference (an OSCAL resource title or href) in {@code sourceRef}/{@code targetRef},
 * for the store to resolve against catalogs already present.
 */
public record MappingSetDraft(String name, String sourceCode, String sourceVersion, String sourceRef,
        String targetCode, String targetVersion, String targetRef, String provenance, List<MappingDraft> mappings,
        List<String> warnings) {

    public MappingSetDraft {
        mappings = List.copyOf(mappings);
        warnings = List.copyOf(warnings);
    }
}
