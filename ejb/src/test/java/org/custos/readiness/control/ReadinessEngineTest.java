package org.custos.readiness.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.documents.entity.DocumentType;
import org.custos.measures.entity.Measure;
import org.custos.readiness.control.ReadinessEngine.DocumentLink;
import org.custos.readiness.control.ReadinessEngine.Exclusion;
import org.custos.readiness.control.ReadinessEngine.Link;
import org.custos.readiness.control.ReadinessEngine.MeasureLink;
import org.custos.readiness.control.ReadinessEngine.Req;
import org.custos.standards.control.Relationship;
import org.junit.jupiter.api.Test;

class ReadinessEngineTest {

    static final long ISO = 1;
    static final long ISA = 2;
    static final long NIS = 3;

    final List<Req> reqs = new ArrayList<>();
    final List<MeasureLink> measures = new ArrayList<>();
    final List<DocumentLink> documents = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    long req(long id, long standard, String ref) {
        reqs.add(new Req(id, standard, standard == ISO ? "ISO27001" : standard == ISA ? "ISA" : "NIS2", ref, true));
        return id;
    }

    void measure(long requirement, Measure.Status status, int valid, int expired) {
        measures.add(new MeasureLink(requirement, 100 + measures.size(), "M-" + measures.size(), "Measure", status, valid, expired));
    }

    ReadinessEngine engine() {
        return new ReadinessEngine(reqs, measures, documents, exclusions, links, ISO);
    }

    @Test
    void measuresDecideByStateAndValidEvidence() {
        long a = req(10, ISO, "A.5.1");
        long b = req(11, ISO, "A.5.2");
        long c = req(12, ISO, "A.5.3");
        long d = req(13, ISO, "A.5.4");
        long e = req(14, ISO, "A.5.5");
        measure(a, Measure.Status.IMPLEMENTED, 1, 0);
        measure(b, Measure.Status.IMPLEMENTED, 0, 2);
        measure(c, Measure.Status.PLANNED, 0, 0);
        measure(c, Measure.Status.IN_PROGRESS, 0, 0);
        measure(d, Measure.Status.NOT_APPLICABLE, 0, 0);
        Map<Long, ReadinessEngine.Result> r = engine().evaluate(Set.of(ISO));
        assertEquals(ReadinessStatus.FULFILLED, r.get(a).status());
        assertEquals(ReadinessStatus.PARTLY, r.get(b).status(), "implemented, but the evidence expired");
        assertEquals(2, r.get(b).reasons().get(0).expiredEvidence());
        assertEquals(ReadinessStatus.PARTLY, r.get(c).status(), "the best measure wins");
        assertEquals(ReadinessStatus.NOT_APPLICABLE, r.get(d).status());
        assertEquals(ReadinessStatus.NOT_FULFILLED, r.get(e).status());
        assertEquals(Reason.Kind.NOTHING, r.get(e).reasons().get(0).kind());
    }

    @Test
    void documentsInForce() {
        long policy = req(10, ISO, "5.2");
        long network = req(11, ISO, "A.8.20");
        long overdue = req(12, ISO, "4.3");
        documents.add(new DocumentLink(policy, 1, "LL-01", "Leitlinie", DocumentType.GUIDELINE, false, false));
        documents.add(new DocumentLink(network, 2, "RL-03", "Netze", DocumentType.REGULATION, false, false));
        documents.add(new DocumentLink(overdue, 3, "GB-01", "Geltungsbereich", DocumentType.SCOPE, true, false));
        Map<Long, ReadinessEngine.Result> r = engine().evaluate(Set.of(ISO));
        assertEquals(ReadinessStatus.FULFILLED, r.get(policy).status());
        assertEquals(ReadinessStatus.PARTLY, r.get(network).status(), "a regulation says how, not that it is done");
        assertEquals(ReadinessStatus.PARTLY, r.get(overdue).status(), "overdue for review");
        assertEquals("OVERDUE", r.get(overdue).reasons().get(0).state());
    }

    @Test
    void exclusionWinsAndNeverPropagates() {
        long isoControl = req(10, ISO, "A.7.4");
        long isa = req(20, ISA, "8.1.1");
        measure(isoControl, Measure.Status.IMPLEMENTED, 1, 0);
        exclusions.add(new Exclusion(isoControl, 7, "No premises of our own"));
        links.add(new Link(isoControl, isa, Relationship.EQUAL));
        Map<Long, ReadinessEngine.Result> r = engine().evaluate(Set.of(ISO, ISA));
        assertEquals(ReadinessStatus.NOT_APPLICABLE, r.get(isoControl).status());
        assertEquals(Reason.Kind.SOA_EXCLUDED, r.get(isoControl).reasons().get(0).kind());
        assertEquals(ReadinessStatus.NOT_FULFILLED, r.get(isa).status(), "not applicable does not count as fulfilled");
        Reason shown = r.get(isa).reasons().stream().filter(Reason::mappingPath).findFirst().orElseThrow();
        assertEquals(Reason.Kind.MAPPING_NOT_APPLICABLE, shown.kind());
        assertNull(shown.status());
    }

    @Test
    void coverageFollowsTheRelationshipReadFromTheSource() {
        long isa = req(20, ISA, "1.1.1");
        long isoEqual = req(10, ISO, "A.5.1");
        long isoWider = req(11, ISO, "A.5.2");
        long isoNarrower = req(12, ISO, "A.5.3");
        measure(isa, Measure.Status.IMPLEMENTED, 1, 0);
        links.add(new Link(isa, isoEqual, Relationship.EQUAL));
        links.add(new Link(isa, isoWider, Relationship.SUBSET));
        // stored the other way round: A.5.3 is a subset of 1.1.1, so 1.1.1 covers it fully
        links.add(new Link(isoNarrower, isa, Relationship.SUBSET));
        Map<Long, ReadinessEngine.Result> r = engine().evaluate(Set.of(ISO));
        assertEquals(ReadinessStatus.FULFILLED, r.get(isoEqual).status());
        assertEquals(ReadinessStatus.PARTLY, r.get(isoWider).status());
        assertEquals(ReadinessStatus.FULFILLED, r.get(isoNarrower).status());
        Reason via = r.get(isoNarrower).reasons().get(0);
        assertEquals(Reason.Kind.MAPPING, via.kind());
        assertEquals("ISA 1.1.1 → A.5.3", via.subject());
        assertEquals(List.of(Relationship.SUPERSET), via.relationships());
    }

    @Test
    void throughIso27001TheWeakestLinkCounts() {
        long isa = req(20, ISA, "1.1.1");
        long iso = req(10, ISO, "A.5.1");
        long nisFull = req(30, NIS, "21(2)(a)");
        long nisPartial = req(31, NIS, "21(2)(b)");
        measure(isa, Measure.Status.IMPLEMENTED, 3, 0);
        links.add(new Link(isa, iso, Relationship.EQUAL));
        links.add(new Link(nisFull, iso, Relationship.SUBSET)); // ISO A.5.1 is a superset of 21(2)(a)
        links.add(new Link(nisPartial, iso, Relationship.INTERSECT));
        Map<Long, ReadinessEngine.Result> r = engine().evaluate(Set.of(NIS));
        assertEquals(ReadinessStatus.FULFILLED, r.get(nisFull).status());
        Reason path = r.get(nisFull).reasons().stream().filter(x -> x.subject().startsWith("ISA")).findFirst().orElseThrow();
        assertEquals("ISA 1.1.1 → ISO27001 A.5.1 → 21(2)(a)", path.subject());
        assertEquals(List.of(Relationship.EQUAL, Relationship.SUPERSET), path.relationships());
        assertEquals(ReadinessStatus.PARTLY, r.get(nisPartial).status());
        // ISO A.5.1 itself is fulfilled via the mapping, but only direct statuses travel: the NIS2 result comes from
        // the ISA path (the ISO hop has no direct source of its own)
        assertTrue(r.get(nisFull).reasons().stream().noneMatch(x -> x.subject().startsWith("ISO27001 A.5.1 → 21")));
    }

    @Test
    void partlyAtTheSourceIsPartlyHere() {
        long isa = req(20, ISA, "1.1.1");
        long iso = req(10, ISO, "A.5.1");
        measure(isa, Measure.Status.IN_PROGRESS, 0, 0);
        links.add(new Link(isa, iso, Relationship.EQUAL));
        assertEquals(ReadinessStatus.PARTLY, engine().evaluate(iso).status());
    }

    @Test
    void scoreCountsPartlyHalfAndLeavesOutNotApplicable() {
        long a = req(10, ISO, "A.5.1");
        long b = req(11, ISO, "A.5.2");
        long c = req(12, ISO, "A.5.3");
        long d = req(13, ISO, "A.5.4");
        measure(a, Measure.Status.IMPLEMENTED, 1, 0);
        measure(b, Measure.Status.IN_PROGRESS, 0, 0);
        exclusions.add(new Exclusion(d, 1, "n/a"));
        ReadinessEngine.Score s = ReadinessEngine.score(engine().evaluate(Set.of(ISO)).values());
        assertEquals(3, s.applicable());
        assertEquals(1, s.notApplicable());
        assertEquals(50.0, s.percent());
        assertNull(ReadinessEngine.score(List.of()).percent());
        assertEquals(1, s.notFulfilled(), "A.5.3 has nothing");
    }
}
