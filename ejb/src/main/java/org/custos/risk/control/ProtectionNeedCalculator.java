package org.custos.risk.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.custos.platform.error.ValidationException;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;

/**
 * Effective protection needs by the maximum principle (BSI IT-Grundschutz): an asset needs at least
 * what every asset depending on it needs (a system running a very-high service is very high), unless
 * the asset overrides an objective with a reason; an override may lower the value, and what depends on
 * the asset further down inherits the overridden value.
 */
public final class ProtectionNeedCalculator {

    /** Where an effective value comes from. */
    public enum Source {
        OWN, INHERITED, OVERRIDDEN, DEFAULT
    }

    /** One asset as the calculation sees it: what it depends on, its own needs and overrides. */
    public record Node(long id, String code, Set<Long> dependsOn, Map<Objective, Need> own, Set<Objective> overrides,
            String reason) {

        public Node {
            dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
            own = own == null ? Map.of() : Map.copyOf(own);
            overrides = overrides == null ? Set.of() : Set.copyOf(overrides);
        }
    }

    /**
     * An effective value: the need, its source, for an inherited value the code of the asset it comes
     * from (the one whose own or overridden value it is), for an override the reason.
     */
    public record Effective(Need need, Source source, String from, String reason) implements Serializable {
    }

    private final Map<Long, Node> nodes = new HashMap<>();
    private final Map<Long, List<Long>> dependents = new HashMap<>();
    private final Map<Long, Map<Objective, Effective>> memo = new HashMap<>();

    public ProtectionNeedCalculator(Collection<Node> all) {
        for (Node n : all) {
            nodes.put(n.id(), n);
        }
        for (Node n : all) {
            for (Long d : n.dependsOn()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(n.id());
            }
        }
        cycle(all).ifPresent(path -> {
            throw new ValidationException("asset.dependency.cycle", String.join(" → ", path));
        });
    }

    /** The effective needs of every asset. */
    public Map<Long, Map<Objective, Effective>> all() {
        Map<Long, Map<Objective, Effective>> out = new HashMap<>();
        for (Long id : nodes.keySet()) {
            out.put(id, of(id));
        }
        return out;
    }

    /** The effective needs of one asset (unknown ids count as having no needs). */
    public Map<Objective, Effective> of(long id) {
        Map<Objective, Effective> known = memo.get(id);
        if (known != null) {
            return known;
        }
        Node n = nodes.get(id);
        Map<Objective, Effective> out = new EnumMap<>(Objective.class);
        for (Objective o : Objective.values()) {
            out.put(o, n == null ? new Effective(Need.NORMAL, Source.DEFAULT, null, null) : effective(n, o));
        }
        memo.put(id, out);
        return out;
    }

    private Effective effective(Node n, Objective o) {
        Need own = n.own().get(o);
        if (own != null && n.overrides().contains(o)) {
            return new Effective(own, Source.OVERRIDDEN, null, n.reason());
        }
        Effective inherited = null;
        for (Long d : dependents.getOrDefault(n.id(), List.of())) {
            Effective e = of(d).get(o);
            if (e.source() == Source.DEFAULT) {
                continue;
            }
            // the highest wins; among equals the lowest code, so the answer does not depend on load order
            String from = e.source() == Source.INHERITED ? e.from() : nodes.get(d).code();
            if (inherited == null || e.need().compareTo(inherited.need()) > 0
                    || e.need() == inherited.need() && from.compareTo(inherited.from()) < 0) {
                inherited = new Effective(e.need(), Source.INHERITED, from, null);
            }
        }
        if (own != null && (inherited == null || own.compareTo(inherited.need()) >= 0)) {
            return new Effective(own, Source.OWN, null, null);
        }
        if (inherited != null) {
            return inherited;
        }
        return new Effective(Need.NORMAL, Source.DEFAULT, null, null);
    }

    /**
     * A dependency cycle as the codes along it (first code repeated at the end), or empty. Checked before
     * anything is saved, because inheritance along a cycle has no answer.
     */
    public static Optional<List<String>> cycle(Collection<Node> all) {
        Map<Long, Node> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.id(), n));
        Set<Long> done = new HashSet<>();
        // visit in code order so that the same data always names the same path
        TreeSet<Node> ordered = new TreeSet<>((a, b) -> a.code().compareTo(b.code()) != 0 ? a.code().compareTo(b.code())
                : Long.compare(a.id(), b.id()));
        ordered.addAll(all);
        for (Node start : ordered) {
            List<Long> path = new ArrayList<>();
            Optional<List<String>> found = visit(start.id(), byId, done, new HashSet<>(), path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(long id, Map<Long, Node> byId, Set<Long> done, Set<Long> onPath,
            List<Long> path) {
        if (done.contains(id)) {
            return Optional.empty();
        }
        if (onPath.contains(id)) {
            List<String> codes = new ArrayList<>();
            for (Long p : path.subList(path.indexOf(id), path.size())) {
                codes.add(code(byId, p));
            }
            codes.add(code(byId, id));
            return Optional.of(codes);
        }
        Node n = byId.get(id);
        if (n == null) {
            return Optional.empty();
        }
        onPath.add(id);
        path.add(id);
        for (Long d : new TreeSet<>(n.dependsOn())) {
            Optional<List<String>> found = visit(d, byId, done, onPath, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
        return Optional.empty();
    }

    private static String code(Map<Long, Node> byId, long id) {
        Node n = byId.get(id);
        return n == null ? String.valueOf(id) : n.code();
    }
}
