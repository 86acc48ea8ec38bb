package org.custos.standards.boundary;

import java.io.Serializable;
import org.custos.standards.entity.Standard;

/** A standard with its size, for lists. */
public record StandardSummary(Standard standard, long requirements, long assessable) implements Serializable {
}
