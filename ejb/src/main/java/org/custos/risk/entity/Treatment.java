package org.custos.risk.entity;

/** The risk treatment options of ISO 27001 6.1.3 / ISO 27005. */
public enum Treatment {
    MITIGATE, ACCEPT, AVOID, TRANSFER
}
