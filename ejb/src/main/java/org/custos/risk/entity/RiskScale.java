package org.custos.risk.entity;

/** The two axes of the risk matrix. */
public enum RiskScale {
    LIKELIHOOD, IMPACT
}
