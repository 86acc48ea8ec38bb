package org.custos.readiness.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.documents.entity.DocumentType;
import org.custos.measures.entity.Measure;
import org.custos.standards.control.Relationship;

/**
 * Computes, from plain facts, how far each requirement is met and why.
 *
 * <p>Direct sources (the best one wins):
 * <ul>
 * <li>a measure: implemented with evidence valid today → fulfilled; implemented without valid evidence or in
 * progress → partly; planned → not fulfilled; not applicable → not applicable if nothing else addresses it;</li>
 * <li>a published document in force: the guideline, the scope statement and records are the documented
 * information itself → fulfilled (partly while overdue for review or flagged for review); a regulation or
 * concept says how, not that it is done → partly;</li>
 * <li>an Annex A control excluded by the approved Statement of Applicability → not applicable, whatever else.</li>
 * </ul>
 * <p>Mappings: a requirement of another standard that is directly fulfilled counts here with the coverage of
 * the mapping (equal/superset → fulfilled, subset/intersect → partly), directly or through one ISO 27001
 * requirement (A → ISO 27001 → B, coverage of the weakest link); directly partly counts as partly. Only
 * direct statuses travel, one path at a time, so results never depend on evaluation order. A source that is
 * not applicable is shown but never counts.
 */
public final class ReadinessEngine {

    public record Req(long id, long standardId, String standardCode, String refId, boolean assessable) {
    }

    public record MeasureLink(long requirementId, long measureId, String code, String title, Measure.Status state,
            int validEvidence, int expiredEvidence) {
    }

    public record DocumentLink(long requirementId, long documentId, String code, String title, DocumentType type,
            boolean overdue, boolean reviewNeeded) {
    }

    public record Exclusion(long requirementId, long soaVersionId, String justification) {
    }

    public record Link(long sourceId, long targetId, Relationship relationship) {
    }

    public record Result(long requirementId, ReadinessStatus status, ReadinessStatus direct, List<Reason> reasons) {
    }

    private record Hop(long to, Relationship relationship) {
    }

    private final Map<Long, Req> requirements = new HashMap<>();
    private final Map<Long, List<MeasureLink>> measures = new HashMap<>();
    private final Map<Long, List<DocumentLink>> documents = new HashMap<>();
    private final Map<Long, Exclusion> exclusions = new HashMap<>();
    /** For each requirement, the requirements mapped to it, each with "other rel this" (coverage flows that way). */
    private final Map<Long, List<Hop>> incoming = new HashMap<>();
    private final Long isoStandardId;
    /** Direct results, computed on first need; shared by concurrent readers of a cached engine. */
    private final Map<Long, Result> direct = new java.util.concurrent.ConcurrentHashMap<>();

    public ReadinessEngine(Collection<Req> requirements, Collection<MeasureLink> measureLinks,
            Collection<DocumentLink> documentLinks, Collection<Exclusion> exclusions, Collection<Link> mappings,
            Long isoStandardId) {
        for (Req r : requirements) {
            this.requirements.put(r.id(), r);
        }
        for (MeasureLink m : measureLinks) {
            measures.computeIfAbsent(m.requirementId(), k -> new ArrayList<>()).add(m);
        }
        for (DocumentLink d : documentLinks) {
            documents.computeIfAbsent(d.requirementId(), k -> new ArrayList<>()).add(d);
        }
        for (Exclusion e : exclusions) {
            this.exclusions.put(e.requirementId(), e);
        }
        for (Link l : mappings) {
            if (l.relationship().coverage() == Relationship.Coverage.NONE || l.sourceId() == l.targetId()) {
                continue;
            }
            // stored as "source rel target"; seen from the source, the target relates inversely
            incoming.computeIfAbsent(l.targetId(), k -> new ArrayList<>()).add(new Hop(l.sourceId(), l.relationship()));
            incoming.computeIfAbsent(l.sourceId(), k -> new ArrayList<>())
                    .add(new Hop(l.targetId(), l.relationship().inverse()));
        }
        this.isoStandardId = isoStandardId;
    }

    /** Every assessable requirement of the given standards, in no particular order. */
    public Map<Long, Result> evaluate(Set<Long> standardIds) {
        Map<Long, Result> results = new LinkedHashMap<>();
        for (Req r : requirements.values()) {
            if (r.assessable() && standardIds.contains(r.standardId())) {
                results.put(r.id(), evaluate(r));
            }
        }
        return results;
    }

    public Result evaluate(long requirementId) {
        Req r = requirements.get(requirementId);
        if (r == null) {
            throw new IllegalArgumentException("unknown requirement " + requirementId);
        }
        return evaluate(r);
    }

    private Result evaluate(Req r) {
        Result own = direct(r);
        List<Reason> reasons = new ArrayList<>(own.reasons());
        ReadinessStatus mapped = null;
        Set<Long> adjacent = new HashSet<>();
        for (Hop hop : incoming.getOrDefault(r.id(), List.of())) {
            adjacent.add(hop.to());
        }
        for (Hop hop : incoming.getOrDefault(r.id(), List.of())) {
            Req source = requirements.get(hop.to());
            if (source == null || source.standardId() == r.standardId()) {
                continue;
            }
            Relationship rel = hop.relationship();
            mapped = ReadinessStatus.better(mapped, via(source, List.of(source), List.of(rel), rel.coverage(), r, reasons));
        }
        if (isoStandardId != null && r.standardId() != isoStandardId) {
            for (Hop first : incoming.getOrDefault(r.id(), List.of())) {
                Req iso = requirements.get(first.to());
                if (iso == null || iso.standardId() != isoStandardId) {
                    continue;
                }
                Relationship isoToR = first.relationship();
                for (Hop second : incoming.getOrDefault(iso.id(), List.of())) {
                    Req source = requirements.get(second.to());
                    if (source == null || source.id() == r.id() || source.standardId() == r.standardId()
                            || source.standardId() == isoStandardId || adjacent.contains(source.id())) {
                        continue;
                    }
                    Relationship sourceToIso = second.relationship();
                    mapped = ReadinessStatus.better(mapped, via(source, List.of(source, iso), List.of(sourceToIso, isoToR),
                            Relationship.weakest(sourceToIso.coverage(), isoToR.coverage()), r, reasons));
                }
            }
        }
        ReadinessStatus status = own.direct() == ReadinessStatus.NOT_APPLICABLE ? ReadinessStatus.NOT_APPLICABLE
                : ReadinessStatus.better(own.direct(), mapped);
        if (reasons.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.NOTHING, ReadinessStatus.NOT_FULFILLED, 0, "", null, null, 0, 0, null));
        }
        reasons.sort(Comparator.comparing((Reason x) -> x.kind() == Reason.Kind.SOA_EXCLUDED ? -1
                : x.status() == null ? 9 : x.status().ordinal())
                .thenComparing(x -> x.mappingPath() ? 1 : 0));
        return new Result(r.id(), status, own.direct(), List.copyOf(reasons));
    }

    /** What a source requirement contributes through a path, adding the reason; null if nothing. */
    private ReadinessStatus via(Req source, List<Req> hops, List<Relationship> rels, Relationship.Coverage coverage,
            Req target, List<Reason> reasons) {
        ReadinessStatus at = direct(source).direct();
        StringBuilder path = new StringBuilder();
        for (Req hop : hops) {
            path.append(hop.standardCode()).append(' ').append(hop.refId()).append(" → ");
        }
        path.append(target.refId());
        if (at == ReadinessStatus.NOT_APPLICABLE) {
            reasons.add(new Reason(Reason.Kind.MAPPING_NOT_APPLICABLE, null, source.id(), path.toString(), null, rels, 0, 0,
                    at.name()));
            return null;
        }
        ReadinessStatus contributes;
        if (at == ReadinessStatus.FULFILLED) {
            contributes = coverage == Relationship.Coverage.FULL ? ReadinessStatus.FULFILLED : ReadinessStatus.PARTLY;
        } else if (at == ReadinessStatus.PARTLY) {
            contributes = ReadinessStatus.PARTLY;
        } else {
            return null;
        }
        reasons.add(new Reason(Reason.Kind.MAPPING, contributes, source.id(), path.toString(), null, rels, 0, 0, at.name()));
        return contributes;
    }

    /** The requirement's own status from its measures, documents and the SoA, without mappings. */
    private Result direct(Req r) {
        Result cached = direct.get(r.id());
        if (cached != null) {
            return cached;
        }
        List<Reason> reasons = new ArrayList<>();
        ReadinessStatus best = null;
        boolean notApplicableMeasure = false;
        for (MeasureLink m : measures.getOrDefault(r.id(), List.of())) {
            ReadinessStatus s;
            switch (m.state()) {
                case IMPLEMENTED:
                    s = m.validEvidence() > 0 ? ReadinessStatus.FULFILLED : ReadinessStatus.PARTLY;
                    break;
                case IN_PROGRESS:
                    s = ReadinessStatus.PARTLY;
                    break;
                case PLANNED:
                    s = ReadinessStatus.NOT_FULFILLED;
                    break;
                default:
                    notApplicableMeasure = true;
                    reasons.add(new Reason(Reason.Kind.MEASURE_NOT_APPLICABLE, null, m.measureId(), m.code(), m.title(),
                            null, m.validEvidence(), m.expiredEvidence(), m.state().name()));
                    continue;
            }
            reasons.add(new Reason(Reason.Kind.MEASURE, s, m.measureId(), m.code(), m.title(), null, m.validEvidence(),
                    m.expiredEvidence(), m.state().name()));
            best = ReadinessStatus.better(best, s);
        }
        for (DocumentLink d : documents.getOrDefault(r.id(), List.of())) {
            boolean isTheInformation = d.type() == DocumentType.GUIDELINE || d.type() == DocumentType.SCOPE
                    || d.type() == DocumentType.RECORD;
            ReadinessStatus s = isTheInformation && !d.overdue() && !d.reviewNeeded() ? ReadinessStatus.FULFILLED
                    : ReadinessStatus.PARTLY;
            String state = d.overdue() ? "OVERDUE" : d.reviewNeeded() ? "REVIEW_NEEDED" : d.type().name();
            reasons.add(new Reason(Reason.Kind.DOCUMENT, s, d.documentId(), d.code(), d.title(), null, 0, 0, state));
            best = ReadinessStatus.better(best, s);
        }
        Exclusion excluded = exclusions.get(r.id());
        ReadinessStatus status;
        if (excluded != null) {
            reasons.add(0, new Reason(Reason.Kind.SOA_EXCLUDED, ReadinessStatus.NOT_APPLICABLE, excluded.soaVersionId(),
                    r.refId(), excluded.justification(), null, 0, 0, null));
            status = ReadinessStatus.NOT_APPLICABLE;
        } else if (best == null) {
            status = notApplicableMeasure ? ReadinessStatus.NOT_APPLICABLE : ReadinessStatus.NOT_FULFILLED;
        } else {
            status = best;
        }
        Result result = new Result(r.id(), status, status, List.copyOf(reasons));
        direct.put(r.id(), result);
        return result;
    }

    /** Share of applicable assessable requirements met, partly counting half, in percent (one decimal). */
    public static Score score(Collection<Result> results) {
        int fulfilled = 0;
        int partly = 0;
        int not = 0;
        int na = 0;
        for (Result r : results) {
            switch (r.status()) {
                case FULFILLED -> fulfilled++;
                case PARTLY -> partly++;
                case NOT_FULFILLED -> not++;
                default -> na++;
            }
        }
        return new Score(fulfilled, partly, not, na);
    }

    public record Score(int fulfilled, int partly, int notFulfilled, int notApplicable) implements java.io.Serializable {

        public int applicable() {
            return fulfilled + partly + notFulfilled;
        }

        /** {@code null} when nothing is applicable (a score of nothing is not 0 % and not 100 %). */
        public Double percent() {
            if (applicable() == 0) {
                return null;
            }
            return Math.round((fulfilled + partly * 0.5) * 1000.0 / applicable()) / 10.0;
        }
    }
}
