package org.custos.standards.boundary;

import java.io.Serializable;
import org.custos.standards.entity.MappingSet;

/**
 * A mapping set and how far it covers its source standard: source requirements mapped fully
 * (equal/superset), only partially (subset/intersect), or not at all.
 */
public record MappingSetSummary(MappingSet set, long mappings, long sourceAssessable, long full, long partial,
        long none) implements Serializable {
}
