package org.custos.tisax.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.custos.measures.boundary.MeasureService;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.readiness.boundary.SoaService;
import org.custos.standards.control.IsaWorkbookParser;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;
import org.custos.tisax.control.IsaPart;
import org.custos.tisax.control.Tier;
import org.custos.tisax.control.TisaxControl;
import org.custos.tisax.control.TisaxScope;
import org.custos.tisax.control.TisaxScoring;
import org.custos.tisax.control.TisaxWorkbook;
import org.custos.tisax.entity.TisaxAnswer;
import org.custos.tisax.entity.TisaxAssessment;
import org.custos.tisax.entity.TisaxLabel;

/**
 * TISAX self-assessments against an imported VDA ISA edition: the labels sought decide the applicable
 * controls and tiers ({@link TisaxScope}); each control gets a maturity 0–5 with a justification and the
 * measures implementing it; results are capped at the target 3 ({@link TisaxScoring}). Readiness
 * permissions apply; external auditors see assessments of the standards in their scope.
 */
@Stateless
public class TisaxService {

    public static final String READ = ReadinessService.READ;
    public static final String EDIT = SoaService.EDIT;
    static final int MAX_JUSTIFICATION = 20_000;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** An export for download. */
    public record Export(String fileName, String contentType, byte[] content) implements Serializable {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    AccessScope scope;

    @Inject
    MeasureService measureService;

    // ---------------------------------------------------------------- assessments

    /** Assessments of the standards the caller may see, newest first. */
    @RequiresPermission(READ)
    public List<TisaxAssessment> assessments() {
        AccessScope.Scope s = scope.current();
        return em.createNamedQuery("TisaxAssessment.all", TisaxAssessment.class).getResultStream()
                .filter(a -> s.standard(a.getStandard().getId())).toList();
    }

    @RequiresPermission(READ)
    public TisaxAssessment assessment(long id) {
        TisaxAssessment a = find(id);
        scope.requireStandard(a.getStandard().getId());
        return a;
    }

    /** The imported VDA ISA editions an assessment can be based on. */
    @RequiresPermission(READ)
    public List<Standard> isaStandards() {
        AccessScope.Scope s = scope.current();
        return em.createNamedQuery("Standard.findByCode", Standard.class).setParameter("code", IsaWorkbookParser.CODE)
                .getResultStream().filter(st -> s.standard(st.getId())).toList();
    }

    @RequiresPermission(EDIT)
    public TisaxAssessment create(String title, long standardId, Set<TisaxLabel> labels) {
        String t = Checks.required(title, 300, "tisax.title.invalid");
        Standard standard = em.find(Standard.class, standardId);
        if (standard == null) {
            throw new NotFoundException("Standard", standardId);
        }
        scope.requireStandard(standardId);
        if (!IsaWorkbookParser.CODE.equals(standard.getCode())) {
            throw new ValidationException("tisax.standard.notIsa", standard.getName());
        }
        TisaxAssessment a = new TisaxAssessment(standard, t, labels(labels), actor.name(), Instant.now());
        em.persist(a);
        em.flush();
        audit.created("TisaxAssessment", a.getId(), a);
        return a;
    }

    /** Changes title, labels and status; answers stay, also for controls that no longer apply. */
    @RequiresPermission(EDIT)
    public TisaxAssessment update(long id, long seenVersion, String title, Set<TisaxLabel> labels,
            TisaxAssessment.Status status) {
        TisaxAssessment a = assessment(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "TisaxAssessment");
        String t = Checks.required(title, 300, "tisax.title.invalid");
        if (status == null) {
            throw new ValidationException("tisax.status.required");
        }
        Map<String, Object> before = a.auditState();
        a.change(t, labels(labels), status, actor.name(), Instant.now());
        Edits.flush(em, "TisaxAssessment");
        audit.updated("TisaxAssessment", id, before, a);
        return a;
    }

    /** Deletes the assessment with all its answers. */
    @RequiresPermission(EDIT)
    public void delete(long id, long seenVersion) {
        TisaxAssessment a = assessment(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "TisaxAssessment");
        Map<String, Object> before = a.auditState();
        List<TisaxAnswer> answers = answers(id);
        before.put("answers", answers.size());
        answers.forEach(em::remove);
        em.flush();
        em.remove(a);
        Edits.flush(em, "TisaxAssessment");
        audit.deleted("TisaxAssessment", id, before);
    }

    // ---------------------------------------------------------------- controls and answers

    /** The applicable controls in workbook order with their applicable tiers and answers. */
    @RequiresPermission(READ)
    public List<TisaxControl> controls(long assessmentId) {
        TisaxAssessment a = assessment(assessmentId);
        TisaxScope applicability = new TisaxScope(a.labels());
        Map<Long, TisaxAnswer> answers = new HashMap<>();
        answers(assessmentId).forEach(x -> answers.put(x.getRequirementId(), x));
        List<TisaxControl> controls = new ArrayList<>();
        for (Requirement r : requirements(a.getStandard().getId())) {
            if (!r.isAssessable()) {
                continue;
            }
            Map<String, String> attributes = attributes(r.getAttributes());
            Optional<Set<Tier>> tiers = applicability.tiers(r.getRefId(), attributes);
            if (tiers.isEmpty()) {
                continue;
            }
            Map<Tier, String> texts = new EnumMap<>(Tier.class);
            for (Tier t : Tier.values()) {
                String text = attributes.get(t.attribute());
                if (text != null && !text.isBlank()) {
                    texts.put(t, text);
                }
            }
            TisaxAnswer x = answers.get(r.getId());
            controls.add(new TisaxControl(r.getId(), r.getRefId(), IsaPart.of(r.getRefId(), attributes.get("tab")),
                    r.getTitleEn(), TisaxScope.objective(r.getDescriptionEn(), attributes), texts, tiers.get(),
                    x == null ? null : x.getId(), x == null ? 0 : x.getVersion(), x == null ? null : x.getMaturity(),
                    x == null ? null : x.getJustification(), x == null ? Set.of() : x.getMeasureIds()));
        }
        return controls;
    }

    /** Only the applicable controls below the target or unanswered. */
    @RequiresPermission(READ)
    public List<TisaxControl> gaps(long assessmentId) {
        return controls(assessmentId).stream().filter(TisaxControl::gap).toList();
    }

    @RequiresPermission(READ)
    public TisaxScoring.Summary summary(long assessmentId) {
        TisaxAssessment a = assessment(assessmentId);
        return TisaxScoring.summarize(controls(assessmentId), chapterTitles(a.getStandard().getId()));
    }

    /**
     * Answers one applicable control. {@code seenVersion} is the answer's version as read (0 while the
     * control has no answer yet). A maturity needs a justification; a null maturity keeps the control
     * unanswered (a note or linked measures may still be saved).
     */
    @RequiresPermission(EDIT)
    public TisaxAnswer answer(long assessmentId, long requirementId, long seenVersion, Integer maturity,
            String justification, Set<Long> measureIds) {
        TisaxAssessment a = assessment(assessmentId);
        Requirement r = em.find(Requirement.class, requirementId);
        if (r == null || !r.getStandard().getId().equals(a.getStandard().getId())) {
            throw new NotFoundException("Requirement", requirementId);
        }
        if (!r.isAssessable() || new TisaxScope(a.labels()).tiers(r.getRefId(), attributes(r.getAttributes())).isEmpty()) {
            throw new ValidationException("tisax.control.notApplicable", r.getRefId());
        }
        if (maturity != null && (maturity < TisaxScoring.MIN || maturity > TisaxScoring.MAX)) {
            throw new ValidationException("tisax.maturity.range", TisaxScoring.MIN, TisaxScoring.MAX);
        }
        String why = Checks.optional(justification, MAX_JUSTIFICATION, "tisax.justification.invalid");
        if (maturity != null && why == null) {
            throw new ValidationException("tisax.justification.required", r.getRefId());
        }
        Set<Long> measures = existingMeasures(measureIds);
        TisaxAnswer x = em.createNamedQuery("TisaxAnswer.byRequirement", TisaxAnswer.class)
                .setParameter("assessment", assessmentId).setParameter("requirement", requirementId)
                .getResultStream().findFirst().orElse(null);
        if (x == null) {
            if (seenVersion != 0) {
                throw ConflictException.concurrentEdit("TisaxAnswer");
            }
            x = new TisaxAnswer(a, requirementId);
            x.answer(maturity, why, measures, actor.name(), Instant.now());
            em.persist(x);
            em.flush();
            audit.created("TisaxAnswer", x.getId(), x);
        } else {
            Edits.expectVersion(seenVersion, x.getVersion(), "TisaxAnswer");
            Map<String, Object> before = x.auditState();
            x.answer(maturity, why, measures, actor.name(), Instant.now());
            Edits.flush(em, "TisaxAnswer");
            audit.updated("TisaxAnswer", x.getId(), before, x);
        }
        return x;
    }

    /** The assessment in the official workbook's layout (see {@link TisaxWorkbook} for what differs). */
    @RequiresPermission(READ)
    public Export xlsx(long assessmentId) {
        TisaxAssessment a = assessment(assessmentId);
        List<TisaxControl> controls = controls(assessmentId);
        Map<String, String> headings = new LinkedHashMap<>();
        requirements(a.getStandard().getId()).stream().filter(r -> !r.isAssessable() && r.getTitleEn() != null)
                .forEach(r -> headings.put(r.getRefId(), r.getTitleEn()));
        Set<Long> measureIds = new TreeSet<>();
        controls.forEach(c -> measureIds.addAll(c.measureIds()));
        Map<Long, String> measures = new HashMap<>();
        if (!measureIds.isEmpty()) {
            // an auditor's export names only the measures the auditor may see
            measureService.visible(measureIds).forEach(m -> measures.put(m.getId(), m.getCode() + " " + m.getTitle()));
        }
        Standard s = a.getStandard();
        byte[] content = TisaxWorkbook.write(new TisaxWorkbook.Context(a.getTitle(), s.getName() + " " + s.getEdition(),
                a.labels(), new TisaxScope(a.labels()).parts(), headings, measures), controls);
        return new Export("tisax-self-assessment-" + a.getId() + ".xlsx", XLSX, content);
    }

    // ---------------------------------------------------------------- internals

    private static Set<TisaxLabel> labels(Set<TisaxLabel> labels) {
        // immutable sets (Set.of) refuse contains(null), so look for a null without asking for it
        if (labels == null || labels.isEmpty() || labels.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException("tisax.labels.required");
        }
        return labels;
    }

    private List<TisaxAnswer> answers(long assessmentId) {
        return em.createNamedQuery("TisaxAnswer.ofAssessment", TisaxAnswer.class).setParameter("assessment", assessmentId)
                .getResultList();
    }

    /** The standard's nodes in workbook order (1.1.1 before 1.10.1; the stored order is per parent only). */
    private List<Requirement> requirements(long standardId) {
        List<Requirement> all = new ArrayList<>(em.createNamedQuery("Requirement.ofStandard", Requirement.class)
                .setParameter("standard", standardId).getResultList());
        all.sort(Comparator.comparing(Requirement::getRefId, TisaxService::compareNumbers));
        return all;
    }

    private Map<String, String> chapterTitles(long standardId) {
        Map<String, String> titles = new HashMap<>();
        requirements(standardId).stream().filter(r -> !r.getRefId().contains(".") && r.getTitleEn() != null)
                .forEach(r -> titles.put(r.getRefId(), r.getTitleEn()));
        return titles;
    }

    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static Map<String, String> attributes(String json) {
        Map<String, String> result = new HashMap<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((k, v) -> result.put(k,
                    v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()));
        }
        return result;
    }

    private Set<Long> existingMeasures(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        List<Long> found = em.createQuery("SELECT m.id FROM Measure m WHERE m.id IN :ids", Long.class)
                .setParameter("ids", ids).getResultList();
        Set<Long> missing = new TreeSet<>(ids);
        found.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new NotFoundException("Measure", missing.iterator().next());
        }
        return new TreeSet<>(ids);
    }

    private TisaxAssessment find(long id) {
        TisaxAssessment a = em.find(TisaxAssessment.class, id);
        if (a == null) {
            throw new NotFoundException("TisaxAssessment", id);
        }
        return a;
    }
}
