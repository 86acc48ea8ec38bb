package org.custos.risk.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.custos.platform.error.ValidationException;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.RiskScale;

/**
 * What a criteria version says: the two scales, the impact categories, the matrix and the acceptance
 * threshold (the highest level that may be accepted without the risk owner's explicit sign-off). Plain
 * values, so that the rules can be checked and the defaults built without a database.
 */
public record CriteriaContent(List<Level> likelihood, List<Level> impact, List<Category> categories,
        List<RiskMatrix.Cell> cells, RiskLevel threshold) implements Serializable {

    public static final int MIN_LEVELS = 2;
    public static final int MAX_LEVELS = 6;
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;
    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

    /** One level of a scale; values count from 1 in the order of the list. */
    public record Level(int value, String nameEn, String nameDe, String descriptionEn, String descriptionDe)
            implements Serializable {

        public String name(Locale locale) {
            return locale != null && "de".equals(locale.getLanguage()) ? nameDe : nameEn;
        }

        public String description(Locale locale) {
            return locale != null && "de".equals(locale.getLanguage()) ? descriptionDe : descriptionEn;
        }
    }

    /** An impact category such as confidentiality or patient safety. */
    public record Category(String code, String nameEn, String nameDe) implements Serializable {

        public String name(Locale locale) {
            return locale != null && "de".equals(locale.getLanguage()) ? nameDe : nameEn;
        }
    }

    public CriteriaContent {
        likelihood = likelihood == null ? List.of() : List.copyOf(likelihood);
        impact = impact == null ? List.of() : List.copyOf(impact);
        categories = categories == null ? List.of() : List.copyOf(categories);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** The matrix as a function; the content must be valid. */
    public RiskMatrix matrix() {
        return new RiskMatrix(likelihood.size(), impact.size(), cells);
    }

    /** Text stripped, descriptions null when blank, then checked; the first rule broken is refused with its key. */
    public CriteriaContent validated() {
        List<Level> l = levels(RiskScale.LIKELIHOOD, likelihood);
        List<Level> i = levels(RiskScale.IMPACT, impact);
        if (categories.isEmpty()) {
            throw new ValidationException("risk.category.required");
        }
        List<Category> cats = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Category c : categories) {
            String code = c.code() == null ? "" : c.code().strip();
            if (!CODE.matcher(code).matches()) {
                throw new ValidationException("risk.category.code.invalid", code);
            }
            if (!codes.add(code.toUpperCase(Locale.ROOT))) {
                throw new ValidationException("risk.category.code.duplicate", code);
            }
            String en = name(c.nameEn());
            String de = name(c.nameDe());
            if (en == null || de == null) {
                throw new ValidationException("risk.category.nameBlank", code);
            }
            cats.add(new Category(code, en, de));
        }
        Set<Integer> seen = new HashSet<>();
        RiskMatrix matrix = new RiskMatrix(l.size(), i.size(), cells);
        for (RiskMatrix.Cell c : cells) {
            if (!seen.add(c.likelihood() * 100 + c.impact())) {
                throw new ValidationException("risk.matrix.cellDuplicate", c.likelihood(), c.impact());
            }
        }
        if (threshold == null) {
            throw new ValidationException("risk.threshold.required");
        }
        List<RiskMatrix.Cell> ordered = new ArrayList<>();
        for (int a = 1; a <= l.size(); a++) {
            for (int b = 1; b <= i.size(); b++) {
                ordered.add(new RiskMatrix.Cell(a, b, matrix.level(a, b)));
            }
        }
        return new CriteriaContent(l, i, cats, ordered, threshold);
    }

    private static List<Level> levels(RiskScale scale, List<Level> levels) {
        if (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
            throw new ValidationException("risk.scale.size", scale, MIN_LEVELS, MAX_LEVELS);
        }
        List<Level> out = new ArrayList<>();
        for (int n = 0; n < levels.size(); n++) {
            Level v = levels.get(n);
            if (v.value() != n + 1) {
                throw new ValidationException("risk.level.sequence", scale);
            }
            String en = name(v.nameEn());
            String de = name(v.nameDe());
            if (en == null || de == null) {
                throw new ValidationException("risk.level.nameBlank", scale, v.value());
            }
            out.add(new Level(v.value(), en, de, description(scale, v.value(), v.descriptionEn()),
                    description(scale, v.value(), v.descriptionDe())));
        }
        return out;
    }

    private static String name(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (v.length() > MAX_NAME) {
            throw new ValidationException("risk.name.tooLong", MAX_NAME);
        }
        return v;
    }

    private static String description(RiskScale scale, int value, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (v.length() > MAX_DESCRIPTION) {
            throw new ValidationException("risk.level.descriptionTooLong", scale, value, MAX_DESCRIPTION);
        }
        return v;
    }

    /** The same levels, categories and threshold with scales of a new size; new cells get a conventional level. */
    public CriteriaContent resized(int likelihoodLevels, int impactLevels) {
        List<Level> l = resize(likelihood, likelihoodLevels);
        List<Level> i = resize(impact, impactLevels);
        List<RiskMatrix.Cell> out = new ArrayList<>();
        for (int a = 1; a <= l.size(); a++) {
            for (int b = 1; b <= i.size(); b++) {
                out.add(new RiskMatrix.Cell(a, b, levelOr(a, b, l.size(), i.size())));
            }
        }
        return new CriteriaContent(l, i, categories, out, threshold);
    }

    private RiskLevel levelOr(int a, int b, int nl, int ni) {
        if (nl == likelihood.size() && ni == impact.size()) {
            for (RiskMatrix.Cell c : cells) {
                if (c.likelihood() == a && c.impact() == b && c.level() != null) {
                    return c.level();
                }
            }
        }
        return RiskMatrix.suggested(a, b, nl, ni);
    }

    private static List<Level> resize(List<Level> levels, int size) {
        List<Level> out = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            out.add(n < levels.size() ? levels.get(n) : new Level(n + 1, null, null, null, null));
        }
        return out;
    }

    /** A stable text of everything that counts, sealed with a hash at approval. */
    public String canonical() {
        StringBuilder s = new StringBuilder();
        for (Level v : likelihood) {
            s.append("L|").append(v.value()).append('|').append(v.nameEn()).append('|').append(v.nameDe()).append('|')
                    .append(v.descriptionEn()).append('|').append(v.descriptionDe()).append('\n');
        }
        for (Level v : impact) {
            s.append("I|").append(v.value()).append('|').append(v.nameEn()).append('|').append(v.nameDe()).append('|')
                    .append(v.descriptionEn()).append('|').append(v.descriptionDe()).append('\n');
        }
        for (Category c : categories) {
            s.append("C|").append(c.code()).append('|').append(c.nameEn()).append('|').append(c.nameDe()).append('\n');
        }
        cells.stream().sorted((x, y) -> x.likelihood() != y.likelihood() ? x.likelihood() - y.likelihood()
                : x.impact() - y.impact()).forEach(c -> s.append("M|").append(c.likelihood()).append('|')
                        .append(c.impact()).append('|').append(c.level()).append('\n'));
        s.append("T|").append(threshold).append('\n');
        return s.toString();
    }

    /** The default: 4 × 4 after BSI 200-3 (frequency and damage), C, I and A, threshold medium. */
    public static CriteriaContent defaults() {
        List<Level> likelihood = List.of(
                new Level(1, "Rare", "Selten", "At most once in five years.", "Höchstens einmal in fünf Jahren."),
                new Level(2, "Medium", "Mittel", "Once in one to five years.", "Einmal in einem bis fünf Jahren."),
                new Level(3, "Frequent", "Häufig", "Once a month to once a year.", "Einmal im Monat bis einmal im Jahr."),
                new Level(4, "Very frequent", "Sehr häufig", "More than once a month.", "Mehrmals im Monat."));
        List<Level> impact = List.of(
                new Level(1, "Negligible", "Vernachlässigbar", "Hardly noticeable, easily remedied.",
                        "Kaum spürbar, leicht zu beheben."),
                new Level(2, "Limited", "Begrenzt", "Limited and manageable damage.", "Begrenzter, überschaubarer Schaden."),
                new Level(3, "Considerable", "Beträchtlich", "Considerable damage, e.g. to patients, supply or reputation.",
                        "Beträchtlicher Schaden, z. B. für Patienten, Versorgung oder Ansehen."),
                new Level(4, "Existential", "Existenzbedrohend", "Threatens the organisation or lives.",
                        "Bedroht die Organisation oder Menschenleben."));
        List<Category> categories = List.of(
                new Category("CONFIDENTIALITY", "Confidentiality", "Vertraulichkeit"),
                new Category("INTEGRITY", "Integrity", "Integrität"),
                new Category("AVAILABILITY", "Availability", "Verfügbarkeit"));
        List<RiskMatrix.Cell> cells = new ArrayList<>();
        for (int l = 1; l <= 4; l++) {
            for (int i = 1; i <= 4; i++) {
                cells.add(new RiskMatrix.Cell(l, i, RiskMatrix.suggested(l, i, 4, 4)));
            }
        }
        return new CriteriaContent(likelihood, impact, categories, cells, RiskLevel.MEDIUM);
    }
}
