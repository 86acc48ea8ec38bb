package org.custos.risk.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.custos.risk.entity.CriteriaLevel;
import org.custos.risk.entity.ImpactCategory;
import org.custos.risk.entity.MatrixCell;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.RiskScale;

/**
 * Reads and writes the content rows of a criteria version. A draft's content is replaced as a whole,
 * because scales, matrix and categories only make sense together.
 */
@Dependent
public class CriteriaStore {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** A new draft version with the given content, which must already be validated. */
    public RiskCriteria create(int number, String by, Instant at, CriteriaContent valid) {
        RiskCriteria c = new RiskCriteria(number, by, at, valid.threshold());
        em.persist(c);
        em.flush();
        write(c, valid);
        return c;
    }

    public CriteriaContent read(RiskCriteria c) {
        List<CriteriaContent.Level> likelihood = new ArrayList<>();
        List<CriteriaContent.Level> impact = new ArrayList<>();
        for (CriteriaLevel l : em.createNamedQuery("CriteriaLevel.ofCriteria", CriteriaLevel.class)
                .setParameter("criteria", c.getId()).getResultList()) {
            CriteriaContent.Level level = new CriteriaContent.Level(l.getValue(), l.getNameEn(), l.getNameDe(),
                    l.getDescriptionEn(), l.getDescriptionDe());
            (l.getScale() == RiskScale.LIKELIHOOD ? likelihood : impact).add(level);
        }
        List<CriteriaContent.Category> categories = em.createNamedQuery("ImpactCategory.ofCriteria", ImpactCategory.class)
                .setParameter("criteria", c.getId()).getResultStream()
                .map(x -> new CriteriaContent.Category(x.getCode(), x.getNameEn(), x.getNameDe())).toList();
        List<RiskMatrix.Cell> cells = em.createNamedQuery("MatrixCell.ofCriteria", MatrixCell.class)
                .setParameter("criteria", c.getId()).getResultStream()
                .map(x -> new RiskMatrix.Cell(x.getLikelihood(), x.getImpact(), x.getLevel())).toList();
        return new CriteriaContent(likelihood, impact, categories, cells, c.getAcceptanceThreshold());
    }

    /** Replaces the content rows of a version with the given (validated) content. */
    public void write(RiskCriteria c, CriteriaContent content) {
        remove(c);
        for (CriteriaContent.Level l : content.likelihood()) {
            em.persist(new CriteriaLevel(c, RiskScale.LIKELIHOOD, l.value(), l.nameEn(), l.nameDe(), l.descriptionEn(),
                    l.descriptionDe()));
        }
        for (CriteriaContent.Level l : content.impact()) {
            em.persist(new CriteriaLevel(c, RiskScale.IMPACT, l.value(), l.nameEn(), l.nameDe(), l.descriptionEn(),
                    l.descriptionDe()));
        }
        int order = 0;
        for (CriteriaContent.Category x : content.categories()) {
            em.persist(new ImpactCategory(c, x.code(), x.nameEn(), x.nameDe(), order++));
        }
        for (RiskMatrix.Cell x : content.cells()) {
            em.persist(new MatrixCell(c, x.likelihood(), x.impact(), x.level()));
        }
    }

    /** Deletes the content rows (before a rewrite or with a discarded draft); flushed, so unique keys are free. */
    public void remove(RiskCriteria c) {
        em.flush();
        em.createQuery("DELETE FROM CriteriaLevel l WHERE l.criteria.id = :c").setParameter("c", c.getId()).executeUpdate();
        em.createQuery("DELETE FROM ImpactCategory x WHERE x.criteria.id = :c").setParameter("c", c.getId()).executeUpdate();
        em.createQuery("DELETE FROM MatrixCell x WHERE x.criteria.id = :c").setParameter("c", c.getId()).executeUpdate();
        em.flush();
    }
}
