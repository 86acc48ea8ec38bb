package org.custos.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.objectives.control.KpiEvaluation;
import org.custos.objectives.control.KpiRegister;
import org.custos.objectives.control.KpiView;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput.Key;

/**
 * Compiles the inputs of a management review (ISO 27001 9.3.2) from Custos' own data for the period from a
 * day up to the day of the review: each fact a message key with its arguments, so the record reads in either
 * language and stays as it was when compiled. Reads tables directly: the review needs the whole picture,
 * whatever the compiling user may see page by page.
 */
@Dependent
public class ReviewCompiler {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    KpiRegister kpis;

    public Map<Key, List<String>> compile(long reviewId, LocalDate from, LocalDate to) {
        Map<Key, List<String>> inputs = new EnumMap<>(Key.class);
        inputs.put(Key.PREVIOUS_ACTIONS, previousActions(reviewId, to));
        inputs.put(Key.CONTEXT_CHANGES, contextChanges(from, to));
        inputs.put(Key.NONCONFORMITIES, nonconformities(from, to));
        inputs.put(Key.MONITORING, monitoring(to));
        inputs.put(Key.AUDITS, audits(from, to));
        inputs.put(Key.OBJECTIVES, objectives(to));
        inputs.put(Key.FEEDBACK, feedback(from, to));
        inputs.put(Key.RISKS, risks(to));
        inputs.put(Key.IMPROVEMENT, improvement(from, to));
        return inputs;
    }

    private List<String> previousActions(long reviewId, LocalDate to) {
        List<ReviewDecision> earlier = em.createNamedQuery("ReviewDecision.before", ReviewDecision.class)
                .setParameter("day", to).setParameter("review", reviewId).getResultList();
        List<String> facts = new ArrayList<>();
        long done = earlier.stream().filter(d -> d.getStatus() == ReviewDecision.Status.DONE).count();
        long overdue = earlier.stream().filter(d -> d.overdue(to)).count();
        facts.add(fact("review.fact.previousActions", earlier.size(), done, earlier.size() - done, overdue));
        earlier.stream().filter(d -> d.getStatus() == ReviewDecision.Status.OPEN).limit(20).forEach(d -> facts.add(
                fact("review.fact.openAction", d.getDecision(), d.getOwner() == null ? "–" : d.getOwner().getName(),
                        d.getDueOn() == null ? "–" : d.getDueOn())));
        return facts;
    }

    private List<String> contextChanges(LocalDate from, LocalDate to) {
        return List.of(
                fact("review.fact.context", count("SELECT COUNT(*) FROM interested_party"), count("SELECT COUNT(*) FROM obligation"),
                        count("SELECT COUNT(*) FROM audit_record WHERE entity_type IN ('InterestedParty', 'Obligation') "
                                + "AND occurred_at >= ?1 AND occurred_at < ?2", start(from), end(to)), from),
                fact("review.fact.proofs", count("SELECT COUNT(*) FROM obligation WHERE next_proof_due < ?1", Date.valueOf(to)),
                        count("SELECT COUNT(*) FROM obligation WHERE next_proof_due >= ?1 AND next_proof_due < ?2",
                                Date.valueOf(to), Date.valueOf(to.plusDays(90)))));
    }

    private List<String> nonconformities(LocalDate from, LocalDate to) {
        return List.of(
                fact("review.fact.nonconformities", count("SELECT COUNT(*) FROM nonconformity WHERE detected_on >= ?1 AND "
                        + "detected_on <= ?2", Date.valueOf(from), Date.valueOf(to)),
                        count("SELECT COUNT(*) FROM nonconformity WHERE status <> 'CLOSED'"),
                        count("SELECT COUNT(*) FROM nonconformity WHERE status <> 'CLOSED' AND grade = 'MAJOR'"),
                        count("SELECT COUNT(*) FROM nonconformity WHERE closed_at >= ?1 AND closed_at < ?2", start(from), end(to))),
                fact("review.fact.actions", count("SELECT COUNT(*) FROM corrective_action WHERE status = 'OPEN'"),
                        count("SELECT COUNT(*) FROM corrective_action WHERE status = 'OPEN' AND due_on < ?1", Date.valueOf(to)),
                        count("SELECT COUNT(*) FROM corrective_action WHERE status = 'EFFECTIVE'"),
                        count("SELECT COUNT(*) FROM corrective_action WHERE status = 'INEFFECTIVE'")),
                fact("review.fact.incidents", count("SELECT COUNT(*) FROM incident WHERE detected_at >= ?1 AND detected_at < ?2",
                        start(from), end(to)), count("SELECT COUNT(*) FROM incident WHERE significant = TRUE AND detected_at >= ?1 "
                                + "AND detected_at < ?2", start(from), end(to)),
                        count("SELECT COUNT(*) FROM incident WHERE status <> 'CLOSED'")));
    }

    private List<String> monitoring(LocalDate to) {
        List<KpiView> views = kpis.views(kpis.activeKpis(), kpis.latest(), to);
        List<String> facts = new ArrayList<>();
        facts.add(fact("review.fact.kpis", views.size(), views.stream().filter(v -> v.state() == KpiEvaluation.State.MET).count(),
                views.stream().filter(v -> v.state() == KpiEvaluation.State.WARNING).count(),
                views.stream().filter(v -> v.state() == KpiEvaluation.State.MISSED).count(),
                views.stream().filter(KpiView::missing).count()));
        views.stream().filter(v -> v.state() == KpiEvaluation.State.MISSED || v.missing()).limit(20)
                .forEach(v -> facts.add(fact(v.missing() ? "review.fact.kpiMissing" : "review.fact.kpiMissed", v.kpi().getCode(),
                        v.kpi().getName())));
        return facts;
    }

    private List<String> audits(LocalDate from, LocalDate to) {
        List<String> facts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> done = em.createNativeQuery("SELECT a.code, a.kind, a.performed_on, "
                + "(SELECT COUNT(*) FROM finding f WHERE f.audit_id = a.id AND f.kind = 'MAJOR'), "
                + "(SELECT COUNT(*) FROM finding f WHERE f.audit_id = a.id AND f.kind = 'MINOR'), "
                + "(SELECT COUNT(*) FROM finding f WHERE f.audit_id = a.id AND f.kind IN ('OBSERVATION', 'OPPORTUNITY')) "
                + "FROM audit a WHERE a.status = 'COMPLETED' AND a.performed_on >= ?1 AND a.performed_on <= ?2 ORDER BY a.performed_on")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        facts.add(fact("review.fact.audits", done.size(), count("SELECT COUNT(*) FROM audit WHERE status <> 'COMPLETED'")));
        for (Object[] a : done) {
            facts.add(fact("review.fact.audit", a[0], "audits.kind." + a[1], a[2], a[3], a[4], a[5]));
        }
        return facts;
    }

    private List<String> objectives(LocalDate to) {
        return List.of(fact("review.fact.objectives", count("SELECT COUNT(*) FROM objective WHERE status = 'ACTIVE'"),
                count("SELECT COUNT(*) FROM objective WHERE status = 'ACHIEVED'"),
                count("SELECT COUNT(*) FROM objective WHERE status = 'ACTIVE' AND deadline < ?1", Date.valueOf(to))));
    }

    private List<String> feedback(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> received = em.createNativeQuery("SELECT f.received_on, p.name, f.kind, f.summary, f.status "
                + "FROM feedback f JOIN interested_party p ON p.id = f.party_id WHERE f.received_on >= ?1 AND f.received_on <= ?2 "
                + "ORDER BY f.received_on DESC, f.id DESC").setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .getResultList();
        List<FeedbackLine> lines = received.stream().map(r -> new FeedbackLine(day(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
        return feedbackFacts(from, lines, count("SELECT COUNT(*) FROM feedback WHERE status = 'OPEN'"));
    }

    /** One feedback item of the period as the review lists it. */
    record FeedbackLine(LocalDate receivedOn, String party, String kind, String summary, String status) {
    }

    static final int MAX_FEEDBACK_LINES = 20;

    /**
     * The feedback input: how much of each kind came in during the period and how much is still unanswered, then
     * the newest items of the period; or that nothing came in. Kind and status are message keys, so they read
     * in the reader's language.
     */
    static List<String> feedbackFacts(LocalDate from, List<FeedbackLine> received, long open) {
        if (received.isEmpty()) {
            return List.of(fact("review.fact.feedbackNone", from, open));
        }
        Map<String, Long> byKind = new HashMap<>();
        received.forEach(l -> byKind.merge(l.kind(), 1L, Long::sum));
        List<String> facts = new ArrayList<>();
        facts.add(fact("review.fact.feedbackReceived", received.size(), byKind.getOrDefault("COMPLAINT", 0L),
                byKind.getOrDefault("REQUIREMENT", 0L), byKind.getOrDefault("SUGGESTION", 0L),
                byKind.getOrDefault("PRAISE", 0L), byKind.getOrDefault("QUESTION", 0L), open));
        received.stream().limit(MAX_FEEDBACK_LINES).forEach(l -> facts.add(fact("review.fact.feedbackItem", l.receivedOn(),
                l.party(), "feedback.kind." + l.kind(), l.summary(), "feedback.status." + l.status())));
        if (received.size() > MAX_FEEDBACK_LINES) {
            facts.add(fact("review.fact.feedbackMore", received.size() - MAX_FEEDBACK_LINES));
        }
        return facts;
    }

    private List<String> risks(LocalDate to) {
        List<String> facts = new ArrayList<>();
        facts.add(fact("review.fact.risks", count("SELECT COUNT(*) FROM risk WHERE closed_at IS NULL"),
                count("SELECT COUNT(*) FROM risk r WHERE r.closed_at IS NULL AND NOT EXISTS "
                        + "(SELECT 1 FROM risk_assessment a WHERE a.risk_id = r.id)"),
                count("SELECT COUNT(*) FROM risk WHERE closed_at IS NULL AND (next_reassessment < ?1 OR flagged_at IS NOT NULL)",
                        Date.valueOf(to)),
                count("SELECT COUNT(*) FROM risk WHERE closed_at IS NULL AND treatment_due < ?1", Date.valueOf(to))));
        @SuppressWarnings("unchecked")
        List<Object[]> levels = em.createNativeQuery("SELECT a.residual_level, COUNT(*) FROM risk_assessment a "
                + "JOIN risk r ON r.id = a.risk_id WHERE r.closed_at IS NULL AND a.id = "
                + "(SELECT MAX(b.id) FROM risk_assessment b WHERE b.risk_id = a.risk_id) GROUP BY a.residual_level "
                + "ORDER BY a.residual_level").getResultList();
        for (Object[] l : levels) {
            facts.add(fact("review.fact.riskLevel", "risk.level." + l[0], ((Number) l[1]).longValue()));
        }
        return facts;
    }

    private List<String> improvement(LocalDate from, LocalDate to) {
        return List.of(fact("review.fact.improvement",
                count("SELECT COUNT(*) FROM opportunity WHERE status IN ('OPEN', 'IN_PROGRESS')"),
                count("SELECT COUNT(*) FROM opportunity WHERE status = 'REALISED'"),
                count("SELECT COUNT(*) FROM finding WHERE kind = 'OPPORTUNITY' AND recorded_at >= ?1 AND recorded_at < ?2",
                        start(from), end(to))));
    }

    // ---------------------------------------------------------------- helpers

    /** A fact line: the key and its arguments, with the separators taken out of free text. */
    static String fact(String key, Object... args) {
        StringBuilder line = new StringBuilder(key);
        for (Object a : args) {
            line.append('|').append(String.valueOf(a).replace('|', '/').replace('\n', ' ').replace('\r', ' '));
        }
        return line.toString();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(String.valueOf(value));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }

    private static Timestamp end(LocalDate day) {
        return Timestamp.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
