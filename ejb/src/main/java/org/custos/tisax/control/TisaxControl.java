package org.custos.tisax.control;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * One applicable control of an assessment with its answer (answerId null and answerVersion 0 while
 * unanswered). {@code requirements} holds the text of every tier the control has; {@code tiers} those
 * that apply for the assessment's labels.
 */
public record TisaxControl(long requirementId, String refId, IsaPart part, String question, String objective,
        Map<Tier, String> requirements, Set<Tier> tiers, Long answerId, long answerVersion, Integer maturity,
        String justification, Set<Long> measureIds) implements Serializable {

    public TisaxControl {
        requirements = Map.copyOf(requirements);
        tiers = Set.copyOf(tiers);
        measureIds = measureIds == null ? Set.of() : Set.copyOf(measureIds);
    }

    public String chapter() {
        return IsaPart.chapter(refId);
    }

    public boolean answered() {
        return maturity != null;
    }

    /** The maturity capped at the target, or null while unanswered. */
    public Integer result() {
        return TisaxScoring.result(maturity);
    }

    public boolean gap() {
        return TisaxScoring.gap(maturity);
    }

    /** Tier text if the tier applies, else null. */
    public String requirement(Tier tier) {
        return tiers.contains(tier) ? requirements.get(tier) : null;
    }
}
