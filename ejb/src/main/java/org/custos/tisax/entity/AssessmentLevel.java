package org.custos.tisax.entity;

/** TISAX assessment levels: AL1 self-assessment only, AL2 plausibility check, AL3 comprehensive on-site. */
public enum AssessmentLevel {
    AL1, AL2, AL3
}
