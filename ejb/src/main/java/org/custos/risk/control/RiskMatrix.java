package org.custos.risk.control;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.custos.platform.error.ValidationException;
import org.custos.risk.entity.RiskLevel;

/**
 * The risk matrix of one criteria version: which level a (likelihood, impact) pair has. Values outside
 * the scales are refused rather than clamped, because an assessment on another scale is meaningless.
 */
public final class RiskMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One cell; values count from 1. */
    public record Cell(int likelihood, int impact, RiskLevel level) implements Serializable {
    }

    private final int likelihoodLevels;
    private final int impactLevels;
    private final Map<Integer, RiskLevel> cells = new HashMap<>();

    /** A complete matrix: every cell of the two scales must be given (else {@code risk.matrix.cellMissing}). */
    public RiskMatrix(int likelihoodLevels, int impactLevels, Iterable<Cell> cells) {
        this.likelihoodLevels = likelihoodLevels;
        this.impactLevels = impactLevels;
        for (Cell c : cells) {
            check(c.likelihood(), c.impact());
            if (c.level() != null) {
                this.cells.put(key(c.likelihood(), c.impact()), c.level());
            }
        }
        for (int l = 1; l <= likelihoodLevels; l++) {
            for (int i = 1; i <= impactLevels; i++) {
                if (!this.cells.containsKey(key(l, i))) {
                    throw new ValidationException("risk.matrix.cellMissing", l, i);
                }
            }
        }
    }

    /** The level of a cell; a value outside a scale is refused with the scale's bounds. */
    public RiskLevel level(int likelihood, int impact) {
        check(likelihood, impact);
        return cells.get(key(likelihood, impact));
    }

    public int likelihoodLevels() {
        return likelihoodLevels;
    }

    public int impactLevels() {
        return impactLevels;
    }

    /**
     * A conventional level for a cell of an n × m matrix, by the share of the product in the maximum: on
     * 4 × 4 products up to 2 are low, up to 4 medium, up to 9 high, from 12 critical.
     */
    public static RiskLevel suggested(int likelihood, int impact, int likelihoodLevels, int impactLevels) {
        double share = (double) likelihood * impact / ((double) likelihoodLevels * impactLevels);
        if (share <= 0.15) {
            return RiskLevel.LOW;
        }
        if (share <= 0.3) {
            return RiskLevel.MEDIUM;
        }
        if (share <= 0.6) {
            return RiskLevel.HIGH;
        }
        return RiskLevel.CRITICAL;
    }

    private void check(int likelihood, int impact) {
        if (likelihood < 1 || likelihood > likelihoodLevels) {
            throw new ValidationException("risk.likelihood.range", 1, likelihoodLevels);
        }
        if (impact < 1 || impact > impactLevels) {
            throw new ValidationException("risk.impact.range", 1, impactLevels);
        }
    }

    private static int key(int likelihood, int impact) {
        return likelihood * 100 + impact;
    }
}
