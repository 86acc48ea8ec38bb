package org.custos.measures.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.documents.entity.Document;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.EvidenceFile;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.files.Attachments;
import org.custos.platform.files.Sha256;
import org.custos.platform.files.VirusScan;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.roles.boundary.RaciService;
import org.custos.roles.control.RaciSubject;

/**
 * Do: the organisation's measures and the evidence that they work. A measure addresses requirements
 * of any standard and is regulated by documents; evidence is a checked file (type, size, SHA-256,
 * virus-scan hook) or a link, valid for a period. External auditors see the measures of the
 * standards in their scope (and those naming no requirement), with their evidence.
 */
@Stateless
public class MeasureService {

    public static final String READ = "controls:read";
    public static final String EDIT = "controls:edit";
    static final int MAX_TEXT = 20_000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    AccessScope scope;

    @Inject
    VirusScan virusScan;

    @Inject
    RaciService raci;

    /** What a measure says. */
    public record MeasureInput(String code, String title, String description, Long ownerId, Measure.Status status,
            LocalDate dueOn, Set<Long> requirementIds, Set<Long> documentIds) implements Serializable {
    }

    /** A file evidence for download. */
    public record EvidenceDownload(String fileName, String contentType, String sha256, byte[] data) {
    }

    /** Filters of the measure list; null means any. */
    public record Filter(Measure.Status status, Long ownerId, Long requirementId, Boolean overdue) implements Serializable {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    // ---------------------------------------------------------------- measures

    @RequiresPermission(READ)
    public List<Measure> measures(Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        LocalDate today = LocalDate.now();
        List<Measure> all = em.createNamedQuery("Measure.findAll", Measure.class).getResultList();
        Visibility visible = visibility(all);
        return all.stream().filter(visible::measure)
                .filter(m -> f.status() == null || m.getStatus() == f.status())
                .filter(m -> f.ownerId() == null || (m.getOwner() != null && m.getOwner().getId().equals(f.ownerId())))
                .filter(m -> f.requirementId() == null || m.getRequirementIds().contains(f.requirementId()))
                .filter(m -> f.overdue() == null || m.overdue(today) == f.overdue())
                .toList();
    }

    @RequiresPermission(READ)
    public Measure measure(long id) {
        Measure m = find(id);
        if (!visibility(List.of(m)).measure(m)) {
            throw new NotPermittedException("scope");
        }
        return m;
    }

    @RequiresPermission(EDIT)
    public Measure save(Long id, long seenVersion, MeasureInput in) {
        if (in == null) {
            throw new ValidationException("measure.title.invalid", 300);
        }
        String code = Checks.required(in.code(), 40, "measure.code.invalid");
        if (!code.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*")) {
            throw new ValidationException("measure.code.invalid", 40);
        }
        em.createNamedQuery("Measure.byCode", Measure.class).setParameter("code", code.toLowerCase()).getResultStream()
                .filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("measure.code.taken", code);
                });
        String title = Checks.required(in.title(), 300, "measure.title.invalid");
        String description = Checks.optional(in.description(), MAX_TEXT, "measure.text.invalid");
        if (in.status() == null) {
            throw new ValidationException("measure.status.required");
        }
        Person owner = null;
        if (in.ownerId() != null) {
            owner = em.find(Person.class, in.ownerId());
            if (owner == null) {
                throw new NotFoundException("Person", in.ownerId());
            }
        }
        Set<Long> requirements = existing("Requirement", in.requirementIds());
        Set<Long> documents = existing("Document", in.documentIds());
        Measure m;
        Map<String, Object> before = null;
        if (id == null) {
            m = new Measure(code, title);
        } else {
            m = find(id);
            Edits.expectVersion(seenVersion, m.getVersion(), "Measure");
            before = m.auditState();
        }
        m.describe(code, title, description, owner, in.status(), in.dueOn(), requirements, documents);
        if (id == null) {
            em.persist(m);
            em.flush();
            audit.created("Measure", m.getId(), m);
        } else {
            Edits.flush(em, "Measure");
            audit.updated("Measure", m.getId(), before, m);
        }
        return m;
    }

    /** Deletes a measure that has no evidence any more (evidence is deleted on its own, deliberately). */
    @RequiresPermission(EDIT)
    public void delete(long id, long seenVersion) {
        Measure m = find(id);
        Edits.expectVersion(seenVersion, m.getVersion(), "Measure");
        long evidence = em.createQuery("SELECT COUNT(e) FROM Evidence e WHERE e.measure.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (evidence > 0) {
            throw new ValidationException("measure.hasEvidence", evidence);
        }
        Map<String, Object> before = m.auditState();
        raci.forget(RaciSubject.MEASURE, id);
        em.remove(m);
        Edits.flush(em, "Measure");
        audit.deleted("Measure", id, before);
    }

    // ---------------------------------------------------------------- evidence

    @RequiresPermission(READ)
    public List<Evidence> evidence(long measureId) {
        measure(measureId);
        return em.createNamedQuery("Evidence.ofMeasure", Evidence.class).setParameter("measure", measureId).getResultList();
    }

    /** All evidence in the caller's scope (metadata; the bytes stay in the database until downloaded). */
    @RequiresPermission(READ)
    public List<Evidence> allEvidence() {
        List<Evidence> all = em.createNamedQuery("Evidence.findAll", Evidence.class).getResultList();
        Visibility visible = visibility(all.stream().map(Evidence::getMeasure).distinct().toList());
        return all.stream().filter(e -> visible.measure(e.getMeasure())).toList();
    }

    /**
     * Evidence expired or expiring within the given days, soonest first. Expired evidence stays listed
     * until it is renewed (its validity extended) or deleted.
     */
    @RequiresPermission(READ)
    public List<Evidence> expiring(LocalDate today, int withinDays) {
        List<Evidence> due = em.createNamedQuery("Evidence.expiringBy", Evidence.class)
                .setParameter("day", today.plusDays(withinDays)).getResultList();
        Visibility visible = visibility(due.stream().map(Evidence::getMeasure).distinct().toList());
        return due.stream().filter(e -> visible.measure(e.getMeasure())).toList();
    }

    /** The file of a file evidence, for download. */
    @RequiresPermission(READ)
    public EvidenceDownload evidenceFile(long id) {
        Evidence e = findEvidence(id);
        measure(e.getMeasure().getId());
        EvidenceFile file = e.getKind() == Evidence.Kind.FILE ? em.find(EvidenceFile.class, id) : null;
        if (file == null) {
            throw new NotFoundException("EvidenceFile", id);
        }
        return new EvidenceDownload(e.getFileName(), e.getContentType(), e.getSha256(), file.getData());
    }

    @RequiresPermission(EDIT)
    public Evidence addFile(long measureId, String title, String fileName, String contentType, byte[] data,
            LocalDate validFrom, LocalDate validUntil) {
        Measure m = find(measureId);
        String t = Checks.required(title, 300, "evidence.title.invalid");
        validity(validFrom, validUntil);
        Attachments.Checked file = Attachments.check(fileName, contentType, data);
        VirusScan.Result scan = virusScan.scan(file.fileName(), data);
        Evidence e = Evidence.file(m, t, file.fileName(), file.contentType(), data.length, Sha256.hex(data), scan,
                actor.name(), Instant.now());
        e.describe(t, validFrom, validUntil);
        em.persist(e);
        em.flush();
        em.persist(new EvidenceFile(e.getId(), data));
        audit.created("Evidence", e.getId(), e);
        return e;
    }

    @RequiresPermission(EDIT)
    public Evidence addLink(long measureId, String title, String url, LocalDate validFrom, LocalDate validUntil) {
        Measure m = find(measureId);
        String t = Checks.required(title, 300, "evidence.title.invalid");
        validity(validFrom, validUntil);
        Evidence e = Evidence.link(m, t, link(url), actor.name(), Instant.now());
        e.describe(t, validFrom, validUntil);
        em.persist(e);
        em.flush();
        audit.created("Evidence", e.getId(), e);
        return e;
    }

    /** Changes title and validity; the file or link itself never changes (add new evidence instead). */
    @RequiresPermission(EDIT)
    public Evidence updateEvidence(long id, long seenVersion, String title, LocalDate validFrom, LocalDate validUntil) {
        Evidence e = findEvidence(id);
        Edits.expectVersion(seenVersion, e.getVersion(), "Evidence");
        String t = Checks.required(title, 300, "evidence.title.invalid");
        validity(validFrom, validUntil);
        Map<String, Object> before = e.auditState();
        e.describe(t, validFrom, validUntil);
        Edits.flush(em, "Evidence");
        audit.updated("Evidence", id, before, e);
        return e;
    }

    @RequiresPermission(EDIT)
    public void deleteEvidence(long id, long seenVersion) {
        Evidence e = findEvidence(id);
        Edits.expectVersion(seenVersion, e.getVersion(), "Evidence");
        Map<String, Object> before = e.auditState();
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file != null) {
            em.remove(file);
            em.flush();
        }
        em.remove(e);
        Edits.flush(em, "Evidence");
        audit.deleted("Evidence", id, before);
    }

    // ---------------------------------------------------------------- internals

    private static void validity(LocalDate from, LocalDate until) {
        if (from == null) {
            throw new ValidationException("evidence.validFrom.required");
        }
        if (until != null && until.isBefore(from)) {
            throw new ValidationException("evidence.validUntil.beforeFrom");
        }
    }

    /** Only http(s) links to a host; anything else (javascript:, file:) is refused. */
    static String link(String url) {
        String u = Checks.required(url, 2000, "evidence.url.invalid");
        try {
            URI uri = new URI(u);
            String s = uri.getScheme();
            if (s == null || !(s.equalsIgnoreCase("https") || s.equalsIgnoreCase("http")) || uri.getHost() == null) {
                throw new ValidationException("evidence.url.invalid", 2000);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ValidationException("evidence.url.invalid", 2000);
        }
    }

    private Set<Long> existing(String entity, Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        Class<?> type = entity.equals("Document") ? Document.class : org.custos.standards.entity.Requirement.class;
        List<Long> found = em.createQuery("SELECT x.id FROM " + type.getSimpleName() + " x WHERE x.id IN :ids", Long.class)
                .setParameter("ids", ids).getResultList();
        Set<Long> missing = new TreeSet<>(ids);
        found.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new NotFoundException(entity, missing.iterator().next());
        }
        return new TreeSet<>(ids);
    }

    /** Those of the given measures the caller may see (for another feature's export that names them). */
    @RequiresPermission(READ)
    public List<Measure> visible(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Measure> found = em.createQuery("SELECT m FROM Measure m WHERE m.id IN :ids ORDER BY m.code", Measure.class)
                .setParameter("ids", ids).getResultList();
        Visibility visible = visibility(found);
        return found.stream().filter(visible::measure).toList();
    }

    /** Which measures the caller may see: all, or for an auditor those touching a standard in scope. */
    private Visibility visibility(Collection<Measure> measures) {
        AccessScope.Scope s = scope.current();
        if (!s.restricted()) {
            return m -> true;
        }
        Set<Long> ids = new HashSet<>();
        measures.forEach(m -> ids.addAll(m.getRequirementIds()));
        Map<Long, Long> standardOf = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT r.id, r.standard.id FROM Requirement r WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultStream().forEach(r -> standardOf.put((Long) r[0], (Long) r[1]));
        }
        return m -> m.getRequirementIds().isEmpty()
                || m.getRequirementIds().stream().map(standardOf::get).anyMatch(sid -> sid != null && s.standard(sid));
    }

    private interface Visibility {
        boolean measure(Measure m);
    }

    private Measure find(long id) {
        Measure m = em.find(Measure.class, id);
        if (m == null) {
            throw new NotFoundException("Measure", id);
        }
        return m;
    }

    private Evidence findEvidence(long id) {
        Evidence e = em.find(Evidence.class, id);
        if (e == null) {
            throw new NotFoundException("Evidence", id);
        }
        return e;
    }
}
