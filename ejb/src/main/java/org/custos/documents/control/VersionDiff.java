package org.custos.documents.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.documents.entity.DocumentVersion;

/** A readable comparison of two versions: the metadata fields that differ, and the text line by line. */
public final class VersionDiff {

    /** A metadata field that differs. */
    public record Field(String name, String before, String after) implements Serializable {
    }

    /** A line of text: unchanged, removed from the older or added in the newer version. */
    public record Line(Kind kind, String text) implements Serializable {
        public enum Kind {
            SAME, REMOVED, ADDED
        }
    }

    public record Result(int from, int to, List<Field> fields, List<Line> lines) implements Serializable {

        public boolean textChanged() {
            return lines.stream().anyMatch(l -> l.kind() != Line.Kind.SAME);
        }
    }

    private VersionDiff() {
    }

    /** Compares older with newer; requirement ids are shown through the given label function. */
    public static Result compare(DocumentVersion older, DocumentVersion newer, Function<Long, String> requirement) {
        List<Field> fields = new ArrayList<>();
        Map<String, String> a = metadata(older, requirement);
        Map<String, String> b = metadata(newer, requirement);
        for (String key : a.keySet()) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                fields.add(new Field(key, a.get(key), b.get(key)));
            }
        }
        return new Result(older.getNumber(), newer.getNumber(), fields,
                lines(DocumentContent.lines(older.getContent()), DocumentContent.lines(newer.getContent())));
    }

    static List<Line> lines(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                out.add(new Line(Line.Kind.SAME, before.get(i)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new Line(Line.Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Line.Kind.ADDED, l)));
            i += delta.getSource().size();
        }
        for (; i < before.size(); i++) {
            out.add(new Line(Line.Kind.SAME, before.get(i)));
        }
        return out;
    }

    private static Map<String, String> metadata(DocumentVersion v, Function<Long, String> requirement) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", v.getTitle());
        m.put("parent", v.getParentCode());
        m.put("owner", v.getOwnerName());
        m.put("responsibleRole", v.getRoleName());
        m.put("reviewMonths", String.valueOf(v.getReviewMonths()));
        m.put("requirements", v.getRequirementIds().stream().map(requirement).sorted().collect(Collectors.joining(", ")));
        m.put("changeNote", v.getChangeNote());
        return m;
    }
}
