package org.custos.objectives.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.incidents.boundary.IncidentService;
import org.custos.objectives.control.KpiEvaluation;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.control.KpiRegister;
import org.custos.objectives.control.KpiView;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;

/**
 * Information security objectives and their KPIs (ISO 27001 6.2, 9.1): what is to be achieved, by whom and
 * by when; what is measured, how often, against which target and thresholds; and the measurements, entered by
 * hand or computed from Custos' own data. The state of a value is derived when read (see {@link KpiEvaluation}),
 * so the history always reflects the current thresholds. Part of improvement, with its permissions.
 */
@Stateless
public class ObjectiveService {

    public static final String READ = IncidentService.READ;
    public static final String EDIT = IncidentService.EDIT;
    static final int MAX_NUMBER = 1_000_000_000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    KpiRegister register;

    public record ObjectiveInput(String code, String title, String description, Long ownerId, LocalDate deadline,
            Objective.Status status) implements Serializable {
    }

    public record KpiInput(String code, String name, String metric, String unit, Kpi.Direction direction, BigDecimal target,
            BigDecimal warning, BigDecimal failure, Kpi.Frequency frequency, Long responsibleId, Kpi.Source source)
            implements Serializable {
    }

    /** An objective with its KPIs as they stand. */
    public record ObjectiveView(Objective objective, List<KpiView> kpis) implements Serializable {

        /** The worst state among the KPIs' latest values, or null if none is measured. */
        public State worst() {
            return kpis.stream().map(KpiView::state).filter(s -> s != null).max(Enum::compareTo).orElse(null);
        }

        public long missing() {
            return kpis.stream().filter(KpiView::missing).count();
        }

        public boolean attention() {
            return kpis.stream().anyMatch(KpiView::attention);
        }
    }

    /** A KPI with all its measurements, newest first. */
    public record KpiDetail(KpiView view, List<KpiMeasurement> measurements) implements Serializable {

        public Kpi kpi() {
            return view.kpi();
        }

        /** The state of one of its values against the current thresholds. */
        public State state(KpiMeasurement m) {
            Kpi k = view.kpi();
            return m == null ? null : KpiEvaluation.state(m.getValue(), k.getDirection(), k.getWarning(), k.getFailure());
        }
    }

    // ---------------------------------------------------------------- reading

    /** Every objective with its KPIs, in three queries whatever their number. */
    @RequiresPermission(READ)
    public List<ObjectiveView> objectives() {
        LocalDate today = LocalDate.now();
        List<Objective> all = em.createNamedQuery("Objective.all", Objective.class).getResultList();
        Map<Long, List<Kpi>> kpis = new HashMap<>();
        em.createNamedQuery("Kpi.all", Kpi.class).getResultList()
                .forEach(k -> kpis.computeIfAbsent(k.getObjective().getId(), x -> new ArrayList<>()).add(k));
        Map<Long, KpiMeasurement> latest = register.latest();
        return all.stream().map(o -> new ObjectiveView(o, register.views(kpis.getOrDefault(o.getId(), List.of()), latest,
                today))).toList();
    }

    @RequiresPermission(READ)
    public ObjectiveView objective(long id) {
        Objective o = find(id);
        return new ObjectiveView(o, kpis(o.getId()));
    }

    @RequiresPermission(READ)
    public List<KpiView> kpis(long objectiveId) {
        find(objectiveId);
        LocalDate today = LocalDate.now();
        return em.createNamedQuery("Kpi.ofObjective", Kpi.class).setParameter("objective", objectiveId).getResultList().stream()
                .map(k -> KpiRegister.view(k, register.latestOf(k.getId()), today)).toList();
    }

    @RequiresPermission(READ)
    public KpiDetail kpi(long id) {
        Kpi k = findKpi(id);
        List<KpiMeasurement> measurements = em.createNamedQuery("KpiMeasurement.of", KpiMeasurement.class)
                .setParameter("kpi", id).getResultList();
        KpiView view = KpiRegister.view(k, measurements.isEmpty() ? null : measurements.get(0), LocalDate.now());
        return new KpiDetail(view, measurements);
    }

    /** KPIs of active objectives whose measurement is overdue (never measured: one period after creation). */
    @RequiresPermission(READ)
    public List<KpiView> missing() {
        return register.missing(LocalDate.now());
    }

    /** KPIs of active objectives whose latest value is past the failure threshold. */
    @RequiresPermission(READ)
    public List<KpiView> missed() {
        return register.missed(LocalDate.now());
    }

    /** KPIs that missed their target or whose measurement is missing (the dashboard's count). */
    @RequiresPermission(READ)
    public List<KpiView> missedOrMissing() {
        return register.missedOrMissing(LocalDate.now());
    }

    // ---------------------------------------------------------------- changing

    /** Creates ({@code id} null) or changes an objective; the version is the one the caller saw. */
    @RequiresPermission(EDIT)
    public Objective saveObjective(Long id, long seenVersion, ObjectiveInput in) {
        if (in == null) {
            throw new ValidationException("objective.title.invalid", 300);
        }
        String code = Checks.code(in.code(), "objective.code.invalid");
        em.createNamedQuery("Objective.byCode", Objective.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("objective.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "objective.title.invalid");
        String description = Checks.optional(in.description(), 4000, "objective.description.invalid");
        Person owner = person(in.ownerId(), "objective.owner.required", "objective.owner.unknown");
        if (in.deadline() == null) {
            throw new ValidationException("objective.deadline.required");
        }
        Objective.Status status = in.status() == null ? Objective.Status.ACTIVE : in.status();
        Instant now = Instant.now();
        Objective o;
        Map<String, Object> before = null;
        if (id == null) {
            o = new Objective(actor.name(), now);
        } else {
            o = find(id);
            Edits.expectVersion(seenVersion, o.getVersion(), "Objective");
            before = o.auditState();
        }
        o.describe(code, title, description, owner, in.deadline(), status);
        o.changed(actor.name(), now);
        if (id == null) {
            em.persist(o);
            em.flush();
            audit.created("Objective", o.getId(), o);
        } else {
            Edits.flush(em, "Objective");
            audit.updated("Objective", o.getId(), before, o);
        }
        return o;
    }

    /**
     * Creates ({@code id} null) or changes a KPI of an objective. Target and thresholds must lie in the order
     * the direction says: higher is better needs target ≥ warning ≥ failure, lower is better the reverse.
     */
    @RequiresPermission(EDIT)
    public Kpi saveKpi(long objectiveId, Long id, long seenVersion, KpiInput in) {
        Objective objective = find(objectiveId);
        if (in == null) {
            throw new ValidationException("kpi.name.invalid", 300);
        }
        String code = Checks.code(in.code(), "kpi.code.invalid");
        em.createNamedQuery("Kpi.byCode", Kpi.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(k -> !k.getId().equals(id)).findFirst().ifPresent(k -> {
                    throw new ValidationException("kpi.code.taken", code);
                });
        String name = Checks.required(in.name(), 300, "kpi.name.invalid");
        String metric = Checks.optional(in.metric(), 2000, "kpi.metric.invalid");
        String unit = Checks.optional(in.unit(), 40, "kpi.unit.invalid");
        if (in.direction() == null) {
            throw new ValidationException("kpi.direction.required");
        }
        if (in.frequency() == null) {
            throw new ValidationException("kpi.frequency.required");
        }
        Kpi.Source source = in.source() == null ? Kpi.Source.MANUAL : in.source();
        if (unit == null && source.unit() != null) {
            unit = source.unit();
        }
        BigDecimal target = number(in.target(), "kpi.target.required");
        BigDecimal warning = number(in.warning(), "kpi.warning.required");
        BigDecimal failure = number(in.failure(), "kpi.failure.required");
        if (!KpiEvaluation.consistent(in.direction(), target, warning, failure)) {
            throw new ValidationException(in.direction() == Kpi.Direction.HIGHER_IS_BETTER
                    ? "kpi.thresholds.higher" : "kpi.thresholds.lower");
        }
        Person responsible = person(in.responsibleId(), "kpi.responsible.required", "kpi.responsible.unknown");
        Instant now = Instant.now();
        Kpi k;
        Map<String, Object> before = null;
        if (id == null) {
            k = new Kpi(objective, actor.name(), now);
        } else {
            k = findKpi(id);
            if (!k.getObjective().getId().equals(objectiveId)) {
                throw new NotFoundException("Kpi", id);
            }
            Edits.expectVersion(seenVersion, k.getVersion(), "Kpi");
            before = k.auditState();
        }
        k.describe(code, name, metric, unit, source, in.frequency(), responsible);
        k.aim(in.direction(), target, warning, failure);
        k.changed(actor.name(), now);
        if (id == null) {
            em.persist(k);
            em.flush();
            audit.created("Kpi", k.getId(), k);
        } else {
            Edits.flush(em, "Kpi");
            audit.updated("Kpi", k.getId(), before, k);
        }
        return k;
    }

    /**
     * Records a value of a manually measured KPI for a day: not in the future, one per day. Computed KPIs are
     * measured from the data ({@link #measureNow(long)}), never typed in.
     */
    @RequiresPermission(EDIT)
    public KpiMeasurement recordMeasurement(long kpiId, LocalDate measuredOn, BigDecimal value, String note) {
        Kpi k = findKpi(kpiId);
        if (k.getSource().computed()) {
            throw new ValidationException("kpi.measurement.computed", k.getCode());
        }
        if (measuredOn == null) {
            throw new ValidationException("kpi.measurement.date.required");
        }
        if (measuredOn.isAfter(LocalDate.now())) {
            throw new ValidationException("kpi.measurement.date.future");
        }
        BigDecimal v = number(value, "kpi.measurement.value.required");
        String text = Checks.optional(note, 2000, "kpi.measurement.note.invalid");
        return register.record(k, measuredOn, v, text, actor.name(), Instant.now());
    }

    /** Measures a computed KPI today from Custos' own data. */
    @RequiresPermission(EDIT)
    public KpiMeasurement measureNow(long kpiId) {
        Kpi k = findKpi(kpiId);
        return register.measure(k, LocalDate.now(), actor.name(), Instant.now());
    }

    // ---------------------------------------------------------------- internals

    /** A number within what the column holds (19 digits, 4 of them decimals). */
    private static BigDecimal number(BigDecimal value, String requiredKey) {
        if (value == null) {
            throw new ValidationException(requiredKey);
        }
        if (value.abs().compareTo(BigDecimal.valueOf(MAX_NUMBER)) >= 0 || value.stripTrailingZeros().scale() > 4) {
            throw new ValidationException("kpi.number.invalid", MAX_NUMBER);
        }
        return value;
    }

    private Person person(Long id, String requiredKey, String unknownKey) {
        if (id == null) {
            throw new ValidationException(requiredKey);
        }
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new ValidationException(unknownKey, id);
        }
        return p;
    }

    private Objective find(long id) {
        Objective o = em.find(Objective.class, id);
        if (o == null) {
            throw new NotFoundException("Objective", id);
        }
        return o;
    }

    private Kpi findKpi(long id) {
        Kpi k = em.find(Kpi.class, id);
        if (k == null) {
            throw new NotFoundException("Kpi", id);
        }
        return k;
    }
}
