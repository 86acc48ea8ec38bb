package org.custos.tisax.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.standards.control.CatalogDraft;
import org.custos.standards.control.IsaWorkbookParser;
import org.custos.standards.control.NodeDraft;
import org.custos.tisax.entity.AssessmentLevel;
import org.custos.tisax.entity.TisaxLabel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TisaxScopeTest {

    private static CatalogDraft isa6;

    /** The real ISA 6 workbook beside the checkout (../shared); tests skip when it is absent. */
    static CatalogDraft isa6() throws IOException {
        Path file = Path.of(System.getProperty("custos.fixtures", "../../shared/fixtures")).resolve("vda-isa/ISA6_EN_6.0.2.xlsx");
        Assumptions.assumeTrue(Files.isRegularFile(file), "fixture not available: " + file);
        try (InputStream in = Files.newInputStream(file)) {
            return new IsaWorkbookParser().parse(in, file.getFileName().toString()).catalog();
        }
    }

    @BeforeAll
    static void load() throws IOException {
        Path file = Path.of(System.getProperty("custos.fixtures", "../../shared/fixtures")).resolve("vda-isa/ISA6_EN_6.0.2.xlsx");
        if (Files.isRegularFile(file)) {
            isa6 = isa6();
        }
    }

    private static CatalogDraft catalog() {
        Assumptions.assumeTrue(isa6 != null, "ISA 6 fixture not available");
        return isa6;
    }

    private static List<String> applicable(Set<TisaxLabel> labels) {
        TisaxScope scope = new TisaxScope(labels);
        return catalog().nodes().stream().filter(NodeDraft::assessable)
                .filter(n -> scope.tiers(n.refId(), n.attributes()).isPresent()).map(NodeDraft::refId).toList();
    }

    private static Set<Tier> tiers(String refId, TisaxLabel... labels) {
        NodeDraft n = catalog().nodes().stream().filter(x -> x.refId().equals(refId)).findFirst().orElseThrow();
        return new TisaxScope(EnumSet.of(labels[0], labels)).tiers(n.refId(), n.attributes()).orElseThrow();
    }

    @Test
    void confidentialCoversTheInformationSecurityTabWithoutSupersededControl() {
        List<String> controls = applicable(EnumSet.of(TisaxLabel.CONFIDENTIAL));
        assertEquals(45, controls.size(), "46 IS questions minus superseded 3.1.2");
        assertFalse(controls.contains("3.1.2"));
        assertTrue(controls.stream().allMatch(c -> Integer.parseInt(c.split("\\.")[0]) <= 7));
    }

    @Test
    void supersededControlNeverApplies() {
        NodeDraft superseded = catalog().nodes().stream().filter(x -> x.refId().equals("3.1.2")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), new TisaxScope(EnumSet.allOf(TisaxLabel.class))
                .tiers(superseded.refId(), superseded.attributes()));
    }

    @Test
    void dataLabelsAddChapterNine() {
        List<String> controls = applicable(EnumSet.of(TisaxLabel.DATA));
        assertEquals(45 + 12, controls.size());
        assertTrue(controls.contains("9.1.1"));
        assertEquals(controls, applicable(EnumSet.of(TisaxLabel.SPECIAL_DATA)));
    }

    @Test
    void protoPartsTakeSectionsOneToThreeOfChapterEight() {
        Map<String, Long> bySection = applicable(EnumSet.of(TisaxLabel.PROTO_PARTS)).stream()
                .filter(c -> c.startsWith("8.")).collect(Collectors.groupingBy(IsaPart::section, Collectors.counting()));
        assertEquals(Set.of("8.1", "8.2", "8.3"), bySection.keySet());
    }

    @Test
    void testVehiclesAddSectionFourAndEventsSectionFive() {
        List<String> vehicles = applicable(EnumSet.of(TisaxLabel.TEST_VEHICLES));
        List<String> events = applicable(EnumSet.of(TisaxLabel.PROTO_EVENTS));
        assertTrue(vehicles.stream().anyMatch(c -> c.startsWith("8.4.")));
        assertFalse(vehicles.stream().anyMatch(c -> c.startsWith("8.5.")));
        assertTrue(events.stream().anyMatch(c -> c.startsWith("8.5.")));
        assertFalse(events.stream().anyMatch(c -> c.startsWith("8.4.")));
        List<String> all = applicable(EnumSet.of(TisaxLabel.PROTO_PARTS, TisaxLabel.TEST_VEHICLES, TisaxLabel.PROTO_EVENTS));
        assertEquals(45 + 22, all.size(), "all four proto labels together cover all 22 prototype questions");
    }

    @Test
    void confidentialityLabelsBringHighTierTaggedConfidentialityNotAvailabilityOnly() {
        // 1.6.3 high text is tagged (A) only; 2.1.4 (C); 1.2.2 (C, I, A)
        assertFalse(tiers("1.6.3", TisaxLabel.CONFIDENTIAL).contains(Tier.HIGH));
        assertTrue(tiers("2.1.4", TisaxLabel.CONFIDENTIAL).contains(Tier.HIGH));
        assertTrue(tiers("1.2.2", TisaxLabel.CONFIDENTIAL).contains(Tier.HIGH));
        assertEquals(EnumSet.of(Tier.MUST, Tier.SHOULD, Tier.HIGH), tiers("1.2.2", TisaxLabel.CONFIDENTIAL));
    }

    @Test
    void availabilityLabelsBringTiersTaggedAvailability() {
        assertTrue(tiers("1.6.3", TisaxLabel.HIGH_AVAILABILITY).contains(Tier.HIGH));
        assertFalse(tiers("1.6.3", TisaxLabel.HIGH_AVAILABILITY).contains(Tier.VERY_HIGH));
        assertTrue(tiers("1.6.3", TisaxLabel.VERY_HIGH_AVAILABILITY).contains(Tier.VERY_HIGH));
        assertFalse(tiers("2.1.4", TisaxLabel.VERY_HIGH_AVAILABILITY).contains(Tier.HIGH), "2.1.4 high is (C) only");
    }

    @Test
    void veryHighTierNeedsAVeryHighLabel() {
        // 4.1.2 very high is tagged (C, I)
        assertFalse(tiers("4.1.2", TisaxLabel.CONFIDENTIAL).contains(Tier.VERY_HIGH));
        assertTrue(tiers("4.1.2", TisaxLabel.STRICTLY_CONFIDENTIAL).containsAll(EnumSet.of(Tier.HIGH, Tier.VERY_HIGH)));
        assertFalse(tiers("4.1.2", TisaxLabel.VERY_HIGH_AVAILABILITY).contains(Tier.VERY_HIGH));
    }

    @Test
    void vehicleTierOnlyForVehicleLabels() {
        String withVehicleTier = catalog().nodes().stream()
                .filter(n -> n.refId().startsWith("8.1.") && n.attributes().containsKey("tier.vehicle"))
                .map(NodeDraft::refId).findFirst().orElseThrow();
        assertFalse(tiers(withVehicleTier, TisaxLabel.PROTO_PARTS).contains(Tier.VEHICLE));
        assertTrue(tiers(withVehicleTier, TisaxLabel.PROTO_VEHICLES).contains(Tier.VEHICLE));
    }

    @Test
    void informationSecurityAloneLeavesOutChaptersEightAndNine() {
        TisaxScope scope = new TisaxScope(EnumSet.of(TisaxLabel.HIGH_AVAILABILITY));
        assertFalse(scope.controlApplies("8.1.1", "Prototype Protection"));
        assertFalse(scope.controlApplies("9.1.1", "Data Protection"));
        assertEquals(EnumSet.of(IsaPart.INFORMATION_SECURITY), scope.parts());
    }

    @Test
    void requiredLevelIsTheHighestOfTheLabels() {
        assertEquals(AssessmentLevel.AL2, TisaxLabel.required(EnumSet.of(TisaxLabel.CONFIDENTIAL, TisaxLabel.DATA)));
        assertEquals(AssessmentLevel.AL3, TisaxLabel.required(EnumSet.of(TisaxLabel.CONFIDENTIAL, TisaxLabel.PROTO_PARTS)));
        assertEquals(AssessmentLevel.AL1, TisaxLabel.required(Set.of()));
    }

    @Test
    void labelsSurviveTheStoredForm() {
        Set<TisaxLabel> labels = EnumSet.of(TisaxLabel.SPECIAL_DATA, TisaxLabel.CONFIDENTIAL);
        assertEquals("CONFIDENTIAL,SPECIAL_DATA", TisaxLabel.join(labels));
        assertEquals(labels, TisaxLabel.split("CONFIDENTIAL, SPECIAL_DATA,UNKNOWN_LATER"));
    }

    @Test
    void objectiveIsCutBeforeTheFirstTier() {
        NodeDraft n = catalog().nodes().stream().filter(x -> x.refId().equals("1.1.1")).findFirst().orElseThrow();
        String objective = TisaxScope.objective(n.descriptionEn(), n.attributes());
        assertTrue(objective.startsWith("The organization needs at least one information security policy"), objective);
        assertFalse(objective.contains(n.attributes().get("tier.must")));
    }
}
