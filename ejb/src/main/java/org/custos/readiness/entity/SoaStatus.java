package org.custos.readiness.entity;

/** Draft → In review → Approved; an approved SoA is superseded when the next one is approved. */
public enum SoaStatus {
    DRAFT, IN_REVIEW, APPROVED, SUPERSEDED;

    public boolean working() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
