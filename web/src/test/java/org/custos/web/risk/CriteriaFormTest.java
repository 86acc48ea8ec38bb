package org.custos.web.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.custos.risk.control.CriteriaContent;
import org.custos.risk.entity.RiskLevel;
import org.junit.jupiter.api.Test;

class CriteriaFormTest {

    @Test
    void fillingAndReadingBackKeepsTheContent() {
        CriteriaContent defaults = CriteriaContent.defaults().validated();
        CriteriaForm form = new CriteriaForm();
        form.fill(defaults);
        assertEquals(4, form.getMatrix().get(0).likelihood());
        assertEquals(defaults.canonical(), form.content().validated().canonical());
    }

    @Test
    void aChangedCellAndAResizeReachTheContent() {
        CriteriaForm form = new CriteriaForm();
        form.fill(CriteriaContent.defaults().validated());
        // the grid shows the highest likelihood first
        form.getMatrix().get(3).cells().get(0).setLevel(RiskLevel.MEDIUM);
        assertEquals(RiskLevel.MEDIUM, form.content().matrix().level(1, 1));
        form.setLikelihoodSize(5);
        form.resize();
        assertEquals(5, form.getLikelihood().size());
        assertEquals(20, form.content().cells().size());
    }
}
