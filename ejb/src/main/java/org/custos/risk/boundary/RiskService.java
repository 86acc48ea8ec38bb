package org.custos.risk.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.files.Sha256;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.CriteriaStore;
import org.custos.risk.control.RiskFlags;
import org.custos.risk.control.RiskMatrix;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.RiskLevel;
import org.custos.risk.entity.Threat;
import org.custos.risk.entity.Treatment;

/**
 * The risk register (ISO 27001 6.1.2, 6.1.3, 8.2, 8.3): risks on assets with threat and vulnerability,
 * assessments against the approved criteria (every one kept), treatment plans linking measures, and the
 * risk owner's sign-off of a residual risk above the acceptance threshold. The sign-off is the owner's
 * alone and never the assessor's: an owner who assessed the risk needs someone else's assessment first.
 * Any later change of the risk reopens an acceptance. Reading needs no transaction (SUPPORTS): thousands of
 * entities read for a list are then not compared for changes at a commit.
 */
@Stateless
public class RiskService {

    public static final String READ = RiskCriteriaService.READ;
    public static final String EDIT = RiskCriteriaService.EDIT;
    public static final String ACCEPT = "risk:accept";
    /** Without a date of its own, a risk is reassessed a year after its assessment. */
    static final int DEFAULT_REASSESSMENT_MONTHS = 12;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    AccessScope scope;

    @Inject
    CriteriaStore criteria;

    @Inject
    RiskFlags flags;

    /** What a risk says; the assessment is separate ({@link AssessmentInput}). */
    public record RiskInput(String code, String title, String description, Long threatId, String threatText,
            String vulnerability, Long ownerId, Set<Long> assetIds, Set<Long> existingMeasureIds, Treatment treatment,
            String treatmentPlan, Long treatmentOwnerId, LocalDate treatmentDue, Set<Long> treatmentMeasureIds,
            LocalDate nextReassessment) implements Serializable {
    }

    /** One assessment: inherent and residual likelihood and impact on the scales of the approved criteria. */
    public record AssessmentInput(int inherentLikelihood, int inherentImpact, int residualLikelihood, int residualImpact,
            String impactCategory, String rationale, LocalDate nextReassessment) implements Serializable {
    }

    /** Where a risk stands with respect to its sign-off. */
    public enum Acceptance {
        /** Not assessed yet. */
        UNASSESSED,
        /** Residual risk within the threshold: no explicit acceptance needed. */
        WITHIN_THRESHOLD,
        /** Residual risk above the threshold, not (or no longer) accepted by its owner. */
        PENDING,
        /** Residual risk above the threshold, accepted by its owner. */
        ACCEPTED
    }

    /** A risk with its latest assessment and what follows from them today. */
    public record RiskView(Risk risk, RiskAssessment latest, Acceptance acceptance, boolean reassessmentDue)
            implements Serializable {

        public RiskLevel inherentLevel() {
            return latest == null ? null : latest.getInherentLevel();
        }

        public RiskLevel residualLevel() {
            return latest == null ? null : latest.getResidualLevel();
        }

        /** The treatment plan is complete: a treatment, an owner for it and a due date (measures if mitigating). */
        public boolean planComplete() {
            Risk r = risk;
            return r.getTreatment() != null && r.getTreatmentOwner() != null && r.getTreatmentDue() != null
                    && (r.getTreatment() != Treatment.MITIGATE || !r.getTreatmentMeasureIds().isEmpty());
        }
    }

    /** Filters of the register; null means any. */
    public record Filter(RiskLevel levelAtLeast, Long ownerId, Boolean overdue, Acceptance acceptance, Long assetId,
            Boolean closed, String text) implements Serializable {

        public static final Filter OPEN = new Filter(null, null, null, null, null, false, null);
    }

    /** One cell of a heat map: the risks whose (latest) likelihood and impact fall on it. */
    public record HeatCell(int likelihood, int impact, RiskLevel level, List<Long> riskIds) implements Serializable {

        public int count() {
            return riskIds.size();
        }
    }

    /** A heat map over the approved criteria's matrix; rows are likelihood (highest first), columns impact. */
    public record HeatMap(int likelihoodLevels, int impactLevels, List<HeatCell> cells, CriteriaContent criteria)
            implements Serializable {

        public HeatCell cell(int likelihood, int impact) {
            return cells.stream().filter(c -> c.likelihood() == likelihood && c.impact() == impact).findFirst().orElse(null);
        }
    }

    // ---------------------------------------------------------------- reading

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RiskView> risks(Filter filter) {
        Filter f = filter == null ? Filter.OPEN : filter;
        LocalDate today = LocalDate.now();
        Predicate<Risk> visible = visibility();
        // the risks first: the assessments then find theirs in the persistence context
        List<Risk> all = em.createNamedQuery("Risk.all", Risk.class).getResultList();
        Map<Long, RiskAssessment> latest = latest();
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(visible)
                .filter(r -> f.closed() == null || r.isClosed() == f.closed())
                .filter(r -> f.ownerId() == null || (r.getOwner() != null && r.getOwner().getId().equals(f.ownerId())))
                .filter(r -> f.assetId() == null || r.getAssetIds().contains(f.assetId()))
                .filter(r -> text == null || (r.getCode() + " " + r.getTitle()).toLowerCase(Locale.ROOT).contains(text))
                .map(r -> view(r, latest.get(r.getId()), today))
                .filter(v -> f.levelAtLeast() == null || (v.residualLevel() != null
                        && v.residualLevel().compareTo(f.levelAtLeast()) >= 0))
                .filter(v -> f.overdue() == null || v.reassessmentDue() == f.overdue())
                .filter(v -> f.acceptance() == null || v.acceptance() == f.acceptance())
                .toList();
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RiskView risk(long id) {
        Risk r = find(id);
        if (!visibility().test(r)) {
            throw new NotPermittedException("scope");
        }
        return view(r, latestOf(id), LocalDate.now());
    }

    /** Every assessment of a risk, newest first: its trend. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RiskAssessment> assessments(long riskId) {
        risk(riskId);
        return em.createNamedQuery("RiskAssessment.ofRisk", RiskAssessment.class).setParameter("risk", riskId).getResultList();
    }

    /** Open risks whose reassessment date has passed or that were flagged (a changed asset, an incident). */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RiskView> reassessmentsDue() {
        return risks(new Filter(null, null, true, null, null, false, null));
    }

    /** The heat map of inherent or residual risk of the open, assessed risks the filter lets through. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HeatMap heatMap(boolean residual, Filter filter) {
        RiskCriteria approved = approvedCriteria().orElse(null);
        if (approved == null) {
            return new HeatMap(0, 0, List.of(), null);
        }
        CriteriaContent content = criteria.read(approved);
        RiskMatrix matrix = content.matrix();
        Map<String, List<Long>> ids = new HashMap<>();
        for (RiskView v : risks(filter)) {
            RiskAssessment a = v.latest();
            if (a == null) {
                continue;
            }
            int l = residual ? a.getResidualLikelihood() : a.getInherentLikelihood();
            int i = residual ? a.getResidualImpact() : a.getInherentImpact();
            // an assessment on older criteria with other scales lands on the nearest edge of today's matrix
            l = Math.min(Math.max(l, 1), matrix.likelihoodLevels());
            i = Math.min(Math.max(i, 1), matrix.impactLevels());
            ids.computeIfAbsent(l + "|" + i, k -> new ArrayList<>()).add(v.risk().getId());
        }
        List<HeatCell> cells = new ArrayList<>();
        for (int l = matrix.likelihoodLevels(); l >= 1; l--) {
            for (int i = 1; i <= matrix.impactLevels(); i++) {
                cells.add(new HeatCell(l, i, matrix.level(l, i), List.copyOf(ids.getOrDefault(l + "|" + i, List.of()))));
            }
        }
        return new HeatMap(matrix.likelihoodLevels(), matrix.impactLevels(), List.copyOf(cells), content);
    }

    /** The approved criteria in force, which new assessments use. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CriteriaContent> criteriaInForce() {
        return approvedCriteria().map(criteria::read);
    }

    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Threat> threats() {
        return em.createNamedQuery("Threat.all", Threat.class).getResultList();
    }

    // ---------------------------------------------------------------- changing

    /** Creates or changes a risk. A change of what an accepted risk says reopens the acceptance. */
    @RequiresPermission(EDIT)
    public Risk save(Long id, long seenVersion, RiskInput in) {
        if (in == null) {
            throw new ValidationException("risk.title.invalid", 300);
        }
        String code = Checks.code(in.code(), "risk.code.invalid");
        em.createNamedQuery("Risk.byCode", Risk.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("risk.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "risk.title.invalid");
        String description = Checks.optional(in.description(), AssetService.MAX_TEXT, "risk.text.invalid");
        Threat threat = in.threatId() == null ? null : Optional.ofNullable(em.find(Threat.class, in.threatId()))
                .orElseThrow(() -> new NotFoundException("Threat", in.threatId()));
        String threatText = Checks.optional(in.threatText(), 300, "risk.threat.invalid");
        if (threat == null && threatText == null) {
            throw new ValidationException("risk.threat.required");
        }
        String vulnerability = Checks.optional(in.vulnerability(), 2000, "risk.vulnerability.invalid");
        Person owner = person(in.ownerId());
        if (owner == null) {
            throw new ValidationException("risk.owner.required");
        }
        Set<Long> assets = ids(in.assetIds());
        for (Long a : assets) {
            if (em.find(Asset.class, a) == null) {
                throw new NotFoundException("Asset", a);
            }
        }
        Set<Long> existing = measures(in.existingMeasureIds());
        Set<Long> planned = measures(in.treatmentMeasureIds());
        String plan = Checks.optional(in.treatmentPlan(), 4000, "risk.plan.invalid");
        Person treatmentOwner = person(in.treatmentOwnerId());
        if (in.treatment() == null && (plan != null || treatmentOwner != null || in.treatmentDue() != null || !planned.isEmpty())) {
            throw new ValidationException("risk.treatment.required");
        }
        Instant now = Instant.now();
        Risk r;
        Map<String, Object> before = null;
        Map<String, Object> contentBefore = null;
        if (id == null) {
            r = new Risk(code, title, actor.name(), now);
        } else {
            r = find(id);
            Edits.expectVersion(seenVersion, r.getVersion(), "Risk");
            before = r.auditState();
            contentBefore = r.content();
        }
        r.describe(code, title, description, threat, threatText, vulnerability, owner, assets,
                existing);
        r.treat(in.treatment(), plan, treatmentOwner, in.treatmentDue(), planned, in.nextReassessment());
        if (id == null) {
            r.changed(actor.name(), now);
            em.persist(r);
            em.flush();
            audit.created("Risk", r.getId(), r);
            return r;
        }
        if (!contentBefore.equals(r.content())) {
            r.changed(actor.name(), now);
            reopen(r, now);
        }
        Edits.flush(em, "Risk");
        if (!before.equals(r.auditState())) {
            audit.updated("Risk", r.getId(), before, r);
        }
        return r;
    }

    /**
     * Assesses a risk against the approved criteria: the levels follow from their matrix (values outside
     * its scales are refused). The new assessment clears a reassessment flag, sets the next date (a year on
     * unless given) and reopens an earlier acceptance.
     */
    @RequiresPermission(EDIT)
    public RiskAssessment assess(long riskId, long seenVersion, AssessmentInput in) {
        Risk r = find(riskId);
        Edits.expectVersion(seenVersion, r.getVersion(), "Risk");
        if (r.isClosed()) {
            throw new ValidationException("risk.closed", r.getCode());
        }
        if (in == null) {
            throw new ValidationException("risk.likelihood.range", 1, 0);
        }
        RiskCriteria used = approvedCriteria().orElseThrow(() -> new ValidationException("risk.criteria.noneApproved"));
        CriteriaContent content = criteria.read(used);
        RiskMatrix matrix = content.matrix();
        RiskLevel inherent = matrix.level(in.inherentLikelihood(), in.inherentImpact());
        RiskLevel residual = matrix.level(in.residualLikelihood(), in.residualImpact());
        if (in.residualLikelihood() > in.inherentLikelihood() || in.residualImpact() > in.inherentImpact()) {
            throw new ValidationException("risk.residual.aboveInherent");
        }
        String category = in.impactCategory() == null || in.impactCategory().isBlank() ? null : in.impactCategory().strip();
        if (category != null && content.categories().stream().noneMatch(c -> c.code().equals(category))) {
            throw new ValidationException("risk.category.unknown", category);
        }
        String rationale = Checks.optional(in.rationale(), 4000, "risk.rationale.invalid");
        LocalDate today = LocalDate.now();
        if (in.nextReassessment() != null && !in.nextReassessment().isAfter(today)) {
            throw new ValidationException("risk.reassessment.past");
        }
        Instant now = Instant.now();
        Map<String, Object> before = r.auditState();
        RiskAssessment previous = latestOf(riskId);
        int number = previous == null ? 1 : previous.getNumber() + 1;
        RiskAssessment a = new RiskAssessment(r, number, used, in.inherentLikelihood(), in.inherentImpact(), inherent,
                in.residualLikelihood(), in.residualImpact(), residual, category, rationale, actor.name(), now);
        em.persist(a);
        reopen(r, now);
        r.assessed(in.nextReassessment() != null ? in.nextReassessment() : today.plusMonths(DEFAULT_REASSESSMENT_MONTHS));
        r.changed(actor.name(), now);
        Edits.flush(em, "Risk");
        audit.created("RiskAssessment", a.getId(), a);
        audit.updated("Risk", r.getId(), before, r);
        return a;
    }

    /**
     * The risk owner accepts the residual risk of the latest assessment. Only the owner may, never the one
     * who made that assessment, and only a residual risk above the threshold needs it. The accepted state
     * is sealed with a hash; any later change reopens it.
     */
    @RequiresPermission(ACCEPT)
    public Risk accept(long riskId, long seenVersion, String note) {
        Risk r = find(riskId);
        Edits.expectVersion(seenVersion, r.getVersion(), "Risk");
        if (r.isClosed()) {
            throw new ValidationException("risk.closed", r.getCode());
        }
        RiskAssessment a = latestOf(riskId);
        if (a == null) {
            throw new ValidationException("risk.accept.unassessed", r.getCode());
        }
        if (!a.needsAcceptance()) {
            throw new ValidationException("risk.accept.notNeeded", r.getCode(), a.getResidualLevel(), a.getThreshold());
        }
        if (r.getAcceptedAssessmentId() != null && r.getAcceptedAssessmentId().equals(a.getId())) {
            throw new ValidationException("risk.accept.already", r.getCode());
        }
        String me = actor.name();
        String owner = r.ownerUsername();
        if (owner == null || !owner.equals(me)) {
            throw new ValidationException("risk.accept.notOwner", r.getCode(), r.getOwner() == null ? "-" : r.getOwner().getName());
        }
        if (me.equals(a.getAssessedBy())) {
            throw new ValidationException("risk.accept.ownAssessment", r.getCode());
        }
        String text = Checks.required(note, 1000, "risk.accept.note");
        // as the database keeps it (microseconds), so the seal reads the same after a reload
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Map<String, Object> before = r.auditState();
        Map<String, Object> assessmentBefore = a.auditState();
        a.accepted(me, now, text);
        r.accepted(a.getId(), me, now, text, seal(r, a));
        Edits.flush(em, "Risk");
        audit.updated("RiskAssessment", a.getId(), assessmentBefore, a);
        audit.updated("Risk", r.getId(), before, r);
        return r;
    }

    /** Whether an accepted risk still is what its owner accepted (its seal matches). */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean acceptanceIntact(long riskId) {
        Risk r = find(riskId);
        if (r.getAcceptedAssessmentId() == null) {
            return false;
        }
        RiskAssessment a = em.find(RiskAssessment.class, r.getAcceptedAssessmentId());
        return a != null && seal(r, a).equals(r.getAcceptanceHash());
    }

    /** Closes a risk that no longer applies (the asset is gone, the activity ended); it stays on record. */
    @RequiresPermission(EDIT)
    public Risk close(long riskId, long seenVersion, String reason) {
        Risk r = find(riskId);
        Edits.expectVersion(seenVersion, r.getVersion(), "Risk");
        if (r.isClosed()) {
            throw new ValidationException("risk.closed", r.getCode());
        }
        String why = Checks.required(reason, 1000, "risk.close.reason");
        Map<String, Object> before = r.auditState();
        Instant now = Instant.now();
        r.close(why, now);
        reopen(r, now);
        r.changed(actor.name(), now);
        Edits.flush(em, "Risk");
        audit.updated("Risk", r.getId(), before, r);
        return r;
    }

    @RequiresPermission(EDIT)
    public Risk reactivate(long riskId, long seenVersion) {
        Risk r = find(riskId);
        Edits.expectVersion(seenVersion, r.getVersion(), "Risk");
        if (!r.isClosed()) {
            throw new ValidationException("risk.notClosed", r.getCode());
        }
        Map<String, Object> before = r.auditState();
        Instant now = Instant.now();
        r.reactivate();
        // back in the register, it needs a fresh look
        r.flag("risk.flag.reactivated", now);
        r.changed(actor.name(), now);
        Edits.flush(em, "Risk");
        audit.updated("Risk", r.getId(), before, r);
        return r;
    }

    /** Deletes a risk entered by mistake; an assessed risk is closed instead, its assessments are records. */
    @RequiresPermission(EDIT)
    public void delete(long riskId, long seenVersion) {
        Risk r = find(riskId);
        Edits.expectVersion(seenVersion, r.getVersion(), "Risk");
        if (latestOf(riskId) != null) {
            throw new ValidationException("risk.delete.assessed", r.getCode());
        }
        Map<String, Object> before = r.auditState();
        em.remove(r);
        Edits.flush(em, "Risk");
        audit.deleted("Risk", riskId, before);
    }

    /** Flags the open risks on an asset for reassessment (an incident hit it); returns how many. */
    @RequiresPermission(EDIT)
    public int flagRisksOfAsset(long assetId, String reason) {
        return flags.asset(assetId, Checks.required(reason, 300, "risk.flag.reason"));
    }

    /** Adds an own threat to the catalog or changes one; the BSI threats keep their names. */
    @RequiresPermission(EDIT)
    public Threat saveThreat(Long id, long seenVersion, String code, String nameEn, String nameDe, String description,
            boolean active) {
        String c = Checks.required(code, 40, "threat.code.invalid");
        String en = Checks.required(nameEn, 300, "threat.name.invalid");
        String de = Checks.optional(nameDe, 300, "threat.name.invalid");
        String text = Checks.optional(description, 4000, "threat.description.invalid");
        em.createNamedQuery("Threat.byCode", Threat.class).setParameter("code", c.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("threat.code.taken", c);
                });
        if (id == null) {
            Threat t = new Threat(c, en, de == null ? en : de, text);
            em.persist(t);
            em.flush();
            audit.created("Threat", t.getId(), t);
            return t;
        }
        Threat t = Optional.ofNullable(em.find(Threat.class, id)).orElseThrow(() -> new NotFoundException("Threat", id));
        Edits.expectVersion(seenVersion, t.getVersion(), "Threat");
        Map<String, Object> before = t.auditState();
        if (t.getSource() == Threat.Source.BSI) {
            if (!t.getCode().equals(c) || !t.getNameEn().equals(en) || (de != null && !t.getNameDe().equals(de))) {
                throw new ValidationException("threat.bsi.fixed", t.getCode());
            }
            t.describe(t.getNameEn(), t.getNameDe(), text, active);
        } else {
            t.describe(en, de == null ? en : de, text, active);
        }
        Edits.flush(em, "Threat");
        audit.updated("Threat", t.getId(), before, t);
        return t;
    }

    // ---------------------------------------------------------------- internals

    /** The state an acceptance freezes: what the risk says and the assessment accepted. */
    static String seal(Risk r, RiskAssessment a) {
        StringBuilder s = new StringBuilder();
        r.content().forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        s.append("assessment=").append(a.getId()).append('|').append(a.getNumber()).append('|')
                .append(a.getResidualLikelihood()).append('|').append(a.getResidualImpact()).append('|')
                .append(a.getResidualLevel()).append('|').append(a.getAcceptedBy()).append('|').append(a.getAcceptedAt());
        return Sha256.hex(s.toString());
    }

    /** Clears an acceptance; the assessment keeps who accepted it and notes when it was reopened. */
    private void reopen(Risk r, Instant now) {
        if (r.getAcceptedAssessmentId() == null) {
            return;
        }
        RiskAssessment a = em.find(RiskAssessment.class, r.getAcceptedAssessmentId());
        if (a != null) {
            Map<String, Object> before = a.auditState();
            a.reopened(now);
            audit.updated("RiskAssessment", a.getId(), before, a);
        }
        audit.event("Risk", r.getId(), "REOPENED", Map.of("acceptedBy", String.valueOf(r.getAcceptedBy()),
                "acceptedAt", String.valueOf(r.getAcceptedAt())));
        r.reopen();
    }

    static RiskView view(Risk r, RiskAssessment latest, LocalDate today) {
        Acceptance acceptance;
        if (latest == null) {
            acceptance = Acceptance.UNASSESSED;
        } else if (!latest.needsAcceptance()) {
            acceptance = Acceptance.WITHIN_THRESHOLD;
        } else if (latest.getId().equals(r.getAcceptedAssessmentId())) {
            acceptance = Acceptance.ACCEPTED;
        } else {
            acceptance = Acceptance.PENDING;
        }
        boolean due = !r.isClosed() && (r.getFlaggedAt() != null
                || (r.getNextReassessment() != null && r.getNextReassessment().isBefore(today)));
        return new RiskView(r, latest, acceptance, due);
    }

    /** The latest assessment of every risk, in one query. */
    private Map<Long, RiskAssessment> latest() {
        Map<Long, RiskAssessment> m = new HashMap<>();
        for (RiskAssessment a : em.createNamedQuery("RiskAssessment.latest", RiskAssessment.class).getResultList()) {
            m.put(a.getRiskId(), a);
        }
        return m;
    }

    private RiskAssessment latestOf(long riskId) {
        return em.createNamedQuery("RiskAssessment.ofRisk", RiskAssessment.class).setParameter("risk", riskId)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Optional<RiskCriteria> approvedCriteria() {
        return em.createNamedQuery("RiskCriteria.withStatus", RiskCriteria.class)
                .setParameter("statuses", List.of(RiskCriteria.Status.APPROVED)).getResultStream().findFirst();
    }

    /** A risk is visible to an auditor restricted to units when it names no asset or one in those units. */
    private Predicate<Risk> visibility() {
        AccessScope.Scope s = scope.current();
        if (!s.restricted() || s.unitIds() == null) {
            return r -> true;
        }
        Map<Long, Boolean> assets = new HashMap<>();
        for (Asset a : em.createNamedQuery("Asset.findAll", Asset.class).getResultList()) {
            assets.put(a.getId(), a.getUnit() == null || s.anyUnit(a.getUnit().lineageIds()));
        }
        return r -> r.getAssetIds().isEmpty() || r.getAssetIds().stream().anyMatch(id -> assets.getOrDefault(id, false));
    }

    private Person person(Long id) {
        return id == null ? null : Optional.ofNullable(em.find(Person.class, id))
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    private static Set<Long> ids(Collection<Long> in) {
        Set<Long> out = new TreeSet<>();
        if (in != null) {
            in.stream().filter(x -> x != null).forEach(out::add);
        }
        return out;
    }

    private Set<Long> measures(Collection<Long> in) {
        Set<Long> out = ids(in);
        for (Long m : out) {
            if (em.find(Measure.class, m) == null) {
                throw new NotFoundException("Measure", m);
            }
        }
        return out;
    }

    private Risk find(long id) {
        Risk r = em.find(Risk.class, id);
        if (r == null) {
            throw new NotFoundException("Risk", id);
        }
        return r;
    }

    /** Risks by id, for views that show a heat map cell's risks. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RiskView> byIds(Collection<Long> ids) {
        Set<Long> wanted = new TreeSet<>(ids == null ? List.of() : ids);
        return risks(new Filter(null, null, null, null, null, null, null)).stream()
                .filter(v -> wanted.contains(v.risk().getId()))
                .sorted(Comparator.comparing((RiskView v) -> v.risk().getCode())).toList();
    }

    /** Summary counts for the dashboard and the certification rules. */
    @RequiresPermission(READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Long> summary() {
        Map<String, Long> m = new LinkedHashMap<>();
        List<RiskView> open = risks(Filter.OPEN);
        m.put("open", (long) open.size());
        m.put("unassessed", open.stream().filter(v -> v.acceptance() == Acceptance.UNASSESSED).count());
        m.put("pending", open.stream().filter(v -> v.acceptance() == Acceptance.PENDING).count());
        m.put("accepted", open.stream().filter(v -> v.acceptance() == Acceptance.ACCEPTED).count());
        m.put("reassessmentDue", open.stream().filter(RiskView::reassessmentDue).count());
        return m;
    }
}
