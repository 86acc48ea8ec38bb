package org.custos.documents.entity;

import java.util.Set;

/**
 * The kinds of controlled documents and where each may hang in the hierarchy: the guideline on top,
 * regulations under the guideline or another regulation, concepts under a regulation.
 */
public enum DocumentType {
    GUIDELINE(Set.of(), true, true),
    REGULATION(Set.of("GUIDELINE", "REGULATION"), false, false),
    CONCEPT(Set.of("REGULATION"), false, false),
    SCOPE(Set.of(), true, true),
    RECORD(Set.of("GUIDELINE", "REGULATION", "CONCEPT", "SCOPE"), true, false);

    private final Set<String> parents;
    private final boolean parentOptional;
    private final boolean topManagementApproves;

    DocumentType(Set<String> parents, boolean parentOptional, boolean topManagementApproves) {
        this.parents = parents;
        this.parentOptional = parentOptional;
        this.topManagementApproves = topManagementApproves;
    }

    public boolean allowsParent(DocumentType type) {
        return parents.contains(type.name());
    }

    /** Whether the document is valid without a parent (guideline, scope statement, free records). */
    public boolean parentOptional() {
        return parentOptional;
    }

    /** Guideline and scope statement are management's own: only top management approves them. */
    public boolean topManagementApproves() {
        return topManagementApproves;
    }

    /** Of these, only one document may be in force in the organisation. */
    public boolean single() {
        return this == GUIDELINE || this == SCOPE;
    }
}
