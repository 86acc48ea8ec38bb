package org.custos.readiness.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.context.entity.Obligation;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.readiness.control.ReadinessCache;
import org.custos.readiness.control.ReadinessEngine;
import org.custos.readiness.control.ReadinessFacts;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.control.Reason;
import org.custos.readiness.entity.ReadinessSnapshot;
import org.custos.readiness.entity.SoaEntry;
import org.custos.readiness.entity.SoaStatus;
import org.custos.readiness.entity.SoaVersion;
import org.custos.incidents.control.IncidentRegister;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.risk.control.ProtectionNeedCalculator;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskCriteria;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.custos.standards.entity.Standard;

/**
 * Certification readiness: per standard in use a score and, per requirement, the status with its
 * reasons; the ISO 27001 certification rules; the proof cycles of the obligations register; the trend.
 * Read-only; auditors see the standards in their scope, and mapping paths from outside it only as such.
 */
@Stateless
public class ReadinessService {

    public static final String READ = "readiness:read";

    /** One standard's score. {@code percent} is null when nothing is applicable. */
    public record StandardScore(long standardId, String code, String edition, String name, int fulfilled, int partly,
            int notFulfilled, int notApplicable, Double percent) implements Serializable {

        public int applicable() {
            return fulfilled + partly + notFulfilled;
        }
    }

    /** One assessable requirement: status and why. */
    public record RequirementReadiness(long requirementId, String refId, String titleEn, String titleDe, int depth,
            ReadinessStatus status, List<Reason> reasons) implements Serializable {

        public String title(java.util.Locale locale) {
            boolean de = locale != null && "de".equals(locale.getLanguage());
            String t = de ? titleDe : titleEn;
            return t == null ? (de ? titleEn : titleDe) : t;
        }
    }

    public record StandardReadiness(StandardScore score, List<RequirementReadiness> requirements) implements Serializable {
    }

    /** A requirement not (fully) met, with how many requirements of other standards in use it would also serve. */
    public record Gap(long standardId, String standardCode, RequirementReadiness requirement, int servesElsewhere)
            implements Serializable {
    }

    public enum RuleStatus {
        PASSED, FAILED, NOT_TRACKED
    }

    /** One ISO 27001 certification rule; its message is {@code readiness.rule.<code>} with the arguments. */
    public record Rule(String code, String clause, RuleStatus status, List<String> arguments) implements Serializable {
    }

    /** A proof cycle from the obligations register with the readiness of the standards it names. */
    public record ProofCycle(long obligationId, String title, Obligation.SourceType sourceType, Integer cycleMonths,
            LocalDate lastProof, LocalDate nextDue, Long daysLeft, boolean overdue, List<StandardScore> standards,
            Double percent) implements Serializable {
    }

    public record TrendPoint(LocalDate day, long standardId, Double percent) implements Serializable {
    }

    /** What the dashboard shows, from one state of the data. */
    public record Overview(List<StandardScore> scores, List<Rule> rules, List<ProofCycle> proofCycles) implements Serializable {
    }

    /** An obligation's proof cycle as read from the register. */
    private record Cycle(long id, String title, Obligation.SourceType type, Integer months, LocalDate last, LocalDate next,
            boolean overdue, List<Long> standardIds) {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ReadinessFacts facts;

    @Inject
    IncidentRegister incidentRegister;

    @Inject
    org.custos.objectives.control.KpiRegister kpis;

    @Inject
    ReadinessCache cache;

    @Inject
    org.custos.audits.control.AuditCoverage auditCoverage;

    @Inject
    AccessScope scope;

    /** The score of every standard in use (within the auditor's scope), ISO 27001 first. */
    @RequiresPermission(READ)
    public List<StandardScore> scores() {
        ReadinessCache.Snapshot snapshot = cache.get(LocalDate.now());
        return scores(snapshot, visibleInUse(snapshot));
    }

    @RequiresPermission(READ)
    public StandardReadiness readiness(long standardId) {
        Standard s = em.find(Standard.class, standardId);
        if (s == null) {
            throw new NotFoundException("Standard", standardId);
        }
        scope.requireStandard(standardId);
        Map<Long, ReadinessEngine.Result> results = cache.get(LocalDate.now()).results(standardId);
        List<RequirementReadiness> rows = rows(standardId, results, scope.current());
        ReadinessEngine.Score score = ReadinessEngine.score(results.values());
        return new StandardReadiness(score(s, score), rows);
    }

    /**
     * The requirements of the standards in use that are not fulfilled, those whose fix counts in most
     * other standards first (work done once counts everywhere), then by standard and position.
     */
    @RequiresPermission(READ)
    public List<Gap> gaps(int max) {
        ReadinessCache.Snapshot snapshot = cache.get(LocalDate.now());
        Set<Long> inUse = visibleInUse(snapshot);
        Map<Long, Integer> serves = new HashMap<>();
        for (Object[] m : rowsOf("SELECT m.source_id, m.target_id, rs.standard_id, rt.standard_id FROM requirement_mapping m "
                + "JOIN requirement rs ON rs.id = m.source_id JOIN requirement rt ON rt.id = m.target_id "
                + "WHERE m.relationship <> 'NOT_RELATED'")) {
            if (inUse.contains(((Number) m[3]).longValue())) {
                serves.merge(((Number) m[0]).longValue(), 1, Integer::sum);
            }
            if (inUse.contains(((Number) m[2]).longValue())) {
                serves.merge(((Number) m[1]).longValue(), 1, Integer::sum);
            }
        }
        AccessScope.Scope visible = scope.current();
        List<Gap> gaps = new ArrayList<>();
        for (long standardId : inUse) {
            Standard s = em.find(Standard.class, standardId);
            Map<Long, ReadinessEngine.Result> results = snapshot.results(standardId);
            for (RequirementReadiness r : rows(standardId, results, visible)) {
                if (r.status() == ReadinessStatus.NOT_FULFILLED || r.status() == ReadinessStatus.PARTLY) {
                    gaps.add(new Gap(standardId, s.getCode(), r, serves.getOrDefault(r.requirementId(), 0)));
                }
            }
        }
        gaps.sort(Comparator.comparingInt((Gap g) -> -g.servesElsewhere())
                .thenComparing(g -> g.requirement().status() == ReadinessStatus.PARTLY ? 1 : 0));
        return gaps.size() > max ? List.copyOf(gaps.subList(0, max)) : gaps;
    }

    /** Scores, certification rules and proof cycles at once (the dashboard), from one state of the data. */
    @RequiresPermission(READ)
    public Overview overview(LocalDate today) {
        ReadinessCache.Snapshot snapshot = cache.get(today);
        AccessScope.Scope visible = scope.current();
        return new Overview(scores(snapshot, visibleInUse(snapshot, visible)), rules(snapshot, today),
                proofCycles(snapshot, today, visible));
    }

    /**
     * The ISO 27001 certification rules on top of the SoA. Rules whose records Custos does not keep yet
     * are {@code NOT_TRACKED}, never passed.
     */
    @RequiresPermission(READ)
    public List<Rule> isoRules() {
        return isoRules(LocalDate.now());
    }

    @RequiresPermission(READ)
    public List<Rule> isoRules(LocalDate today) {
        return rules(cache.get(today), today);
    }

    private List<Rule> rules(ReadinessCache.Snapshot snapshot, LocalDate today) {
        List<Rule> rules = new ArrayList<>(snapshot.memo("rules", () -> List.copyOf(computeRules(today))));
        // reporting deadlines pass by the hour, not by the day: this rule is kept for a minute at most
        long minute = System.currentTimeMillis() / 60_000;
        rules.add(snapshot.memo("incidents|" + minute, () -> incidentRule(Instant.now())));
        return List.copyOf(rules);
    }

    /**
     * Incident reporting deadlines met (BSIG §32, GDPR Art. 33): no duty of an incident detected in the last
     * twelve months is overdue or was reported late.
     */
    private Rule incidentRule(Instant now) {
        RegulatoryCategory category = incidentRegister.category();
        Map<Long, List<IncidentReport>> reports = incidentRegister.reportsByIncident();
        List<String> missed = new ArrayList<>();
        Instant since = now.minus(java.time.Duration.ofDays(365));
        for (Incident i : em.createNamedQuery("Incident.all", Incident.class).getResultList()) {
            if (!i.getDetectedAt().isBefore(since) && IncidentRegister.duties(i, category, reports.getOrDefault(i.getId(),
                    List.of()), now).stream().anyMatch(d -> d.state() == ReportingDuties.State.OVERDUE
                            || d.state() == ReportingDuties.State.LATE)) {
                missed.add(i.getCode());
            }
        }
        return codesRule("incidentReporting", "A.5.26", missed);
    }

    /** Information security objectives are set with measurable KPIs (6.2): active objectives and their KPIs. */
    private static Rule objectivesRule(List<org.custos.objectives.entity.Kpi> active) {
        long objectives = active.stream().map(k -> k.getObjective().getId()).distinct().count();
        return new Rule("objectives", "6.2", active.isEmpty() ? RuleStatus.FAILED : RuleStatus.PASSED,
                List.of(String.valueOf(objectives), String.valueOf(active.size())));
    }

    /** Every KPI of an active objective is measured on schedule (9.1): none without measurement, at least one KPI. */
    private Rule monitoringRule(List<org.custos.objectives.entity.Kpi> active, LocalDate today) {
        List<String> missing = kpis.views(active, kpis.latest(), today).stream()
                .filter(org.custos.objectives.control.KpiView::missing).map(v -> v.kpi().getCode()).toList();
        return new Rule("monitoring", "9.1", active.isEmpty() || !missing.isEmpty() ? RuleStatus.FAILED : RuleStatus.PASSED,
                List.of(String.valueOf(missing.size()), String.valueOf(active.size()), codes(missing)));
    }

    /** A management review approved within the last twelve months with every required input compiled (9.3). */
    private Rule managementReviewRule(LocalDate today) {
        long inputs = org.custos.reviews.entity.ReviewInput.Key.values().length;
        return em.createNamedQuery("ManagementReview.approvedSince", org.custos.reviews.entity.ManagementReview.class)
                .setParameter("since", today.minusMonths(12)).getResultStream()
                .filter(r -> em.createNamedQuery("ReviewInput.of", org.custos.reviews.entity.ReviewInput.class)
                        .setParameter("review", r.getId()).getResultList().size() == inputs)
                .findFirst()
                .map(r -> new Rule("managementReview", "9.3", RuleStatus.PASSED, List.of(r.getCode(), r.getHeldOn().toString())))
                .orElse(new Rule("managementReview", "9.3", RuleStatus.FAILED, List.of()));
    }

    /** An internal audit completed within the last twelve months (9.2): its code and date, or none. */
    private Rule internalAuditRule(LocalDate today) {
        return em.createNamedQuery("Audit.completedInternalSince", org.custos.audits.entity.Audit.class)
                .setParameter("since", today.minusMonths(12)).setMaxResults(1).getResultStream().findFirst()
                .map(a -> new Rule("internalAudit", "9.2", RuleStatus.PASSED, List.of(a.getCode(), a.getPerformedOn().toString())))
                .orElse(new Rule("internalAudit", "9.2", RuleStatus.FAILED, List.of()));
    }

    /**
     * The audit programme covers the scope (9.2): every ISO 27001 clause, Annex A theme and unit is taken in by
     * an internal audit, completed or planned, within the three-year cycle up to this year.
     */
    private Rule auditProgrammeRule(LocalDate today) {
        return codesRule("auditProgramme", "9.2", auditCoverage.of(today.getYear(), 3).open().stream()
                .map(org.custos.audits.control.AuditCoverage.Row::subject).toList());
    }

    /** No major nonconformity open (10.2): it stands in the way of certification until corrected and closed. */
    private Rule nonconformityRule() {
        return codesRule("nonconformities", "10.2", em.createNamedQuery("Nonconformity.openOfGrade",
                org.custos.nonconformities.entity.Nonconformity.class)
                .setParameter("grade", org.custos.nonconformities.entity.Nonconformity.Grade.MAJOR).getResultStream()
                .map(org.custos.nonconformities.entity.Nonconformity::getCode).toList());
    }

    private List<Rule> computeRules(LocalDate today) {
        List<Rule> rules = new ArrayList<>();
        rules.add(documentRule("scope", "4.3", DocumentType.SCOPE));
        rules.add(documentRule("guideline", "5.2", DocumentType.GUIDELINE));
        rules.add(clausesRule());
        rules.add(riskCriteriaRule());
        rules.add(soaRule());
        rules.add(undecidedRule());
        List<org.custos.objectives.entity.Kpi> activeKpis = kpis.activeKpis();
        rules.add(objectivesRule(activeKpis));
        rules.add(rolesRule(today));
        rules.add(overdueRule(today));
        rules.addAll(riskRules(today));
        rules.add(monitoringRule(activeKpis, today));
        rules.add(internalAuditRule(today));
        rules.add(auditProgrammeRule(today));
        rules.add(managementReviewRule(today));
        rules.add(nonconformityRule());
        return rules;
    }

    /** Every obligation with a proof cycle, soonest due first, with the readiness of the standards it names. */
    @RequiresPermission(READ)
    public List<ProofCycle> proofCycles(LocalDate today) {
        return proofCycles(cache.get(today), today, scope.current());
    }

    private List<ProofCycle> proofCycles(ReadinessCache.Snapshot snapshot, LocalDate today, AccessScope.Scope visible) {
        List<Cycle> register = snapshot.memo("cycles", () -> em.createQuery("SELECT o FROM Obligation o "
                + "WHERE o.proofCycleMonths IS NOT NULL OR o.nextProofDue IS NOT NULL ORDER BY o.nextProofDue, o.title",
                Obligation.class).getResultStream().map(o -> new Cycle(o.getId(), o.getTitle(), o.getSourceType(),
                        o.getProofCycleMonths(), o.getLastProofOn(), o.getNextProofDue(), o.overdue(today),
                        List.copyOf(new java.util.TreeSet<>(o.getStandardIds())))).toList());
        Map<Long, StandardScore> scores = new HashMap<>();
        List<ProofCycle> cycles = new ArrayList<>();
        for (Cycle o : register) {
            if (visible.restricted() && o.standardIds().stream().noneMatch(visible::standard)) {
                continue;
            }
            List<StandardScore> standards = new ArrayList<>();
            for (Long id : o.standardIds()) {
                if (visible.standard(id)) {
                    standards.add(scores.computeIfAbsent(id, k -> standardScore(snapshot, k)));
                }
            }
            double sum = 0;
            int weight = 0;
            for (StandardScore s : standards) {
                if (s.percent() != null) {
                    sum += s.percent() * s.applicable();
                    weight += s.applicable();
                }
            }
            Double percent = weight == 0 ? null : Math.round(sum * 10 / weight) / 10.0;
            Long daysLeft = o.next() == null ? null : ChronoUnit.DAYS.between(today, o.next());
            cycles.add(new ProofCycle(o.id(), o.title(), o.type(), o.months(), o.last(), o.next(), daysLeft, o.overdue(),
                    standards, percent));
        }
        return cycles;
    }

    /** The daily snapshots since the day, for the standards in use within scope. */
    @RequiresPermission(READ)
    public List<TrendPoint> trend(LocalDate since) {
        Set<Long> inUse = visibleInUse(cache.get(LocalDate.now()));
        return em.createNamedQuery("ReadinessSnapshot.since", ReadinessSnapshot.class).setParameter("since", since)
                .getResultStream().filter(s -> inUse.contains(s.getStandardId()))
                .map(s -> new TrendPoint(s.getTakenOn(), s.getStandardId(), s.getScore() == null ? null
                        : s.getScore().doubleValue()))
                .toList();
    }

    // ---------------------------------------------------------------- internals

    List<StandardScore> scores(ReadinessCache.Snapshot snapshot, Set<Long> standardIds) {
        List<StandardScore> scores = new ArrayList<>();
        for (long id : standardIds) {
            scores.add(standardScore(snapshot, id));
        }
        scores.sort(Comparator.comparing((StandardScore s) -> !ReadinessFacts.ISO_CODE.equals(s.code()))
                .thenComparing(StandardScore::code));
        return scores;
    }

    private Set<Long> visibleInUse(ReadinessCache.Snapshot snapshot) {
        return visibleInUse(snapshot, scope.current());
    }

    private static Set<Long> visibleInUse(ReadinessCache.Snapshot snapshot, AccessScope.Scope visible) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (Long id : snapshot.inUse()) {
            if (visible.standard(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private StandardScore standardScore(ReadinessCache.Snapshot snapshot, long standardId) {
        return snapshot.memo("score:" + standardId, () -> score(em.find(Standard.class, standardId),
                ReadinessEngine.score(snapshot.results(standardId).values())));
    }

    private static StandardScore score(Standard s, ReadinessEngine.Score score) {
        return new StandardScore(s.getId(), s.getCode(), s.getEdition(), s.getName(), score.fulfilled(), score.partly(),
                score.notFulfilled(), score.notApplicable(), score.percent());
    }

    /** The assessable requirements in tree order, with paths from standards outside the scope shown as such. */
    private List<RequirementReadiness> rows(long standardId, Map<Long, ReadinessEngine.Result> results,
            AccessScope.Scope visible) {
        Map<Long, String> standardOf = new HashMap<>();
        if (visible.restricted()) {
            for (Object[] r : rowsOf("SELECT r.id, s.code FROM requirement r JOIN standard s ON s.id = r.standard_id")) {
                standardOf.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        Set<String> visibleCodes = new java.util.HashSet<>();
        if (visible.restricted()) {
            for (Long id : visible.standardIds()) {
                Standard s = em.find(Standard.class, id);
                if (s != null) {
                    visibleCodes.add(s.getCode());
                }
            }
        }
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Object[]> all = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("SELECT r.id, r.refId, r.titleEn, r.titleDe, r.depth, p.id FROM Requirement r "
                + "LEFT JOIN r.parent p WHERE r.standard.id = :standard ORDER BY r.depth, r.sortOrder, r.id", Object[].class)
                .setParameter("standard", standardId).getResultList()) {
            all.put((Long) r[0], r);
            parents.put((Long) r[0], (Long) r[5]);
        }
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        List<Long> roots = new ArrayList<>();
        for (Long id : all.keySet()) {
            Long parent = parents.get(id);
            if (parent == null || !all.containsKey(parent)) {
                roots.add(id);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        List<RequirementReadiness> out = new ArrayList<>();
        Deque<Long> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Long id = stack.pop();
            ReadinessEngine.Result result = results.get(id);
            if (result != null) {
                Object[] r = all.get(id);
                List<Reason> reasons = result.reasons();
                if (visible.restricted()) {
                    reasons = reasons.stream().map(x -> x.mappingPath()
                            && !visibleCodes.contains(standardOf.get(x.subjectId())) ? outsideScope(x) : x).toList();
                }
                out.add(new RequirementReadiness(id, (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                        result.status(), reasons));
            }
            List<Long> kids = children.getOrDefault(id, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    private static Reason outsideScope(Reason x) {
        String subject = x.subject();
        int last = subject.lastIndexOf(" → ");
        return new Reason(x.kind(), x.status(), 0, "… → " + (last < 0 ? subject : subject.substring(last + 3)), null,
                x.relationships(), 0, 0, "OUTSIDE_SCOPE");
    }

    private Rule documentRule(String code, String clause, DocumentType type) {
        List<String> inForce = em.createNamedQuery("Document.inForceOfType", Document.class).setParameter("type", type)
                .getResultStream().map(Document::getCode).toList();
        return new Rule(code, clause, inForce.isEmpty() ? RuleStatus.FAILED : RuleStatus.PASSED, inForce);
    }

    /** Every requirement of clauses 4–10 is addressed by a published document in force (7.5: documented information). */
    private Rule clausesRule() {
        Long iso = facts.iso27001();
        if (iso == null) {
            return new Rule("clauses", "4–10", RuleStatus.FAILED, List.of("0", "–"));
        }
        @SuppressWarnings("unchecked")
        List<Object> documented = em.createNativeQuery("SELECT DISTINCT dvr.requirement_id FROM document_version_requirement dvr "
                + "JOIN document_version v ON v.id = dvr.version_id JOIN document d ON d.id = v.document_id "
                + "WHERE v.status = 'PUBLISHED' AND d.status = 'PUBLISHED'").getResultList();
        Set<Long> covered = new java.util.HashSet<>();
        for (Object id : documented) {
            covered.add(((Number) id).longValue());
        }
        List<String> missing = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r.id, r.refId FROM Requirement r WHERE r.standard.id = :iso "
                + "AND r.assessable = TRUE AND r.refId NOT LIKE 'A.%' ORDER BY r.sortOrder, r.id", Object[].class)
                .setParameter("iso", iso).getResultList()) {
            if (!covered.contains((Long) r[0])) {
                missing.add((String) r[1]);
            }
        }
        missing.sort(ReadinessService::byClause);
        return new Rule("clauses", "4–10", missing.isEmpty() ? RuleStatus.PASSED : RuleStatus.FAILED,
                missing.isEmpty() ? List.of() : List.of(String.valueOf(missing.size()), String.join(", ", missing)));
    }

    /** 4.1 < 6.1.2 < 10.1: clause numbers compared part by part. */
    static int byClause(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Risk acceptance and assessment criteria approved by top management (issue 7's criteria versions). */
    private Rule riskCriteriaRule() {
        RiskCriteria approved = em.createNamedQuery("RiskCriteria.withStatus", RiskCriteria.class)
                .setParameter("statuses", List.of(RiskCriteria.Status.APPROVED)).getResultStream().findFirst().orElse(null);
        return approved == null ? new Rule("riskCriteria", "6.1.2", RuleStatus.FAILED, List.of())
                : new Rule("riskCriteria", "6.1.2", RuleStatus.PASSED, List.of(String.valueOf(approved.getNumber()),
                        String.valueOf(approved.getApprovedBy())));
    }

    /**
     * 8.2 and 8.3 from the risk register: every in-scope asset with a high or very high effective protection
     * need is named by an assessed open risk (and at least one risk is assessed); no risk is past its
     * reassessment date or flagged; every treatment plan has an owner and a due date; every residual risk
     * above the threshold of its assessment is accepted by its owner (6.1.3 f).
     */
    private List<Rule> riskRules(LocalDate today) {
        // the risks first: the assessments then find theirs in the persistence context
        List<Risk> open = em.createNamedQuery("Risk.all", Risk.class).getResultStream().filter(r -> !r.isClosed()).toList();
        Map<Long, RiskAssessment> latest = new HashMap<>();
        for (RiskAssessment a : em.createNamedQuery("RiskAssessment.latest", RiskAssessment.class).getResultList()) {
            latest.put(a.getRiskId(), a);
        }
        Set<Long> covered = new HashSet<>();
        List<String> due = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        List<String> unaccepted = new ArrayList<>();
        int assessed = 0;
        for (Risk r : open) {
            RiskAssessment a = latest.get(r.getId());
            if (a != null) {
                assessed++;
                covered.addAll(r.getAssetIds());
                if (a.needsAcceptance() && !a.getId().equals(r.getAcceptedAssessmentId())) {
                    unaccepted.add(r.getCode());
                }
            }
            if (r.getFlaggedAt() != null || (r.getNextReassessment() != null && r.getNextReassessment().isBefore(today))) {
                due.add(r.getCode());
            }
            if (r.getTreatment() != null && (r.getTreatmentOwner() == null || r.getTreatmentDue() == null)) {
                incomplete.add(r.getCode());
            }
        }
        List<Asset> assets = em.createNamedQuery("Asset.findAll", Asset.class).getResultList();
        Map<Long, Map<Asset.Objective, ProtectionNeedCalculator.Effective>> needs = new ProtectionNeedCalculator(assets.stream()
                .map(a -> new ProtectionNeedCalculator.Node(a.getId(), a.getCode(), a.getDependsOnIds(), a.getNeeds(),
                        a.getOverrides(), a.getOverrideReason())).toList()).all();
        List<String> uncovered = new ArrayList<>();
        for (Asset a : assets) {
            boolean high = needs.getOrDefault(a.getId(), Map.of()).values().stream()
                    .anyMatch(e -> e.need() != null && e.need().compareTo(Asset.Need.HIGH) >= 0);
            if (a.isInScope() && high && !covered.contains(a.getId())) {
                uncovered.add(a.getCode());
            }
        }
        List<Rule> rules = new ArrayList<>();
        rules.add(assessed == 0 ? new Rule("riskAssessment", "8.2", RuleStatus.FAILED, List.of())
                : new Rule("riskAssessment", "8.2", uncovered.isEmpty() ? RuleStatus.PASSED : RuleStatus.FAILED,
                        List.of(String.valueOf(assessed), String.valueOf(uncovered.size()), codes(uncovered))));
        rules.add(codesRule("riskReassessment", "8.2", due));
        rules.add(codesRule("riskTreatment", "8.3", incomplete));
        rules.add(codesRule("riskAcceptance", "6.1.3 f", unaccepted));
        return rules;
    }

    /** Passed when nothing is listed; otherwise failed, with how many and (the first of) what is listed. */
    private static Rule codesRule(String code, String clause, List<String> listed) {
        return listed.isEmpty() ? new Rule(code, clause, RuleStatus.PASSED, List.of())
                : new Rule(code, clause, RuleStatus.FAILED, List.of(String.valueOf(listed.size()), codes(listed)));
    }

    /** Up to ten codes and how many more; a dash for none. */
    private static String codes(List<String> codes) {
        if (codes.isEmpty()) {
            return "–";
        }
        List<String> sorted = codes.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(10, sorted.size())));
        return sorted.size() > 10 ? shown + " … (+" + (sorted.size() - 10) + ")" : shown;
    }

    private Rule soaRule() {
        SoaVersion approved = em.createNamedQuery("SoaVersion.withStatus", SoaVersion.class)
                .setParameter("statuses", List.of(SoaStatus.APPROVED)).getResultStream().findFirst().orElse(null);
        return approved == null ? new Rule("soa", "6.1.3 d", RuleStatus.FAILED, List.of())
                : new Rule("soa", "6.1.3 d", RuleStatus.PASSED, List.of(String.valueOf(approved.getNumber()),
                        String.valueOf(approved.getApprovedBy())));
    }

    /** Every Annex A control of the catalog is decided in the approved SoA (a catalog update may add controls). */
    private Rule undecidedRule() {
        Long iso = facts.iso27001();
        if (iso == null) {
            return new Rule("undecided", "6.1.3", RuleStatus.FAILED, List.of("—"));
        }
        SoaVersion approved = em.createNamedQuery("SoaVersion.withStatus", SoaVersion.class)
                .setParameter("statuses", List.of(SoaStatus.APPROVED)).getResultStream().findFirst().orElse(null);
        Set<Long> decided = new java.util.HashSet<>();
        if (approved != null) {
            for (SoaEntry e : em.createNamedQuery("SoaEntry.ofVersion", SoaEntry.class).setParameter("version", approved.getId())
                    .getResultList()) {
                if (e.decided()) {
                    decided.add(e.getRequirement().getId());
                }
            }
        }
        List<String> open = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r.id, r.refId FROM Requirement r WHERE r.standard.id = :iso "
                + "AND r.assessable = TRUE AND r.refId LIKE 'A.%' ORDER BY r.depth, r.sortOrder", Object[].class)
                .setParameter("iso", iso).getResultList()) {
            if (!decided.contains((Long) r[0])) {
                open.add((String) r[1]);
            }
        }
        return new Rule("undecided", "6.1.3", open.isEmpty() ? RuleStatus.PASSED : RuleStatus.FAILED,
                open.isEmpty() ? List.of() : List.of(String.valueOf(open.size()), String.join(", ", open.subList(0,
                        Math.min(10, open.size())))));
    }

    private Rule rolesRule(LocalDate today) {
        List<Appointment> active = em.createNamedQuery("Appointment.activeOn", Appointment.class).setParameter("day", today)
                .getResultList();
        List<String> vacant = new ArrayList<>();
        for (IsmsRole role : em.createNamedQuery("IsmsRole.findAll", IsmsRole.class).getResultList()) {
            if (role.isMandatory() && active.stream().noneMatch(a -> a.getRole().getId().equals(role.getId()))) {
                vacant.add(role.getCode());
            }
        }
        return new Rule("roles", "5.3", vacant.isEmpty() ? RuleStatus.PASSED : RuleStatus.FAILED,
                vacant.isEmpty() ? List.of() : List.of(String.join(", ", vacant)));
    }

    private Rule overdueRule(LocalDate today) {
        List<String> overdue = em.createQuery("SELECT d.code FROM Document d WHERE d.status = :published "
                + "AND (d.reviewOverdue = TRUE OR d.nextReviewOn < :today) ORDER BY d.code", String.class)
                .setParameter("published", DocumentStatus.PUBLISHED).setParameter("today", today).getResultList();
        return new Rule("overdue", "7.5.3", overdue.isEmpty() ? RuleStatus.PASSED : RuleStatus.FAILED,
                overdue.isEmpty() ? List.of() : List.of(String.join(", ", overdue)));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rowsOf(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
