package org.custos.standards.control;

import java.util.List;
import java.util.Map;

/**
 * One requirement node of a {@link CatalogDraft}: a heading (not assessable) or a requirement.
 *
 * @param refId the standard's own identifier, unique within the catalog, e.g. {@code A.5.1}, {@code 1.1.1}
 * @param parentRefId the parent's refId, or null for a top-level node
 * @param order position among its siblings, from 0
 * @param attributes free attributes such as TISAX tiers ({@code tier.must}, {@code tier.high}, …),
 *        C/I/A tags, class, or the maturity target
 * @param implementationGroups implementation groups (CISO Assistant), empty if none
 */
public record NodeDraft(String refId, String parentRefId, String titleEn, String titleDe, String descriptionEn,
        String descriptionDe, boolean assessable, int order, Map<String, String> attributes,
        List<String> implementationGroups) {

    public NodeDraft {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        implementationGroups = implementationGroups == null ? List.of() : List.copyOf(implementationGroups);
    }
}
