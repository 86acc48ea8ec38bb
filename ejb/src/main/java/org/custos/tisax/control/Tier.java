package org.custos.tisax.control;

/**
 * Requirement tiers of an ISA control, with the requirement attribute each is imported into. The SGA
 * tier is left out on purpose: it belongs to simplified group assessments, not to a self-assessment.
 */
public enum Tier {
    MUST("tier.must"),
    SHOULD("tier.should"),
    HIGH("tier.high"),
    VERY_HIGH("tier.veryHigh"),
    VEHICLE("tier.vehicle");

    private final String attribute;

    Tier(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
