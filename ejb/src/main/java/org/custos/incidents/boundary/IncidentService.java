package org.custos.incidents.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.incidents.control.IncidentRegister;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.control.ReportingDuties.Duty;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.incidents.entity.IncidentStep;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.risk.control.RiskFlags;
import org.custos.risk.entity.Asset;

/**
 * The incident register (ISO 27001 A.5.24–A.5.28): what happened, when it occurred and was detected, the
 * assets it hit, the handling as a timeline, lessons learned; and the reporting duties with their
 * deadlines from the organisation's regulatory category (BSIG §32: 24 h / 72 h / one month for a
 * significant incident; GDPR Art. 33: 72 h for a personal data breach). An incident flags the open risks
 * on the assets it hit for reassessment: every incident is a reason to look again.
 */
@Stateless
public class IncidentService {

    public static final String READ = "improvement:read";
    public static final String EDIT = "improvement:edit";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    RiskFlags flags;

    @Inject
    IncidentRegister register;

    public record IncidentInput(String code, String title, String description, Incident.Category category,
            Incident.Severity severity, Instant occurredAt, Instant detectedAt, boolean significant, boolean personalData,
            Set<Long> assetIds) implements Serializable {
    }

    /** An incident with its reporting duties as of now. */
    public record IncidentView(Incident incident, List<Duty> duties, List<IncidentReport> reports) implements Serializable {

        /** The soonest deadline still open, or null. */
        public Duty nextDeadline() {
            return duties.stream().filter(d -> d.reportedAt() == null)
                    .min((a, b) -> a.dueAt().compareTo(b.dueAt())).orElse(null);
        }

        public boolean overdue() {
            return duties.stream().anyMatch(d -> d.state() == ReportingDuties.State.OVERDUE);
        }
    }

    @RequiresPermission(READ)
    public List<IncidentView> incidents() {
        Instant now = Instant.now();
        RegulatoryCategory category = register.category();
        Map<Long, List<IncidentReport>> reports = register.reportsByIncident();
        return em.createNamedQuery("Incident.all", Incident.class).getResultStream()
                .map(i -> view(i, category, reports.getOrDefault(i.getId(), List.of()), now)).toList();
    }

    @RequiresPermission(READ)
    public IncidentView incident(long id) {
        Incident i = find(id);
        return view(i, register.category(), register.reports(id), Instant.now());
    }

    /** The handling, oldest step first. */
    @RequiresPermission(READ)
    public List<IncidentStep> timeline(long id) {
        find(id);
        return em.createNamedQuery("IncidentStep.of", IncidentStep.class).setParameter("incident", id).getResultList();
    }

    /**
     * Records or changes an incident. Assets newly named get their open risks flagged for reassessment.
     * Detection cannot lie in the future nor before the occurrence.
     */
    @RequiresPermission(EDIT)
    public Incident save(Long id, long seenVersion, IncidentInput in) {
        if (in == null) {
            throw new ValidationException("incident.title.invalid", 300);
        }
        String code = Checks.code(in.code(), "incident.code.invalid");
        em.createNamedQuery("Incident.byCode", Incident.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("incident.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "incident.title.invalid");
        String description = Checks.optional(in.description(), 20_000, "incident.text.invalid");
        if (in.category() == null) {
            throw new ValidationException("incident.category.required");
        }
        if (in.severity() == null) {
            throw new ValidationException("incident.severity.required");
        }
        Instant now = Instant.now();
        if (in.detectedAt() == null || in.detectedAt().isAfter(now.plusSeconds(60))) {
            throw new ValidationException("incident.detected.invalid");
        }
        if (in.occurredAt() != null && in.occurredAt().isAfter(in.detectedAt())) {
            throw new ValidationException("incident.occurred.afterDetection");
        }
        Set<Long> assets = new TreeSet<>();
        if (in.assetIds() != null) {
            in.assetIds().stream().filter(a -> a != null).forEach(assets::add);
        }
        for (Long a : assets) {
            if (em.find(Asset.class, a) == null) {
                throw new NotFoundException("Asset", a);
            }
        }
        Incident i;
        Map<String, Object> before = null;
        Set<Long> earlier = Set.of();
        if (id == null) {
            i = new Incident(actor.name(), now);
        } else {
            i = find(id);
            Edits.expectVersion(seenVersion, i.getVersion(), "Incident");
            if (i.getStatus() == Incident.Status.CLOSED) {
                throw new ValidationException("incident.closed", i.getCode());
            }
            before = i.auditState();
            earlier = Set.copyOf(i.getAssetIds());
            if (!register.reports(id).isEmpty() && !i.getDetectedAt().equals(in.detectedAt())) {
                // deadlines already reported against must not move
                throw new ValidationException("incident.detected.reported", i.getCode());
            }
        }
        i.describe(code, title, description, in.category(), in.severity(), in.occurredAt(), in.detectedAt(),
                in.significant(), in.personalData(), assets);
        i.changed(actor.name(), now);
        if (id == null) {
            em.persist(i);
            em.flush();
            audit.created("Incident", i.getId(), i);
        } else {
            Edits.flush(em, "Incident");
            audit.updated("Incident", i.getId(), before, i);
        }
        for (Long a : assets) {
            if (!earlier.contains(a)) {
                flags.asset(a, "risk.flag.incident|" + i.getCode());
            }
        }
        return i;
    }

    /** Adds a step to the timeline; it cannot lie before the occurrence (or detection) nor in the future. */
    @RequiresPermission(EDIT)
    public IncidentStep addStep(long id, Instant happenedAt, String description) {
        Incident i = find(id);
        String text = Checks.required(description, 2000, "incident.step.invalid");
        Instant now = Instant.now();
        Instant start = i.getOccurredAt() != null ? i.getOccurredAt() : i.getDetectedAt();
        if (happenedAt == null || happenedAt.isBefore(start) || happenedAt.isAfter(now.plusSeconds(60))) {
            throw new ValidationException("incident.step.time");
        }
        IncidentStep s = new IncidentStep(id, happenedAt, text, actor.name(), now);
        em.persist(s);
        em.flush();
        audit.created("IncidentStep", s.getId(), s);
        return s;
    }

    /**
     * Records a report made for one of the incident's duties: when it went out (not before detection, not
     * in the future), by the caller, with the authority's reference. A duty is reported once.
     */
    @RequiresPermission(EDIT)
    public IncidentReport report(long id, ReportingDuties.Kind duty, Instant reportedAt, String reference) {
        Incident i = find(id);
        if (duty == null) {
            throw new ValidationException("incident.report.duty");
        }
        IncidentView v = view(i, register.category(), register.reports(id), Instant.now());
        if (v.duties().stream().noneMatch(d -> d.kind() == duty)) {
            throw new ValidationException("incident.report.notDue", duty);
        }
        if (v.reports().stream().anyMatch(r -> r.getDuty() == duty)) {
            throw new ValidationException("incident.report.already", duty);
        }
        if (reportedAt == null || reportedAt.isBefore(i.getDetectedAt())) {
            throw new ValidationException("incident.report.beforeDetection");
        }
        if (reportedAt.isAfter(Instant.now().plusSeconds(60))) {
            throw new ValidationException("incident.report.future");
        }
        String ref = Checks.optional(reference, 200, "incident.report.reference");
        IncidentReport r = new IncidentReport(id, duty, reportedAt, actor.name(), ref);
        em.persist(r);
        em.flush();
        audit.created("IncidentReport", r.getId(), r);
        return r;
    }

    /** Marks an open incident contained: the damage no longer spreads, the handling goes on. */
    @RequiresPermission(EDIT)
    public Incident contain(long id, long seenVersion) {
        Incident i = find(id);
        Edits.expectVersion(seenVersion, i.getVersion(), "Incident");
        if (i.getStatus() != Incident.Status.OPEN) {
            throw new ValidationException("incident.contain.notOpen", i.getCode());
        }
        Map<String, Object> before = i.auditState();
        i.contained();
        i.changed(actor.name(), Instant.now());
        Edits.flush(em, "Incident");
        audit.updated("Incident", i.getId(), before, i);
        return i;
    }

    /** Closes an incident with its lessons learned (required: every incident is a reason to improve). */
    @RequiresPermission(EDIT)
    public Incident close(long id, long seenVersion, String lessonsLearned) {
        Incident i = find(id);
        Edits.expectVersion(seenVersion, i.getVersion(), "Incident");
        if (i.getStatus() == Incident.Status.CLOSED) {
            throw new ValidationException("incident.closed", i.getCode());
        }
        String lessons = Checks.required(lessonsLearned, 4000, "incident.lessons.required");
        Map<String, Object> before = i.auditState();
        Instant now = Instant.now();
        i.close(lessons, now);
        i.changed(actor.name(), now);
        Edits.flush(em, "Incident");
        audit.updated("Incident", i.getId(), before, i);
        return i;
    }

    // ---------------------------------------------------------------- internals

    private static IncidentView view(Incident i, RegulatoryCategory category, List<IncidentReport> reports, Instant now) {
        return new IncidentView(i, IncidentRegister.duties(i, category, reports, now), List.copyOf(reports));
    }

    private Incident find(long id) {
        Incident i = em.find(Incident.class, id);
        if (i == null) {
            throw new NotFoundException("Incident", id);
        }
        return i;
    }
}
