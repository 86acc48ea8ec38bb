package org.custos.readiness.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.files.Sha256;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.readiness.control.ReadinessCache;
import org.custos.readiness.control.ReadinessEngine;
import org.custos.readiness.control.ReadinessFacts;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.control.Reason;
import org.custos.readiness.control.SoaPdf;
import org.custos.readiness.control.SoaSheet;
import org.custos.readiness.entity.SoaEntry;
import org.custos.readiness.entity.SoaStatus;
import org.custos.readiness.entity.SoaVersion;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;

/**
 * The Statement of Applicability (ISO 27001 6.1.3 d): for each of the 93 Annex A controls applicable or
 * not with a justification either way, the implementation status derived from measures, documents and
 * evidence, approved with four eyes like a document. One working version at a time; the approved one
 * counts (its exclusions make controls not applicable in readiness) until the next is approved.
 */
@Stateless
public class SoaService {

    public static final String READ = ReadinessService.READ;
    public static final String EDIT = "readiness:edit";
    public static final String APPROVE = "readiness:approve";
    static final int MAX_JUSTIFICATION = 2000;

    /**
     * One control in a version. For a working version the status is live; for an approved or superseded
     * one it is the status frozen at approval, with its basis (measure, document and mapping codes).
     */
    public record SoaRow(long entryId, long entryVersion, long requirementId, String refId, String titleEn, String titleDe,
            String themeRef, Boolean applicable, String justification, ReadinessStatus status, String basis,
            List<Reason> reasons) implements Serializable {

        public String title(Locale locale) {
            boolean de = locale != null && "de".equals(locale.getLanguage());
            String t = de ? titleDe : titleEn;
            return t == null ? titleEn : t;
        }

        public boolean decided() {
            return applicable != null;
        }
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ReadinessFacts facts;

    @Inject
    ReadinessCache cache;

    @Inject
    AccessScope scope;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    /** All versions, newest first. */
    @RequiresPermission(READ)
    public List<SoaVersion> versions() {
        requireScope();
        return em.createNamedQuery("SoaVersion.all", SoaVersion.class).getResultList();
    }

    /** The working version if there is one, else the approved one, else null. */
    @RequiresPermission(READ)
    public SoaVersion current() {
        requireScope();
        List<SoaVersion> all = em.createNamedQuery("SoaVersion.withStatus", SoaVersion.class)
                .setParameter("statuses", List.of(SoaStatus.DRAFT, SoaStatus.IN_REVIEW, SoaStatus.APPROVED)).getResultList();
        return all.stream().filter(v -> v.getStatus().working()).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    /** The approved version in force, or null. */
    @RequiresPermission(READ)
    public SoaVersion approved() {
        requireScope();
        return em.createNamedQuery("SoaVersion.withStatus", SoaVersion.class)
                .setParameter("statuses", List.of(SoaStatus.APPROVED)).getResultStream().findFirst().orElse(null);
    }

    @RequiresPermission(READ)
    public SoaVersion version(long id) {
        requireScope();
        return find(id, false);
    }

    @RequiresPermission(READ)
    public List<SoaRow> rows(long versionId) {
        SoaVersion v = version(versionId);
        List<SoaEntry> entries = entries(v.getId());
        ReadinessEngine engine = v.getStatus().working() ? cache.get(LocalDate.now()).engine() : null;
        Map<Long, String> themes = themes(v.getStandard().getId());
        List<SoaRow> rows = new ArrayList<>(entries.size());
        for (SoaEntry e : entries) {
            Requirement r = e.getRequirement();
            ReadinessStatus status;
            String basis;
            List<Reason> reasons;
            if (engine != null) {
                ReadinessEngine.Result result = engine.evaluate(r.getId());
                // a working SoA shows what its own decision would make of the control
                if (Boolean.FALSE.equals(e.getApplicable())) {
                    status = ReadinessStatus.NOT_APPLICABLE;
                } else if (result.reasons().stream().anyMatch(x -> x.kind() == Reason.Kind.SOA_EXCLUDED)) {
                    // excluded by the approved version, not by this draft: judge it on its sources
                    status = without(result);
                } else {
                    status = result.status();
                }
                reasons = result.reasons().stream().filter(x -> x.kind() != Reason.Kind.SOA_EXCLUDED).toList();
                basis = basis(reasons);
            } else {
                status = e.getApprovedStatus() == null ? null : ReadinessStatus.valueOf(e.getApprovedStatus());
                basis = e.getApprovedBasis();
                reasons = List.of();
            }
            rows.add(new SoaRow(e.getId(), e.getVersion(), r.getId(), r.getRefId(), r.getTitleEn(), r.getTitleDe(),
                    themes.get(r.getId()), e.getApplicable(), e.getJustification(), status, basis, reasons));
        }
        return rows;
    }

    /** Starts the next working version: a copy of the approved one, or every Annex A control undecided. */
    @RequiresPermission(EDIT)
    public SoaVersion start() {
        requireScope();
        Long isoId = facts.iso27001();
        if (isoId == null) {
            throw new ValidationException("soa.catalog.missing");
        }
        List<SoaVersion> all = em.createNamedQuery("SoaVersion.all", SoaVersion.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (all.stream().anyMatch(v -> v.getStatus().working())) {
            throw new ValidationException("soa.working.exists");
        }
        SoaVersion previous = all.stream().filter(v -> v.getStatus() == SoaStatus.APPROVED).findFirst().orElse(null);
        Map<Long, SoaEntry> before = new HashMap<>();
        if (previous != null) {
            for (SoaEntry e : entries(previous.getId())) {
                before.put(e.getRequirement().getId(), e);
            }
        }
        Standard iso = em.find(Standard.class, isoId);
        int number = all.isEmpty() ? 1 : all.get(0).getNumber() + 1;
        SoaVersion v = new SoaVersion(iso, number, actor.name(), Instant.now(), null);
        em.persist(v);
        int order = 0;
        for (Requirement r : annexA(isoId)) {
            SoaEntry old = before.get(r.getId());
            em.persist(new SoaEntry(v, r, order++, old == null ? null : old.getApplicable(),
                    old == null ? null : old.getJustification()));
        }
        Edits.flush(em, "SoaVersion");
        audit.created("SoaVersion", v.getId(), v);
        return v;
    }

    /**
     * Decides one control in a draft: applicable or not ({@code null} takes the decision back), with a
     * justification either way.
     */
    @RequiresPermission(EDIT)
    public SoaEntry decide(long entryId, long seenVersion, Boolean applicable, String justification) {
        SoaEntry e = em.find(SoaEntry.class, entryId);
        if (e == null) {
            throw new NotFoundException("SoaEntry", entryId);
        }
        requireScope();
        SoaVersion v = find(e.getSoaVersion().getId(), true);
        requireDraft(v);
        Edits.expectVersion(seenVersion, e.getVersion(), "SoaEntry");
        String why;
        if (applicable == null) {
            why = Checks.optional(justification, MAX_JUSTIFICATION, "soa.justification.tooLong");
        } else {
            why = Checks.required(justification, MAX_JUSTIFICATION,
                    applicable ? "soa.justification.inclusion" : "soa.justification.exclusion");
        }
        Map<String, Object> before = e.auditState();
        e.decide(applicable, why);
        Map<String, Object> versionBefore = v.auditState();
        v.edited(actor.name(), null);
        Edits.flush(em, "SoaEntry");
        audit.updated("SoaEntry", e.getId(), before, e);
        if (!versionBefore.equals(v.auditState())) {
            audit.updated("SoaVersion", v.getId(), versionBefore, v);
        }
        return e;
    }

    /**
     * Decides every control still undecided in a draft the same way with one justification (e.g. "applicable:
     * result of the risk treatment plan"); returns how many. Decided controls stay as they are.
     */
    @RequiresPermission(EDIT)
    public int decideUndecided(long versionId, long seenVersion, boolean applicable, String justification) {
        SoaVersion v = find(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "SoaVersion");
        requireDraft(v);
        String why = Checks.required(justification, MAX_JUSTIFICATION,
                applicable ? "soa.justification.inclusion" : "soa.justification.exclusion");
        int n = 0;
        for (SoaEntry e : entries(versionId)) {
            if (!e.decided()) {
                Map<String, Object> before = e.auditState();
                e.decide(applicable, why);
                audit.updated("SoaEntry", e.getId(), before, e);
                n++;
            }
        }
        Map<String, Object> versionBefore = v.auditState();
        v.edited(actor.name(), null);
        Edits.flush(em, "SoaVersion");
        if (!versionBefore.equals(v.auditState())) {
            audit.updated("SoaVersion", v.getId(), versionBefore, v);
        }
        return n;
    }

    /** Draft → In review, once every control is decided. */
    @RequiresPermission(EDIT)
    public SoaVersion submit(long versionId, long seenVersion, String changeNote) {
        SoaVersion v = find(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "SoaVersion");
        requireDraft(v);
        List<String> open = entries(versionId).stream().filter(x -> !x.decided() || x.getJustification() == null)
                .map(x -> x.getRequirement().getRefId()).toList();
        if (!open.isEmpty()) {
            throw new ValidationException("soa.undecided", open.size(), String.join(", ", open.subList(0, Math.min(5, open.size()))));
        }
        String note = Checks.optional(changeNote, 1000, "soa.changeNote.tooLong");
        Map<String, Object> before = v.auditState();
        if (note != null) {
            v.edited(actor.name(), note);
        }
        v.submitted(actor.name(), Instant.now());
        Edits.flush(em, "SoaVersion");
        audit.updated("SoaVersion", v.getId(), before, v);
        return v;
    }

    /** In review → Draft, with the reviewer's reason in the trail. */
    @RequiresPermission(APPROVE)
    public SoaVersion returnToDraft(long versionId, long seenVersion, String reason) {
        SoaVersion v = find(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "SoaVersion");
        if (v.getStatus() != SoaStatus.IN_REVIEW) {
            throw new ValidationException("soa.transition.invalid", v.getStatus(), SoaStatus.DRAFT);
        }
        String why = Checks.required(reason, 1000, "soa.reason.required");
        Map<String, Object> before = v.auditState();
        v.returned();
        Edits.flush(em, "SoaVersion");
        audit.updated("SoaVersion", v.getId(), before, v);
        audit.event("SoaVersion", v.getId(), "RETURN", Map.of("reason", why));
        return v;
    }

    /**
     * In review → Approved, by someone who neither created, changed nor submitted this version. Freezes
     * each control's status and basis and seals the whole with a hash; the previous approved version is
     * superseded.
     */
    @RequiresPermission(APPROVE)
    public SoaVersion approve(long versionId, long seenVersion) {
        SoaVersion v = find(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "SoaVersion");
        if (v.getStatus() != SoaStatus.IN_REVIEW) {
            throw new ValidationException("soa.transition.invalid", v.getStatus(), SoaStatus.APPROVED);
        }
        String me = actor.name();
        if (v.involves(me)) {
            throw new ValidationException("soa.fourEyes");
        }
        Map<Long, SoaRow> byEntry = rows(versionId).stream().collect(Collectors.toMap(SoaRow::entryId, r -> r));
        String hash = freeze(entries(versionId), e -> byEntry.get(e.getId()).status(), e -> byEntry.get(e.getId()).basis());
        Instant now = Instant.now();
        for (SoaVersion old : em.createNamedQuery("SoaVersion.withStatus", SoaVersion.class)
                .setParameter("statuses", List.of(SoaStatus.APPROVED)).getResultList()) {
            Map<String, Object> oldBefore = old.auditState();
            old.superseded(now);
            audit.updated("SoaVersion", old.getId(), oldBefore, old);
        }
        Map<String, Object> before = v.auditState();
        v.approved(me, now, hash);
        Edits.flush(em, "SoaVersion");
        audit.updated("SoaVersion", v.getId(), before, v);
        return v;
    }

    /** Throws a working draft away (nothing approved is lost). */
    @RequiresPermission(EDIT)
    public void discard(long versionId, long seenVersion) {
        SoaVersion v = find(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "SoaVersion");
        requireDraft(v);
        Map<String, Object> before = v.auditState();
        for (SoaEntry e : entries(versionId)) {
            em.remove(e);
        }
        em.flush();
        em.remove(v);
        Edits.flush(em, "SoaVersion");
        audit.deleted("SoaVersion", versionId, before);
    }

    @RequiresPermission(READ)
    public byte[] pdf(long versionId, Locale locale) {
        SoaVersion v = version(versionId);
        return new SoaPdf().write(v, organisation(), rows(versionId), locale);
    }

    @RequiresPermission(READ)
    public byte[] xlsx(long versionId, Locale locale) {
        SoaVersion v = version(versionId);
        return new SoaSheet().write(v, organisation(), rows(versionId), locale);
    }

    // ---------------------------------------------------------------- internals

    private static ReadinessStatus without(ReadinessEngine.Result result) {
        ReadinessStatus best = ReadinessStatus.NOT_FULFILLED;
        for (Reason r : result.reasons()) {
            if (r.status() != null && r.kind() != Reason.Kind.SOA_EXCLUDED && r.status() != ReadinessStatus.NOT_APPLICABLE
                    && r.status().ordinal() < best.ordinal()) {
                best = r.status();
            }
        }
        return best;
    }

    /** The codes behind a status: measures (with valid evidence), documents, mapping paths. */
    static String basis(List<Reason> reasons) {
        List<String> parts = new ArrayList<>();
        for (Reason r : reasons) {
            if (r.status() == null || r.status() == ReadinessStatus.NOT_FULFILLED && r.kind() != Reason.Kind.MEASURE) {
                continue;
            }
            switch (r.kind()) {
                case MEASURE -> parts.add(r.subject() + (r.validEvidence() > 0 ? " (" + r.validEvidence() + " ✓)" : ""));
                case DOCUMENT -> parts.add(r.subject());
                case MAPPING -> parts.add(r.subject());
                default -> {
                }
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /**
     * Freezes each entry's status and basis as they are now and returns the SHA-256 sealing the version:
     * control, decision, justification, status and basis of every entry.
     */
    static String freeze(List<SoaEntry> entries, java.util.function.Function<SoaEntry, ReadinessStatus> status,
            java.util.function.Function<SoaEntry, String> basis) {
        StringBuilder sealed = new StringBuilder();
        for (SoaEntry e : entries) {
            ReadinessStatus st = status.apply(e);
            String full = basis.apply(e);
            String b = full == null ? null : truncate(full, 2000);
            e.frozen(st.name(), b);
            sealed.append(e.getRequirement().getRefId()).append('|').append(e.getApplicable()).append('|')
                    .append(e.getJustification()).append('|').append(st).append('|').append(b).append('\n');
        }
        return Sha256.hex(sealed.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private SoaVersion find(long id, boolean lock) {
        SoaVersion v = lock ? em.find(SoaVersion.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(SoaVersion.class, id);
        if (v == null) {
            throw new NotFoundException("SoaVersion", id);
        }
        return v;
    }

    private static void requireDraft(SoaVersion v) {
        if (v.getStatus() != SoaStatus.DRAFT) {
            throw new ValidationException("soa.notDraft", v.getNumber(), v.getStatus());
        }
    }

    /** The SoA is about ISO 27001: an auditor sees it only with that standard in scope. */
    private void requireScope() {
        Long iso = facts.iso27001();
        if (iso != null) {
            scope.requireStandard(iso);
        }
    }

    private List<SoaEntry> entries(long versionId) {
        return em.createNamedQuery("SoaEntry.ofVersion", SoaEntry.class).setParameter("version", versionId).getResultList();
    }

    private List<Requirement> annexA(long isoId) {
        return em.createQuery("SELECT r FROM Requirement r WHERE r.standard.id = :iso AND r.assessable = TRUE "
                + "AND r.refId LIKE 'A.%' ORDER BY r.sortOrder, r.id", Requirement.class).setParameter("iso", isoId)
                .getResultList().stream().sorted(java.util.Comparator.comparing(SoaService::controlOrder)).toList();
    }

    /** A.5.2 before A.5.10: numeric order of the control number. */
    static String controlOrder(Requirement r) {
        StringBuilder key = new StringBuilder();
        for (String part : r.getRefId().substring(2).split("\\.")) {
            key.append(String.format("%04d", parseOr(part)));
        }
        return key.toString();
    }

    private static int parseOr(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 9999;
        }
    }

    /** Theme of each Annex A control (its parent's reference, e.g. A.5). */
    private Map<Long, String> themes(long isoId) {
        Map<Long, String> themes = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.id, p.refId FROM Requirement r JOIN r.parent p WHERE r.standard.id = :iso",
                Object[].class).setParameter("iso", isoId).getResultList()) {
            themes.put((Long) r[0], (String) r[1]);
        }
        return themes;
    }

    private String organisation() {
        return em.createQuery("SELECT o.name FROM Organisation o", String.class).getResultStream().findFirst().orElse("");
    }
}
