package org.custos.tisax.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.tisax.entity.TisaxLabel;

/**
 * Which ISA controls and requirement tiers apply for a set of TISAX labels.
 *
 * <p>Controls:
 * <ul>
 * <li>Information Security (chapters 1–7): always.</li>
 * <li>Prototype Protection (chapter 8), by section as the workbook's section objectives say:
 *     8.1 physical security, 8.2 organisational requirements and 8.3 handling of vehicles, components and
 *     parts for every proto label; 8.4 trial vehicles only for {@code TEST_VEHICLES}; 8.5 events and
 *     shootings only for {@code PROTO_EVENTS}. For test vehicles and events the workbook requires 8.1
 *     only "when using own properties"; without that fact we keep 8.1 (the stricter reading).</li>
 * <li>Data Protection (chapter 9): for {@code DATA} and {@code SPECIAL_DATA}.</li>
 * <li>Superseded controls (ISA 6: 3.1.2) never apply.</li>
 * </ul>
 *
 * <p>Tiers of an applicable control (only those the control has text for):
 * <ul>
 * <li>must and should: always.</li>
 * <li>high: when a label with at least high protection needs covers one of the C/I/A tags of the
 *     control's high text. {@code CONFIDENTIAL}, {@code STRICTLY_CONFIDENTIAL}, {@code DATA} and
 *     {@code SPECIAL_DATA} cover C and I; {@code HIGH_AVAILABILITY} and {@code VERY_HIGH_AVAILABILITY}
 *     cover A. An untagged high text applies with any of these labels.</li>
 * <li>very high: the same rule with the very high labels only: {@code STRICTLY_CONFIDENTIAL} and
 *     {@code SPECIAL_DATA} (C, I), {@code VERY_HIGH_AVAILABILITY} (A).</li>
 * <li>vehicles classified as requiring protection (chapter 8): with {@code PROTO_VEHICLES} or
 *     {@code TEST_VEHICLES}.</li>
 * </ul>
 * Proto labels alone raise no Information Security tier: prototype information is covered by the
 * information labels a scope normally carries with them.
 */
public final class TisaxScope {

    private static final Set<TisaxLabel> HIGH_CI = EnumSet.of(TisaxLabel.CONFIDENTIAL, TisaxLabel.STRICTLY_CONFIDENTIAL,
            TisaxLabel.DATA, TisaxLabel.SPECIAL_DATA);
    private static final Set<TisaxLabel> HIGH_A = EnumSet.of(TisaxLabel.HIGH_AVAILABILITY, TisaxLabel.VERY_HIGH_AVAILABILITY);
    private static final Set<TisaxLabel> VERY_HIGH_CI = EnumSet.of(TisaxLabel.STRICTLY_CONFIDENTIAL, TisaxLabel.SPECIAL_DATA);
    private static final Set<TisaxLabel> VERY_HIGH_A = EnumSet.of(TisaxLabel.VERY_HIGH_AVAILABILITY);
    private static final Set<TisaxLabel> VEHICLES = EnumSet.of(TisaxLabel.PROTO_VEHICLES, TisaxLabel.TEST_VEHICLES);

    private final Set<TisaxLabel> labels;

    public TisaxScope(Set<TisaxLabel> labels) {
        this.labels = labels == null || labels.isEmpty() ? EnumSet.noneOf(TisaxLabel.class) : EnumSet.copyOf(labels);
    }

    /** The tiers that apply to a control, or empty when the control does not apply at all. */
    public Optional<Set<Tier>> tiers(String refId, Map<String, String> attributes) {
        Map<String, String> a = attributes == null ? Map.of() : attributes;
        if ("true".equals(a.get("superseded")) || !controlApplies(refId, a.get("tab"))) {
            return Optional.empty();
        }
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (Tier t : Tier.values()) {
            if (present(a.get(t.attribute())) && tierApplies(t, a)) {
                tiers.add(t);
            }
        }
        return Optional.of(tiers);
    }

    public boolean controlApplies(String refId, String tab) {
        return switch (IsaPart.of(refId, tab)) {
            case INFORMATION_SECURITY -> true;
            case DATA_PROTECTION -> labels.stream().anyMatch(TisaxLabel::data);
            case PROTOTYPE_PROTECTION -> protoApplies(IsaPart.section(refId));
        };
    }

    /** The workbook tabs that have at least one applicable control, in workbook order. */
    public Set<IsaPart> parts() {
        Set<IsaPart> parts = EnumSet.of(IsaPart.INFORMATION_SECURITY);
        if (labels.stream().anyMatch(TisaxLabel::prototype)) {
            parts.add(IsaPart.PROTOTYPE_PROTECTION);
        }
        if (labels.stream().anyMatch(TisaxLabel::data)) {
            parts.add(IsaPart.DATA_PROTECTION);
        }
        return parts;
    }

    private boolean protoApplies(String section) {
        return switch (section) {
            case "8.4" -> labels.contains(TisaxLabel.TEST_VEHICLES);
            case "8.5" -> labels.contains(TisaxLabel.PROTO_EVENTS);
            default -> labels.stream().anyMatch(TisaxLabel::prototype);
        };
    }

    private boolean tierApplies(Tier tier, Map<String, String> a) {
        return switch (tier) {
            case MUST, SHOULD -> true;
            case HIGH -> covered(a.get("cia.high"), HIGH_CI, HIGH_A);
            case VERY_HIGH -> covered(a.get("cia.veryHigh"), VERY_HIGH_CI, VERY_HIGH_A);
            case VEHICLE -> labels.stream().anyMatch(VEHICLES::contains);
        };
    }

    private boolean covered(String ciaTags, Set<TisaxLabel> confidentiality, Set<TisaxLabel> availability) {
        boolean ci = labels.stream().anyMatch(confidentiality::contains);
        boolean av = labels.stream().anyMatch(availability::contains);
        Set<String> tags = ciaTags == null ? Set.of()
                : Arrays.stream(ciaTags.split(",")).map(String::strip).collect(Collectors.toSet());
        if (tags.isEmpty()) {
            return ci || av;
        }
        return (ci && (tags.contains("C") || tags.contains("I"))) || (av && tags.contains("A"));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * The objective alone: the import writes the objective followed by each tier as "label:\ntext"
     * into the description, so cut before the first tier block.
     */
    public static String objective(String description, Map<String, String> attributes) {
        if (description == null) {
            return null;
        }
        Map<String, String> a = attributes == null ? Map.of() : attributes;
        int cut = description.length();
        for (String key : new String[] {"tier.must", "tier.should", "tier.high", "tier.veryHigh", "tier.sga", "tier.vehicle"}) {
            String text = a.get(key);
            if (!present(text)) {
                continue;
            }
            int at = description.indexOf(":\n" + text);
            if (at >= 0) {
                int start = description.lastIndexOf("\n\n", at);
                cut = Math.min(cut, Math.max(start, 0));
            }
        }
        String objective = description.substring(0, cut).strip();
        return objective.isEmpty() ? null : objective;
    }
}
