package org.custos.web.risk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.RiskMatrix;
import org.custos.risk.entity.RiskLevel;

/**
 * The criteria page's editable copy of a version's content: mutable rows for the tables and the
 * matrix grid (typed properties, so Faces converts the level selects by itself).
 */
public class CriteriaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One scale level. */
    public static class LevelRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int value;
        private String nameEn;
        private String nameDe;
        private String descriptionEn;
        private String descriptionDe;

        LevelRow(CriteriaContent.Level l) {
            value = l.value();
            nameEn = l.nameEn();
            nameDe = l.nameDe();
            descriptionEn = l.descriptionEn();
            descriptionDe = l.descriptionDe();
        }

        CriteriaContent.Level level() {
            return new CriteriaContent.Level(value, nameEn, nameDe, descriptionEn, descriptionDe);
        }

        public int getValue() {
            return value;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameDe() {
            return nameDe;
        }

        public void setNameDe(String nameDe) {
            this.nameDe = nameDe;
        }

        public String getDescriptionEn() {
            return descriptionEn;
        }

        public void setDescriptionEn(String descriptionEn) {
            this.descriptionEn = descriptionEn;
        }

        public String getDescriptionDe() {
            return descriptionDe;
        }

        public void setDescriptionDe(String descriptionDe) {
            this.descriptionDe = descriptionDe;
        }
    }

    /** One impact category. */
    public static class CategoryRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String code;
        private String nameEn;
        private String nameDe;

        CategoryRow(String code, String nameEn, String nameDe) {
            this.code = code;
            this.nameEn = nameEn;
            this.nameDe = nameDe;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameDe() {
            return nameDe;
        }

        public void setNameDe(String nameDe) {
            this.nameDe = nameDe;
        }
    }

    /** One cell of the matrix grid. */
    public static class Cell implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int likelihood;
        private final int impact;
        private RiskLevel level;

        Cell(int likelihood, int impact, RiskLevel level) {
            this.likelihood = likelihood;
            this.impact = impact;
            this.level = level;
        }

        public int getLikelihood() {
            return likelihood;
        }

        public int getImpact() {
            return impact;
        }

        public RiskLevel getLevel() {
            return level;
        }

        public void setLevel(RiskLevel level) {
            this.level = level;
        }
    }

    /** One row of the grid: a likelihood value and its cells by ascending impact. */
    public record MatrixRow(int likelihood, List<Cell> cells) implements Serializable {
    }

    private List<LevelRow> likelihood = new ArrayList<>();
    private List<LevelRow> impact = new ArrayList<>();
    private List<CategoryRow> categories = new ArrayList<>();
    /** Highest likelihood first, as a heat map is read. */
    private List<MatrixRow> matrix = new ArrayList<>();
    private RiskLevel threshold;
    private int likelihoodSize;
    private int impactSize;

    void fill(CriteriaContent c) {
        likelihood = new ArrayList<>(c.likelihood().stream().map(LevelRow::new).toList());
        impact = new ArrayList<>(c.impact().stream().map(LevelRow::new).toList());
        categories = new ArrayList<>(c.categories().stream().map(x -> new CategoryRow(x.code(), x.nameEn(), x.nameDe())).toList());
        threshold = c.threshold();
        likelihoodSize = likelihood.size();
        impactSize = impact.size();
        matrix = new ArrayList<>();
        for (int l = likelihood.size(); l >= 1; l--) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 1; i <= impact.size(); i++) {
                cells.add(new Cell(l, i, level(c.cells(), l, i)));
            }
            matrix.add(new MatrixRow(l, cells));
        }
    }

    private static RiskLevel level(List<RiskMatrix.Cell> cells, int l, int i) {
        return cells.stream().filter(x -> x.likelihood() == l && x.impact() == i).map(RiskMatrix.Cell::level).findFirst()
                .orElse(null);
    }

    /** What the boundary gets. */
    CriteriaContent content() {
        List<RiskMatrix.Cell> cells = new ArrayList<>();
        matrix.forEach(r -> r.cells().forEach(x -> cells.add(new RiskMatrix.Cell(x.likelihood, x.impact, x.level))));
        return new CriteriaContent(likelihood.stream().map(LevelRow::level).toList(),
                impact.stream().map(LevelRow::level).toList(),
                categories.stream().map(x -> new CriteriaContent.Category(x.code, x.nameEn, x.nameDe)).toList(),
                cells, threshold);
    }

    /** Rebuilds the tables for the chosen scale sizes, keeping what was typed. */
    void resize() {
        fill(content().resized(likelihoodSize, impactSize));
    }

    void addCategory() {
        categories.add(new CategoryRow(null, null, null));
    }

    void removeCategory(CategoryRow row) {
        categories.remove(row);
    }

    public List<LevelRow> getLikelihood() {
        return likelihood;
    }

    public List<LevelRow> getImpact() {
        return impact;
    }

    public List<CategoryRow> getCategories() {
        return categories;
    }

    public List<MatrixRow> getMatrix() {
        return matrix;
    }

    public RiskLevel getThreshold() {
        return threshold;
    }

    public void setThreshold(RiskLevel threshold) {
        this.threshold = threshold;
    }

    public int getLikelihoodSize() {
        return likelihoodSize;
    }

    public void setLikelihoodSize(int likelihoodSize) {
        this.likelihoodSize = likelihoodSize;
    }

    public int getImpactSize() {
        return impactSize;
    }

    public void setImpactSize(int impactSize) {
        this.impactSize = impactSize;
    }
}
