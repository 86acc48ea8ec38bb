package org.custos.standards.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.custos.standards.control.Relationship;
import org.custos.standards.entity.Requirement;

/**
 * How a requirement reaches a requirement of another standard: directly, or through ISO 27001.
 * Relationships are read from the starting requirement's side; coverage is that of the weakest link.
 * A path through ISO 27001 is shown as such and never stored as a direct mapping.
 */
public record MappingPath(List<Requirement> hops, List<Relationship> relationships, Relationship.Coverage coverage)
        implements Serializable {

    public Requirement end() {
        return hops.get(hops.size() - 1);
    }

    public boolean composed() {
        return hops.size() > 2;
    }

    /** e.g. "1.1.1 → A.5.1 → 21(2)(a)". */
    public String describe() {
        return hops.stream().map(Requirement::getRefId).collect(Collectors.joining(" → "));
    }
}
