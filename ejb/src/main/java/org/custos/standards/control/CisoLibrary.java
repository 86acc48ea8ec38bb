package org.custos.standards.control;

import java.util.List;

/** What one CISO Assistant library file holds: frameworks and/or requirement mapping sets. */
public record CisoLibrary(List<CatalogDraft> frameworks, List<MappingSetDraft> mappingSets) {

    public CisoLibrary {
        frameworks = List.copyOf(frameworks);
        mappingSets = List.copyOf(mappingSets);
    }
}
