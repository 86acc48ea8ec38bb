package org.custos.tisax.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ISA scoring: the target maturity is 3 for every control and results are cut back to it ("result with
 * cutback to target maturity level" in the workbook), so a 5 cannot hide a 1 elsewhere. A control is a
 * gap while unanswered or below the target.
 */
public final class TisaxScoring {

    public static final int TARGET = 3;
    public static final int MIN = 0;
    public static final int MAX = 5;

    /** Counts for the whole assessment or one chapter; the average covers answered controls only (null if none). */
    public record Score(String chapter, String title, int applicable, int answered, Double averageResult, int gaps)
            implements Serializable {

        /** Share of applicable controls at the target, 0–100. */
        public int percentAtTarget() {
            return applicable == 0 ? 0 : (int) Math.round(100.0 * (applicable - gaps) / applicable);
        }
    }

    public record Summary(Score total, List<Score> chapters) implements Serializable {

        public Summary {
            chapters = List.copyOf(chapters);
        }
    }

    private TisaxScoring() {
    }

    public static Integer result(Integer maturity) {
        return maturity == null ? null : Math.min(maturity, TARGET);
    }

    public static boolean gap(Integer maturity) {
        return maturity == null || maturity < TARGET;
    }

    /** Per chapter in order of first appearance; chapter titles by chapter number (missing ones stay null). */
    public static Summary summarize(List<TisaxControl> controls, Map<String, String> chapterTitles) {
        Map<String, List<TisaxControl>> byChapter = new LinkedHashMap<>();
        controls.forEach(c -> byChapter.computeIfAbsent(c.chapter(), k -> new ArrayList<>()).add(c));
        List<Score> chapters = new ArrayList<>();
        byChapter.forEach((chapter, list) -> chapters.add(score(chapter,
                chapterTitles == null ? null : chapterTitles.get(chapter), list)));
        return new Summary(score(null, null, controls), chapters);
    }

    private static Score score(String chapter, String title, List<TisaxControl> controls) {
        int answered = 0;
        int sum = 0;
        int gaps = 0;
        for (TisaxControl c : controls) {
            if (c.answered()) {
                answered++;
                sum += c.result();
            }
            if (c.gap()) {
                gaps++;
            }
        }
        Double average = answered == 0 ? null : Math.round(100.0 * sum / answered) / 100.0;
        return new Score(chapter, title, controls.size(), answered, average, gaps);
    }
}
