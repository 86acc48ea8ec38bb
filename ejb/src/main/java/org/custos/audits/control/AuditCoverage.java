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
import org.custos.organisation.entity.OrgUnit;
import org.custos.standards.entity.Requirement;

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

    public Coverage of(int lastYear, int cycleYears) {
        List<Integer> years = new ArrayList<>();
        for (int y = lastYear - cycleYears + 1; y <= lastYear; y++) {
            years.add(y);
        }
        List<Audit> internal = em.createQuery("SELECT a FROM Audit a WHERE a.kind = :internal AND a.programmeYear "
                + "BETWEEN :first AND :last", Audit.class).setParameter("internal", Audit.Kind.INTERNAL)
                .setParameter("first", years.get(0)).setParameter("last", lastYear).getResultList();
        List<Row> rows = new ArrayList<>();
        Long iso = em.createQuery("SELECT s.id FROM Standard s WHERE s.code = 'ISO27001'", Long.class).getResultStream()
                .findFirst().orElse(null);
        if (iso != null) {
            rows.addAll(clauses(iso, internal));
        }
        for (OrgUnit unit : em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList()) {
            Tally tally = new Tally();
            for (Audit a : internal) {
                for (OrgUnit u = unit; u != null; u = u.getParent()) {
                    if (a.getUnitIds().contains(u.getId())) {
                        tally.add(a);
                        break;
                    }
                }
            }
            rows.add(tally.row(null, null, null, unit.getName()));
        }
        return new Coverage(years, rows);
    }

    private List<Row> clauses(long iso, List<Audit> internal) {
        List<Requirement> all = em.createNamedQuery("Requirement.ofStandard", Requirement.class).setParameter("standard", iso)
                .getResultList();
        Map<Long, Requirement> byId = new HashMap<>();
        Map<Long, List<Requirement>> children = new HashMap<>();
        for (Requirement r : all) {
            byId.put(r.getId(), r);
            if (r.getParent() != null) {
                children.computeIfAbsent(r.getParent().getId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Requirement> lines = new ArrayList<>();
        for (Requirement root : all.stream().filter(r -> r.getParent() == null).toList()) {
            List<Requirement> below = children.getOrDefault(root.getId(), List.of());
            // Annex A is read by its themes (A.5 … A.8), the clauses as a whole
            boolean themes = !below.isEmpty() && below.stream().allMatch(c -> children.containsKey(c.getId()));
            lines.addAll(themes ? below : List.of(root));
        }
        // every audit's checklist in one query, each requirement with all its ancestors
        Map<Long, Set<Long>> hits = new HashMap<>();
        if (!internal.isEmpty()) {
            for (Object[] item : em.createQuery("SELECT i.auditId, i.requirementId FROM AuditItem i WHERE i.auditId IN :ids",
                    Object[].class).setParameter("ids", internal.stream().map(Audit::getId).toList()).getResultList()) {
                Set<Long> hit = hits.computeIfAbsent((Long) item[0], k -> new HashSet<>());
                for (Requirement r = byId.get((Long) item[1]); r != null; r = r.getParent()) {
                    hit.add(r.getId());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Requirement line : lines) {
            Tally tally = new Tally();
            internal.stream().filter(a -> hits.getOrDefault(a.getId(), Set.of()).contains(line.getId())).forEach(tally::add);
            rows.add(tally.row(line.getRefId(), line.getTitleEn(), line.getTitleDe(), null));
        }
        return rows;
    }

    private static final class Tally {
        private final Map<Integer, Integer> audits = new HashMap<>();
        private final Map<Integer, Integer> completed = new HashMap<>();

        void add(Audit a) {
            audits.merge(a.getProgrammeYear(), 1, Integer::sum);
            if (a.getStatus() == Audit.Status.COMPLETED) {
                completed.merge(a.getProgrammeYear(), 1, Integer::sum);
            }
        }

        Row row(String refId, String titleEn, String titleDe, String unit) {
            Cover cover = !completed.isEmpty() ? Cover.COMPLETED : !audits.isEmpty() ? Cover.PLANNED : Cover.OPEN;
            return new Row(refId, titleEn, titleDe, unit, Map.copyOf(audits), Map.copyOf(completed), cover);
        }
    }
}
