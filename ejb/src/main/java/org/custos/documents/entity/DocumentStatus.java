package org.custos.documents.entity;

/** The lifecycle of a document version: Draft → In review → Approved → Published → Superseded / Withdrawn. */
public enum DocumentStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /** A version still being worked on, i.e. not yet published and not retired. */
    public boolean working() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
