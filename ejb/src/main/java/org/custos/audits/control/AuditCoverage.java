package org.custos.audits.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.audits.entity.Audit;

/**
 * The audit programme's coverage over a cycle ending with a year: for every ISO 27001 clause (Annex A by
 * theme) and every unit, the internal audits of each year that take it in. Only a completed audit covers;
 * a planned or running one shows the programme intends to. Auditing a unit covers the units below it.
 * Shared by the audits register and the certification rule 9.2.
 */
@Dependent
public class AuditCoverage {

    /** How far the cycle's internal audits take a clause or unit in. */
    public enum Cover {
        COMPLETED, PLANNED, OPEN
    }

    /** One line: a clause (or Annex A theme) or a unit, with its internal audits per year (all, completed). */
    public record Row(String refId, String titleEn, String titleDe, String unit, Map<Integer, Integer> audits,
            Map<Integer, Integer> completed, Cover cover) implements Serializable {

        public boolean covered() {
            return cover == Cover.COMPLETED;
        }

        /** The clause's reference or the unit's name. */
        public String subject() {
            return unit != null ? unit : refId;
        }
    }

    public record Coverage(List<Integer> years, List<Row> rows) implements Serializable {

        /** Lines no audit of the cycle takes in, not even a planned one. */
        public List<Row> open() {
            return rows.stream().filter(r -> r.cover() == Cover.OPEN).toList();
        }

        public long uncovered() {
            return rows.stream().filter(r -> !r.covered()).count();
        }
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** An internal audit of the cycle as far as coverage needs it. */
    private record Run(long id, int year, boolean completed) {
    }

    /** A requirement or unit with its parent, read as plain values: the rule 9.2 recomputes this often. */
    private record Node(long id, Long parent, String label, String titleEn, String titleDe) {
    }

    public Coverage of(int lastYear, int cycleYears) {
        List<Integer> years = new ArrayList<>();
        for (int y = lastYear - cycleYears + 1; y <= lastYear; y++) {
            years.add(y);
        }
        List<Run> internal = em.createQuery("SELECT a.id, a.programmeYear, a.status FROM Audit a WHERE a.kind = :internal "
                + "AND a.programmeYear BETWEEN :first AND :last", Object[].class).setParameter("internal", Audit.Kind.INTERNAL)
                .setParameter("first", years.get(0)).setParameter("last", lastYear).getResultStream()
                .map(r -> new Run((Long) r[0], (Integer) r[1], r[2] == Audit.Status.COMPLETED)).toList();
        List<Long> ids = internal.stream().map(Run::id).toList();
        List<Row> rows = new ArrayList<>();
        Long iso = em.createQuery("SELECT s.id FROM Standard s WHERE s.code = 'ISO27001'", Long.class).getResultStream()
                .findFirst().orElse(null);
        if (iso != null) {
            rows.addAll(clauses(iso, internal, ids));
        }
        // auditing a unit covers the units below it
        Map<Long, Set<Long>> auditedUnits = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] au : em.createQuery("SELECT a.id, u FROM Audit a JOIN a.unitIds u WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                auditedUnits.computeIfAbsent((Long) au[0], k -> new HashSet<>()).add((Long) au[1]);
            }
        }
        List<Node> units = em.createQuery("SELECT u.id, p.id, u.name FROM OrgUnit u LEFT JOIN u.parent p ORDER BY u.name",
                Object[].class).getResultStream().map(r -> new Node((Long) r[0], (Long) r[1], (String) r[2], null, null)).toList();
        Map<Long, Node> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        for (Node unit : units) {
            Set<Long> line = ancestors(unit, unitById);
            Tally tally = new Tally();
            internal.stream().filter(a -> auditedUnits.getOrDefault(a.id(), Set.of()).stream().anyMatch(line::contains))
                    .forEach(tally::add);
            rows.add(tally.row(null, null, null, unit.label()));
        }
        return new Coverage(years, rows);
    }

    private List<Row> clauses(long iso, List<Run> internal, List<Long> ids) {
        List<Node> all = em.createQuery("SELECT r.id, p.id, r.refId, r.titleEn, r.titleDe FROM Requirement r LEFT JOIN r.parent p "
                + "WHERE r.standard.id = :standard ORDER BY r.depth, r.sortOrder, r.id", Object[].class)
                .setParameter("standard", iso).getResultStream()
                .map(r -> new Node((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
        Map<Long, Node> byId = new HashMap<>();
        Map<Long, List<Node>> children = new HashMap<>();
        for (Node r : all) {
            byId.put(r.id(), r);
            if (r.parent() != null) {
                children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Node> lines = new ArrayList<>();
        for (Node root : all.stream().filter(r -> r.parent() == null).toList()) {
            List<Node> below = children.getOrDefault(root.id(), List.of());
            // Annex A is read by its themes (A.5 … A.8), the clauses as a whole
            boolean themes = !below.isEmpty() && below.stream().allMatch(c -> children.containsKey(c.id()));
            lines.addAll(themes ? below : List.of(root));
        }
        // every audit's checklist in one query, each requirement with all its ancestors
        Map<Long, Set<Long>> hits = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] item : em.createQuery("SELECT i.auditId, i.requirementId FROM AuditItem i WHERE i.auditId IN :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                Node r = byId.get((Long) item[1]);
                if (r != null) {
                    hits.computeIfAbsent((Long) item[0], k -> new HashSet<>()).addAll(ancestors(r, byId));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Node line : lines) {
            Tally tally = new Tally();
            internal.stream().filter(a -> hits.getOrDefault(a.id(), Set.of()).contains(line.id())).forEach(tally::add);
            rows.add(tally.row(line.label(), line.titleEn(), line.titleDe(), null));
        }
        return rows;
    }

    /** The node and everything above it. */
    private static Set<Long> ancestors(Node node, Map<Long, Node> byId) {
        Set<Long> up = new HashSet<>();
        for (Node n = node; n != null && up.add(n.id()); n = n.parent() == null ? null : byId.get(n.parent())) {
            // walks up; a cycle would stop at the first repeat
        }
        return up;
    }

    private static final class Tally {
        private final Map<Integer, Integer> audits = new HashMap<>();
        private final Map<Integer, Integer> completed = new HashMap<>();

        void add(Run a) {
            audits.merge(a.year(), 1, Integer::sum);
            if (a.completed()) {
                completed.merge(a.year(), 1, Integer::sum);
            }
        }

        Row row(String refId, String titleEn, String titleDe, String unit) {
            Cover cover = !completed.isEmpty() ? Cover.COMPLETED : !audits.isEmpty() ? Cover.PLANNED : Cover.OPEN;
            return new Row(refId, titleEn, titleDe, unit, Map.copyOf(audits), Map.copyOf(completed), cover);
        }
    }
}
