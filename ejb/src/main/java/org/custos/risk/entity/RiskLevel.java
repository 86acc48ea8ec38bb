package org.custos.risk.entity;

/** Where a cell of the risk matrix lies, in ascending order: later constants are worse. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean above(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
