package org.custos.standards.control;

import java.util.Locale;
import java.util.Optional;

/**
 * How a source requirement relates to a target requirement (NIST OLIR / OSCAL 1.2 mapping
 * vocabulary), and how much coverage follows the mapping.
 */
public enum Relationship {
    EQUAL(Coverage.FULL), SUBSET(Coverage.PARTIAL), SUPERSET(Coverage.FULL), INTERSECT(Coverage.PARTIAL),
    NOT_RELATED(Coverage.NONE);

    public enum Coverage {
        FULL, PARTIAL, NONE
    }

    private final Coverage coverage;

    Relationship(Coverage coverage) {
        this.coverage = coverage;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** The relationship read from the target's side: subset and superset swap. */
    public Relationship inverse() {
        switch (this) {
            case SUBSET:
                return SUPERSET;
            case SUPERSET:
                return SUBSET;
            default:
                return this;
        }
    }

    /** The weaker of two coverages: a path covers no more than its weakest link. */
    public static Coverage weakest(Coverage a, Coverage b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * Reads the names used by OSCAL ({@code equivalent-to}, {@code equal-to}, {@code subset-of},
     * {@code superset-of}, {@code intersects-with}, {@code no-relationship}), CISO Assistant
     * ({@code equal}, {@code subset}, {@code superset}, {@code intersect}, {@code not_related}) and
     * this enum's own names, case-insensitively.
     */
    public static Optional<Relationship> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (t) {
            case "equal": case "equal-to": case "equivalent-to": case "equivalent":
                return Optional.of(EQUAL);
            case "subset": case "subset-of":
                return Optional.of(SUBSET);
            case "superset": case "superset-of":
                return Optional.of(SUPERSET);
            case "intersect": case "intersects-with": case "intersects": case "intersection":
                return Optional.of(INTERSECT);
            case "not-related": case "no-relationship": case "not related":
                return Optional.of(NOT_RELATED);
            default:
                return Optional.empty();
        }
    }
}
