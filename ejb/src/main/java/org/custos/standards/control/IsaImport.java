package org.custos.standards.control;

import java.util.List;

/**
 * What a VDA ISA workbook yields: the catalog, its mappings to ISO 27001 (one set per edition that
 * the workbook cites; editions without references are left out) and the references that could
 * not be read, each as {@code "<control>: <token>"}.
 */
public record IsaImport(CatalogDraft catalog, List<MappingSetDraft> isoMappings, List<String> unparsedReferences) {

    public IsaImport {
        isoMappings = List.copyOf(isoMappings);
        unparsedReferences = List.copyOf(unparsedReferences);
    }
}
