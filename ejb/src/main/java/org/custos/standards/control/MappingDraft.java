package org.custos.standards.control;

/**
 * One mapping between requirements, by their reference ids.
 *
 * @param strength 0–10, or null when the source gives none
 */
public record MappingDraft(String sourceRefId, String targetRefId, Relationship relationship, Integer strength,
        String rationale) {
}
