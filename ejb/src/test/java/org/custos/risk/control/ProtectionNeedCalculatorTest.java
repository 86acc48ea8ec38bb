package org.custos.risk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.platform.error.ValidationException;
import org.custos.risk.control.ProtectionNeedCalculator.Effective;
import org.custos.risk.control.ProtectionNeedCalculator.Node;
import org.custos.risk.control.ProtectionNeedCalculator.Source;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.junit.jupiter.api.Test;

class ProtectionNeedCalculatorTest {

    private static final Objective A = Objective.AVAILABILITY;
    private static final Objective C = Objective.CONFIDENTIALITY;

    private static Node node(long id, String code, Set<Long> dependsOn, Map<Objective, Need> own) {
        return new Node(id, code, dependsOn, own, Set.of(), null);
    }

    @Test
    void aSystemInheritsTheNeedOfTheServiceThatDependsOnIt() {
        Node kis = node(1, "KIS", Set.of(2L), Map.of(A, Need.VERY_HIGH));
        Node server = node(2, "SRV-01", Set.of(), Map.of(A, Need.NORMAL));
        ProtectionNeedCalculator calc = new ProtectionNeedCalculator(List.of(kis, server));
        Effective e = calc.of(2).get(A);
        assertEquals(Need.VERY_HIGH, e.need());
        assertEquals(Source.INHERITED, e.source());
        assertEquals("KIS", e.from());
        assertEquals(Source.OWN, calc.of(1).get(A).source());
    }

    @Test
    void inheritancePassesAlongAChainAndNamesTheOrigin() {
        Node service = node(1, "KIS", Set.of(2L), Map.of(C, Need.VERY_HIGH));
        Node app = node(2, "APP", Set.of(3L), Map.of());
        Node db = node(3, "DB", Set.of(), Map.of(C, Need.HIGH));
        ProtectionNeedCalculator calc = new ProtectionNeedCalculator(List.of(service, app, db));
        assertEquals(Need.VERY_HIGH, calc.of(3).get(C).need());
        assertEquals("KIS", calc.of(3).get(C).from());
        assertEquals("KIS", calc.of(2).get(C).from());
    }

    @Test
    void aDiamondTakesTheMaximumOfBothPaths() {
        Node top = node(1, "PORTAL", Set.of(2L, 3L), Map.of(A, Need.HIGH));
        Node left = node(2, "WEB", Set.of(4L), Map.of());
        Node right = node(3, "PACS", Set.of(4L), Map.of(A, Need.VERY_HIGH));
        Node bottom = node(4, "SAN", Set.of(), Map.of());
        ProtectionNeedCalculator calc = new ProtectionNeedCalculator(List.of(top, left, right, bottom));
        Effective e = calc.of(4).get(A);
        assertEquals(Need.VERY_HIGH, e.need());
        assertEquals("PACS", e.from());
        assertEquals(Need.HIGH, calc.of(2).get(A).need());
    }

    @Test
    void ownValueWinsWhenItIsHigher() {
        Node service = node(1, "S", Set.of(2L), Map.of(A, Need.HIGH));
        Node system = node(2, "X", Set.of(), Map.of(A, Need.VERY_HIGH));
        Effective e = new ProtectionNeedCalculator(List.of(service, system)).of(2).get(A);
        assertEquals(Need.VERY_HIGH, e.need());
        assertEquals(Source.OWN, e.source());
    }

    @Test
    void anOverrideWithReasonMayLowerAndIsInheritedBelow() {
        Node service = node(1, "KIS", Set.of(2L), Map.of(A, Need.VERY_HIGH));
        Node cluster = new Node(2, "CLUSTER", Set.of(3L), Map.of(A, Need.HIGH), Set.of(A), "redundant pair");
        Node disk = node(3, "DISK", Set.of(), Map.of());
        ProtectionNeedCalculator calc = new ProtectionNeedCalculator(List.of(service, cluster, disk));
        Effective o = calc.of(2).get(A);
        assertEquals(Need.HIGH, o.need());
        assertEquals(Source.OVERRIDDEN, o.source());
        assertEquals("redundant pair", o.reason());
        assertEquals(Need.HIGH, calc.of(3).get(A).need());
        assertEquals("CLUSTER", calc.of(3).get(A).from());
    }

    @Test
    void withoutAnyValueTheNeedIsNormalByDefault() {
        Effective e = new ProtectionNeedCalculator(List.of(node(1, "A", Set.of(), Map.of()))).of(1).get(C);
        assertEquals(Need.NORMAL, e.need());
        assertEquals(Source.DEFAULT, e.source());
        assertNull(e.from());
    }

    @Test
    void aCycleIsRefusedNamingThePath() {
        Node a = node(1, "A", Set.of(2L), Map.of());
        Node b = node(2, "B", Set.of(3L), Map.of());
        Node c = node(3, "C", Set.of(1L), Map.of());
        ValidationException e = assertThrows(ValidationException.class, () -> new ProtectionNeedCalculator(List.of(a, b, c)));
        assertEquals("asset.dependency.cycle", e.messageKey());
        assertEquals("A → B → C → A", e.arguments()[0]);
        assertTrue(ProtectionNeedCalculator.cycle(List.of(a, b)).isEmpty());
    }
}
