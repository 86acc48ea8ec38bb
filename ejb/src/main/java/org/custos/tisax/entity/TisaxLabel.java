package org.custos.tisax.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The TISAX labels (since April 2024) with the assessment level each one needs. */
public enum TisaxLabel {
    CONFIDENTIAL(AssessmentLevel.AL2),
    STRICTLY_CONFIDENTIAL(AssessmentLevel.AL3),
    HIGH_AVAILABILITY(AssessmentLevel.AL2),
    VERY_HIGH_AVAILABILITY(AssessmentLevel.AL3),
    PROTO_PARTS(AssessmentLevel.AL3),
    PROTO_VEHICLES(AssessmentLevel.AL3),
    TEST_VEHICLES(AssessmentLevel.AL3),
    PROTO_EVENTS(AssessmentLevel.AL3),
    DATA(AssessmentLevel.AL2),
    SPECIAL_DATA(AssessmentLevel.AL3);

    private final AssessmentLevel level;

    TisaxLabel(AssessmentLevel level) {
        this.level = level;
    }

    public AssessmentLevel level() {
        return level;
    }

    public boolean prototype() {
        return this == PROTO_PARTS || this == PROTO_VEHICLES || this == TEST_VEHICLES || this == PROTO_EVENTS;
    }

    public boolean data() {
        return this == DATA || this == SPECIAL_DATA;
    }

    /** The level an assessment must reach: the highest of its labels' levels (AL1 without labels). */
    public static AssessmentLevel required(Collection<TisaxLabel> labels) {
        return labels.stream().map(TisaxLabel::level).max(Enum::compareTo).orElse(AssessmentLevel.AL1);
    }

    /** The stored form: enum names, comma-separated, in declaration order. */
    public static String join(Collection<TisaxLabel> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(labels).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Reads the stored form; unknown names (from a later version) are ignored rather than failing the load. */
    public static Set<TisaxLabel> split(String stored) {
        Set<TisaxLabel> labels = EnumSet.noneOf(TisaxLabel.class);
        if (stored == null) {
            return labels;
        }
        Arrays.stream(stored.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .forEach(s -> Arrays.stream(values()).filter(l -> l.name().equals(s)).forEach(labels::add));
        return labels;
    }
}
