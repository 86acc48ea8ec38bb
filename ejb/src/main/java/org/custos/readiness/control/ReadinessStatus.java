package org.custos.readiness.control;

/** How far a requirement is met. Ordered from best to worst for "the best source wins". */
public enum ReadinessStatus {
    FULFILLED, PARTLY, NOT_FULFILLED, NOT_APPLICABLE;

    /** Fulfilled counts 1, partly ½, not fulfilled 0; not applicable is left out of the score. */
    public double weight() {
        return this == FULFILLED ? 1.0 : this == PARTLY ? 0.5 : 0.0;
    }

    static ReadinessStatus better(ReadinessStatus a, ReadinessStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
