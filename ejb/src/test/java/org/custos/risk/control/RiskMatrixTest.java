package org.custos.risk.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.custos.platform.error.ValidationException;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.RiskScale;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    private static List<RiskMatrix.Cell> all(int nl, int ni) {
        List<RiskMatrix.Cell> cells = new ArrayList<>();
        for (int l = 1; l <= nl; l++) {
            for (int i = 1; i <= ni; i++) {
                cells.add(new RiskMatrix.Cell(l, i, RiskMatrix.suggested(l, i, nl, ni)));
            }
        }
        return cells;
    }

    @Test
    void defaultFourByFourMatrixHasTheStandardLevels() {
        RiskMatrix m = CriteriaContent.defaults().validated().matrix();
        assertEquals(RiskLevel.LOW, m.level(1, 1));
        assertEquals(RiskLevel.LOW, m.level(1, 2));
        assertEquals(RiskLevel.MEDIUM, m.level(1, 3));
        assertEquals(RiskLevel.MEDIUM, m.level(2, 2));
        assertEquals(RiskLevel.HIGH, m.level(2, 3));
        assertEquals(RiskLevel.HIGH, m.level(3, 3));
        assertEquals(RiskLevel.CRITICAL, m.level(3, 4));
        assertEquals(RiskLevel.CRITICAL, m.level(4, 4));
        assertEquals(RiskLevel.MEDIUM, CriteriaContent.defaults().threshold());
    }

    @Test
    void valuesOutsideTheScalesAreRefusedWithTheirBounds() {
        RiskMatrix m = new RiskMatrix(5, 4, all(5, 4));
        ValidationException l = assertThrows(ValidationException.class, () -> m.level(6, 1));
        assertEquals("risk.likelihood.range", l.messageKey());
        assertArrayEquals(new Object[] {1, 5}, l.arguments());
        ValidationException i = assertThrows(ValidationException.class, () -> m.level(1, 0));
        assertEquals("risk.impact.range", i.messageKey());
        assertArrayEquals(new Object[] {1, 4}, i.arguments());
    }

    @Test
    void aMissingCellIsRefused() {
        List<RiskMatrix.Cell> cells = all(4, 4);
        cells.remove(5);
        ValidationException e = assertThrows(ValidationException.class, () -> new RiskMatrix(4, 4, cells));
        assertEquals("risk.matrix.cellMissing", e.messageKey());
        assertArrayEquals(new Object[] {2, 2}, e.arguments());
    }

    @Test
    void scalesNeedTwoToSixLevels() {
        CriteriaContent d = CriteriaContent.defaults();
        ValidationException one = assertThrows(ValidationException.class, () -> d.resized(1, 4).validated());
        assertEquals("risk.scale.size", one.messageKey());
        assertEquals(RiskScale.LIKELIHOOD, one.arguments()[0]);
        ValidationException seven = assertThrows(ValidationException.class, () -> d.resized(4, 7).validated());
        assertEquals("risk.scale.size", seven.messageKey());
        assertEquals(RiskScale.IMPACT, seven.arguments()[0]);
    }

    @Test
    void fiveByFiveAndSixBySixWorkOnceNamed() {
        CriteriaContent five = named(CriteriaContent.defaults().resized(5, 5));
        RiskMatrix m = five.validated().matrix();
        assertEquals(RiskLevel.CRITICAL, m.level(5, 5));
        assertEquals(RiskLevel.LOW, m.level(1, 1));
        assertEquals(36, named(CriteriaContent.defaults().resized(6, 6)).validated().cells().size());
    }

    @Test
    void resizingKeepsNamesAndLeavesNewLevelsUnnamed() {
        CriteriaContent five = CriteriaContent.defaults().resized(5, 4);
        assertEquals("Rare", five.likelihood().get(0).nameEn());
        ValidationException e = assertThrows(ValidationException.class, five::validated);
        assertEquals("risk.level.nameBlank", e.messageKey());
        assertArrayEquals(new Object[] {RiskScale.LIKELIHOOD, 5}, e.arguments());
    }

    @Test
    void thresholdIsRequired() {
        CriteriaContent d = CriteriaContent.defaults();
        CriteriaContent none = new CriteriaContent(d.likelihood(), d.impact(), d.categories(), d.cells(), null);
        assertEquals("risk.threshold.required", assertThrows(ValidationException.class, none::validated).messageKey());
    }

    @Test
    void categoriesNeedUniqueCodesAndNames() {
        CriteriaContent d = CriteriaContent.defaults();
        List<CriteriaContent.Category> cats = new ArrayList<>(d.categories());
        cats.add(new CriteriaContent.Category("PATIENT_SAFETY", "Patient safety", "Patientensicherheit"));
        assertEquals(4, with(d, cats).validated().categories().size());
        cats.add(new CriteriaContent.Category("patient_safety", "Again", "Nochmal"));
        assertEquals("risk.category.code.duplicate",
                assertThrows(ValidationException.class, () -> with(d, cats).validated()).messageKey());
        List<CriteriaContent.Category> blank = List.of(new CriteriaContent.Category("SUPPLY", " ", "Versorgung"));
        assertEquals("risk.category.nameBlank",
                assertThrows(ValidationException.class, () -> with(d, blank).validated()).messageKey());
        assertEquals("risk.category.required",
                assertThrows(ValidationException.class, () -> with(d, List.of()).validated()).messageKey());
    }

    @Test
    void canonicalTextChangesWithTheMatrix() {
        CriteriaContent d = CriteriaContent.defaults().validated();
        List<RiskMatrix.Cell> cells = new ArrayList<>(d.cells());
        cells.set(0, new RiskMatrix.Cell(1, 1, RiskLevel.MEDIUM));
        CriteriaContent changed = new CriteriaContent(d.likelihood(), d.impact(), d.categories(), cells, d.threshold());
        assertTrue(!d.canonical().equals(changed.validated().canonical()));
        assertEquals(d.canonical(), d.validated().canonical());
    }

    private static CriteriaContent with(CriteriaContent d, List<CriteriaContent.Category> cats) {
        return new CriteriaContent(d.likelihood(), d.impact(), cats, d.cells(), d.threshold());
    }

    private static CriteriaContent named(CriteriaContent c) {
        return new CriteriaContent(name(c.likelihood()), name(c.impact()), c.categories(), c.cells(), c.threshold());
    }

    private static List<CriteriaContent.Level> name(List<CriteriaContent.Level> levels) {
        return levels.stream().map(l -> l.nameEn() != null ? l
                : new CriteriaContent.Level(l.value(), "Level " + l.value(), "Stufe " + l.value(), null, null)).toList();
    }
}
