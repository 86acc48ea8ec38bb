package org.custos.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.documents.control.DocumentContent;
import org.custos.documents.control.DocumentPdf;
import org.custos.documents.control.DocumentRegisterSheet;
import org.custos.documents.control.VersionDiff;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentAttachment;
import org.custos.documents.entity.DocumentAttachmentFile;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.documents.entity.DocumentVersion;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.ConflictException;
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
import org.custos.roles.control.TopManagement;
import org.custos.roles.entity.IsmsRole;
import org.custos.standards.entity.Requirement;

/**
 * Guideline management: the register of controlled documents, their versions and lifecycle
 * (Draft → In review → Approved → Published → Superseded / Withdrawn), four-eyes approval, the
 * hierarchy guideline → regulations → concepts with its traceability views, and reviews.
 *
 * <p>Every rule lives here, so the UI, the API and a direct call all meet the same checks; each
 * transition locks the version row, so two concurrent requests cannot both pass a check that only
 * one of them may pass.
 */
@Stateless
public class DocumentService {

    public static final String READ = "documents:read";
    public static final String EDIT = "documents:edit";
    public static final String APPROVE = "documents:approve";
    static final int MAX_CONTENT = 500_000;
    static final int MAX_REVIEW_MONTHS = 60;
    static final int MAX_DEPTH = 20;

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

    @Inject
    TopManagement topManagement;

    /** The register entry of a document: kind, code, place in the hierarchy, ownership, review interval. */
    public record DocumentInput(DocumentType type, String code, Long parentId, Long ownerId, Long roleId,
            Integer reviewMonths) implements Serializable {
    }

    /** What a version says. */
    public record TextInput(String title, String content, String changeNote, Set<Long> requirementIds)
            implements Serializable {
    }

    /** Filters of the register; null means any. */
    public record Filter(DocumentType type, DocumentStatus status, Long ownerId, LocalDate reviewDueBy)
            implements Serializable {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A document in the tree, loaded in one query for the whole organisation. */
    public record Node(long id, Long parentId, DocumentType type, String code, String title, DocumentStatus status,
            Integer publishedNumber, Integer workingNumber, boolean reviewNeeded, boolean reviewOverdue)
            implements Serializable {
    }

    /** A document whose parent is missing, withdrawn, not yet in force or of the wrong kind. */
    public record Orphan(Node document, String parentCode, String reason) implements Serializable {
    }

    /** One requirement of a standard and the documents in force that address it (none: a gap). */
    public record CoverageRow(long requirementId, String refId, String titleEn, String titleDe, int depth,
            boolean assessable, List<String> documents) implements Serializable {

        public boolean addressed() {
            return !documents.isEmpty();
        }
    }

    public record Coverage(long standardId, List<CoverageRow> rows) implements Serializable {

        public long assessable() {
            return rows.stream().filter(CoverageRow::assessable).count();
        }

        public long addressed() {
            return rows.stream().filter(r -> r.assessable() && r.addressed()).count();
        }

        public List<CoverageRow> gaps() {
            return rows.stream().filter(r -> r.assessable() && !r.addressed()).toList();
        }
    }

    // ---------------------------------------------------------------- reading

    @RequiresPermission(READ)
    public List<Document> documents(Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        StringBuilder jpql = new StringBuilder("SELECT d FROM Document d WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.type() != null) {
            jpql.append(" AND d.type = :type");
            params.put("type", f.type());
        }
        if (f.status() != null) {
            jpql.append(" AND d.status = :status");
            params.put("status", f.status());
        }
        if (f.ownerId() != null) {
            jpql.append(" AND d.owner.id = :owner");
            params.put("owner", f.ownerId());
        }
        if (f.reviewDueBy() != null) {
            jpql.append(" AND d.status = :published AND (d.nextReviewOn <= :due OR d.reviewNeeded = TRUE)");
            params.put("published", DocumentStatus.PUBLISHED);
            params.put("due", f.reviewDueBy());
        }
        jpql.append(" ORDER BY d.code");
        TypedQuery<Document> q = em.createQuery(jpql.toString(), Document.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    @RequiresPermission(READ)
    public Document document(long id) {
        return find(id);
    }

    @RequiresPermission(READ)
    public List<DocumentVersion> versions(long documentId) {
        find(documentId);
        return em.createNamedQuery("DocumentVersion.ofDocument", DocumentVersion.class)
                .setParameter("document", documentId).getResultList();
    }

    @RequiresPermission(READ)
    public DocumentVersion version(long documentId, int number) {
        return em.createNamedQuery("DocumentVersion.byNumber", DocumentVersion.class)
                .setParameter("document", documentId).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("DocumentVersion", documentId + "/" + number));
    }

    @RequiresPermission(READ)
    public DocumentVersion version(long versionId) {
        return findVersion(versionId, false);
    }

    /** Published documents whose review is due by the day or that a change above them flagged. */
    @RequiresPermission(READ)
    public List<Document> reviewsDue(LocalDate day) {
        return em.createNamedQuery("Document.reviewDue", Document.class).setParameter("day", day).getResultList();
    }

    /** The whole hierarchy as flat nodes (parents before nothing in particular; the caller nests them). */
    @RequiresPermission(READ)
    public List<Node> tree() {
        return em.createQuery("SELECT NEW org.custos.documents.boundary.DocumentService.Node(d.id, p.id, d.type, "
                + "d.code, d.title, d.status, d.publishedNumber, d.workingNumber, d.reviewNeeded, d.reviewOverdue) "
                + "FROM Document d LEFT JOIN d.parent p ORDER BY d.code", Node.class).getResultList();
    }

    /** Documents without a valid parent: none although their kind needs one, or one not in force. */
    @RequiresPermission(READ)
    public List<Orphan> orphans() {
        List<Node> nodes = tree();
        Map<Long, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, n -> n));
        List<Orphan> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.status() == DocumentStatus.WITHDRAWN) {
                continue;
            }
            Node parent = n.parentId() == null ? null : byId.get(n.parentId());
            String reason = parentProblem(n.type(), parent);
            if (reason != null) {
                out.add(new Orphan(n, parent == null ? null : parent.code(), reason));
            }
        }
        return out;
    }

    static String parentProblem(DocumentType type, Node parent) {
        if (parent == null) {
            return type.parentOptional() ? null : "missing";
        }
        if (!type.allowsParent(parent.type())) {
            return "wrongType";
        }
        if (parent.status() == DocumentStatus.WITHDRAWN) {
            return "withdrawn";
        }
        return parent.status() == DocumentStatus.PUBLISHED ? null : "notInForce";
    }

    /** Everything derived from the document: its children, their children, and so on. */
    @RequiresPermission(READ)
    public List<Node> derived(long documentId) {
        find(documentId);
        return descendants(tree(), documentId);
    }

    static List<Node> descendants(List<Node> nodes, long rootId) {
        Map<Long, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Node> out = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(rootId));
        Set<Long> seen = new HashSet<>(Set.of(rootId));
        while (!todo.isEmpty()) {
            for (Node c : children.getOrDefault(todo.poll(), List.of())) {
                if (seen.add(c.id())) {
                    out.add(c);
                    todo.add(c.id());
                }
            }
        }
        return out;
    }

    /** The chain from the top document down to this one (the derivation path). */
    @RequiresPermission(READ)
    public List<Document> path(long documentId) {
        List<Document> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Document d = find(documentId); d != null && seen.add(d.getId()); d = d.getParent()) {
            path.add(0, d);
        }
        return path;
    }

    /**
     * For each requirement of the standard: which documents in force address it directly. The
     * assessable ones with no such document are the gaps.
     */
    @RequiresPermission(READ)
    public Coverage coverage(long standardId) {
        scope.requireStandard(standardId);
        Map<Long, Set<String>> documents = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("SELECT dvr.requirement_id, d.code FROM document_version_requirement dvr "
                + "JOIN document_version v ON v.id = dvr.version_id JOIN document d ON d.id = v.document_id "
                + "JOIN requirement r ON r.id = dvr.requirement_id "
                + "WHERE v.status = 'PUBLISHED' AND d.status = 'PUBLISHED' AND r.standard_id = ?1")
                .setParameter(1, standardId).getResultList();
        for (Object[] link : links) {
            documents.computeIfAbsent(((Number) link[0]).longValue(), k -> new TreeSet<>()).add((String) link[1]);
        }
        Map<Long, Long> parents = new HashMap<>();
        List<CoverageRow> rows = em.createQuery("SELECT r.id, r.refId, r.titleEn, r.titleDe, r.depth, r.assessable, p.id "
                + "FROM Requirement r LEFT JOIN r.parent p WHERE r.standard.id = :standard "
                + "ORDER BY r.depth, r.sortOrder, r.id", Object[].class)
                .setParameter("standard", standardId).getResultStream()
                .map(r -> {
                    parents.put((Long) r[0], (Long) r[6]);
                    return new CoverageRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                            (Boolean) r[5], List.copyOf(documents.getOrDefault((Long) r[0], Set.of())));
                })
                .toList();
        return new Coverage(standardId, ordered(rows, parents));
    }

    /** Puts the rows in tree order (depth-first), as a reader of the standard expects. */
    private static List<CoverageRow> ordered(List<CoverageRow> rows, Map<Long, Long> parents) {
        Map<Long, List<CoverageRow>> children = new LinkedHashMap<>();
        List<CoverageRow> roots = new ArrayList<>();
        for (CoverageRow r : rows) {
            Long parent = parents.get(r.requirementId());
            if (parent == null) {
                roots.add(r);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
            }
        }
        List<CoverageRow> out = new ArrayList<>(rows.size());
        Deque<CoverageRow> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            CoverageRow r = stack.pop();
            out.add(r);
            List<CoverageRow> c = children.getOrDefault(r.requirementId(), List.of());
            for (int i = c.size() - 1; i >= 0; i--) {
                stack.push(c.get(i));
            }
        }
        return out;
    }

    /** Compares two versions of a document (older first). */
    @RequiresPermission(READ)
    public VersionDiff.Result compare(long documentId, int from, int to) {
        DocumentVersion a = version(documentId, Math.min(from, to));
        DocumentVersion b = version(documentId, Math.max(from, to));
        Map<Long, String> labels = new HashMap<>();
        Set<Long> ids = new HashSet<>(a.getRequirementIds());
        ids.addAll(b.getRequirementIds());
        if (!ids.isEmpty()) {
            em.createQuery("SELECT r.id, r.standard.code, r.refId FROM Requirement r WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(r -> labels.put((Long) r[0], r[1] + " " + r[2]));
        }
        return VersionDiff.compare(a, b, id -> labels.getOrDefault(id, "#" + id));
    }

    /** The requirements a version addresses, in a stable order. */
    @RequiresPermission(READ)
    public List<Requirement> requirements(long versionId) {
        DocumentVersion v = findVersion(versionId, false);
        if (v.getRequirementIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Requirement r WHERE r.id IN :ids ORDER BY r.standard.code, r.depth, r.sortOrder",
                Requirement.class).setParameter("ids", v.getRequirementIds()).getResultList();
    }

    @RequiresPermission(READ)
    public List<DocumentAttachment> attachments(long versionId) {
        return em.createNamedQuery("DocumentAttachment.ofVersion", DocumentAttachment.class)
                .setParameter("version", versionId).getResultList();
    }

    /** An attached file for download. */
    public record AttachmentDownload(String fileName, String contentType, String sha256, byte[] data) {
    }

    @RequiresPermission(READ)
    public AttachmentDownload attachment(long id) {
        DocumentAttachment a = em.find(DocumentAttachment.class, id);
        DocumentAttachmentFile file = em.find(DocumentAttachmentFile.class, id);
        if (a == null || file == null) {
            throw new NotFoundException("DocumentAttachment", id);
        }
        return new AttachmentDownload(a.getFileName(), a.getContentType(), a.getSha256(), file.getData());
    }

    /** The version as PDF with its approval block and derivation path. */
    @RequiresPermission(READ)
    public byte[] pdf(long versionId, Locale locale) {
        DocumentVersion v = findVersion(versionId, false);
        String organisation = em.createQuery("SELECT o.name FROM Organisation o", String.class).getResultStream()
                .findFirst().orElse("");
        return new DocumentPdf().write(v, new DocumentPdf.Context(organisation, path(v.getDocument().getId()),
                requirements(versionId), attachments(versionId)), locale);
    }

    /** The register (all documents) as XLSX. */
    @RequiresPermission(READ)
    public byte[] registerXlsx(Locale locale) {
        return new DocumentRegisterSheet().write(documents(Filter.ALL), locale);
    }

    // ---------------------------------------------------------------- writing

    /** Registers a new document with its first draft. */
    @RequiresPermission(EDIT)
    public Document create(DocumentInput meta, TextInput text) {
        if (meta == null || meta.type() == null) {
            throw new ValidationException("document.type.required");
        }
        String code = code(meta.code(), null);
        if (meta.type().single()) {
            em.createNamedQuery("Document.inForceOfType", Document.class).setParameter("type", meta.type())
                    .getResultStream().findFirst().ifPresent(other -> {
                        throw new ValidationException("document.single", other.getCode());
                    });
        }
        TextInput t = text(text);
        Document d = new Document(meta.type(), code, t.title());
        place(d, meta, code);
        em.persist(d);
        DocumentVersion v = new DocumentVersion(d, 1, actor.name(), now());
        v.write(t.title(), t.content(), t.changeNote(), t.requirementIds(), actor.name());
        v.snapshot(d);
        em.persist(v);
        d.working(v);
        em.flush();
        audit.created("Document", d.getId(), d);
        audit.created("DocumentVersion", v.getId(), v);
        return d;
    }

    /** Changes the register entry (code, parent, owner, role, review interval); versions stay as they are. */
    @RequiresPermission(EDIT)
    public Document update(long id, long seenVersion, DocumentInput meta) {
        Document d = lockDocument(id);
        Edits.expectVersion(seenVersion, d.getVersion(), "Document");
        if (d.getStatus() == DocumentStatus.WITHDRAWN) {
            throw new ValidationException("document.withdrawn");
        }
        if (meta.type() != null && meta.type() != d.getType()) {
            throw new ValidationException("document.type.fixed");
        }
        Map<String, Object> before = d.auditState();
        String code = code(meta.code(), id);
        place(d, new DocumentInput(d.getType(), code, meta.parentId(), meta.ownerId(), meta.roleId(), meta.reviewMonths()),
                code);
        if (d.getWorkingNumber() != null) {
            DocumentVersion working = version(id, d.getWorkingNumber());
            if (working.getStatus() == DocumentStatus.DRAFT) {
                working.snapshot(d);
            }
        }
        Edits.flush(em, "Document");
        audit.updated("Document", d.getId(), before, d);
        return d;
    }

    /** Changes a draft. A version in review, approved or published cannot be edited in place. */
    @RequiresPermission(EDIT)
    public DocumentVersion edit(long versionId, long seenVersion, TextInput text) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        requireDraft(v);
        TextInput t = text(text);
        Map<String, Object> before = v.auditState();
        v.write(t.title(), t.content(), t.changeNote(), t.requirementIds(), actor.name());
        v.snapshot(v.getDocument());
        v.getDocument().working(v);
        Edits.flush(em, "DocumentVersion");
        audit.updated("DocumentVersion", v.getId(), before, v);
        return v;
    }

    /** Starts the next version from the one in force; the published version stays in force meanwhile. */
    @RequiresPermission(EDIT)
    public DocumentVersion newDraft(long documentId) {
        Document d = lockDocument(documentId);
        if (d.getStatus() == DocumentStatus.WITHDRAWN) {
            throw new ValidationException("document.withdrawn");
        }
        if (d.getWorkingNumber() != null) {
            throw new ValidationException("document.draft.exists", d.getWorkingNumber());
        }
        DocumentVersion from = version(documentId, d.getPublishedNumber());
        DocumentVersion v = new DocumentVersion(d, from.getNumber() + 1, actor.name(), now());
        v.write(from.getTitle(), from.getContent(), null, from.getRequirementIds(), actor.name());
        v.snapshot(d);
        em.persist(v);
        for (DocumentAttachment a : attachments(from.getId())) {
            DocumentAttachment copy = a.copyTo(v);
            em.persist(copy);
            em.flush();
            em.persist(new DocumentAttachmentFile(copy.getId(), em.find(DocumentAttachmentFile.class, a.getId()).getData()));
        }
        Map<String, Object> before = d.auditState();
        d.working(v);
        Edits.flush(em, "Document");
        audit.created("DocumentVersion", v.getId(), v);
        audit.updated("Document", d.getId(), before, d);
        return v;
    }

    /** Throws a draft away; a document that never was published goes with its only draft. */
    @RequiresPermission(EDIT)
    public void discard(long versionId, long seenVersion) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        requireDraft(v);
        Document d = v.getDocument();
        Map<String, Object> before = v.auditState();
        attachments(v.getId()).forEach(this::removeAttachment);
        em.remove(v);
        audit.deleted("DocumentVersion", v.getId(), before);
        if (d.getPublishedNumber() == null) {
            long children = em.createQuery("SELECT COUNT(c) FROM Document c WHERE c.parent.id = :id", Long.class)
                    .setParameter("id", d.getId()).getSingleResult();
            if (children > 0) {
                throw new ValidationException("document.hasChildren", children);
            }
            long measures = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM measure_document WHERE document_id = ?1")
                    .setParameter(1, d.getId()).getSingleResult()).longValue();
            if (measures > 0) {
                throw new ValidationException("document.regulatesMeasures", measures);
            }
            raci.forget(RaciSubject.DOCUMENT, d.getId());
            Map<String, Object> docBefore = d.auditState();
            em.flush();
            em.remove(d);
            audit.deleted("Document", d.getId(), docBefore);
        } else {
            Map<String, Object> docBefore = d.auditState();
            d.noWorkingVersion();
            audit.updated("Document", d.getId(), docBefore, d);
        }
        Edits.flush(em, "Document");
    }

    @RequiresPermission(EDIT)
    public DocumentAttachment attach(long versionId, long seenVersion, String fileName, String contentType, byte[] data) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        requireDraft(v);
        Attachments.Checked file = Attachments.check(fileName, contentType, data);
        virusScan.scan(file.fileName(), data);
        DocumentAttachment a = new DocumentAttachment(v, file.fileName(), file.contentType(), data.length,
                Sha256.hex(data), actor.name(), now());
        em.persist(a);
        em.flush();
        em.persist(new DocumentAttachmentFile(a.getId(), data));
        v.getEditors().add(actor.name());
        Edits.flush(em, "DocumentVersion");
        audit.created("DocumentAttachment", a.getId(), a);
        return a;
    }

    @RequiresPermission(EDIT)
    public void detach(long attachmentId) {
        DocumentAttachment a = em.find(DocumentAttachment.class, attachmentId);
        if (a == null) {
            throw new NotFoundException("DocumentAttachment", attachmentId);
        }
        DocumentVersion v = findVersion(a.getDocumentVersion().getId(), true);
        requireDraft(v);
        Map<String, Object> before = a.auditState();
        removeAttachment(a);
        v.getEditors().add(actor.name());
        Edits.flush(em, "DocumentVersion");
        audit.deleted("DocumentAttachment", attachmentId, before);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Draft → In review. */
    @RequiresPermission(EDIT)
    public DocumentVersion submit(long versionId, long seenVersion) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        requireDraft(v);
        if (v.getContent() == null && attachments(v.getId()).isEmpty()) {
            throw new ValidationException("document.empty");
        }
        return transition(v, () -> v.submitted(actor.name(), now()));
    }

    /** In review or approved → back to draft, with the reviewer's reason in the trail. */
    @RequiresPermission(APPROVE)
    public DocumentVersion returnToDraft(long versionId, long seenVersion, String reason) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        if (v.getStatus() != DocumentStatus.IN_REVIEW && v.getStatus() != DocumentStatus.APPROVED) {
            throw new ValidationException("document.transition.invalid", v.getStatus(), DocumentStatus.DRAFT);
        }
        String why = Checks.required(reason, 1000, "document.reason.required");
        transition(v, v::returned);
        audit.event("DocumentVersion", v.getId(), "RETURN", Map.of("reason", why));
        return v;
    }

    /**
     * In review → Approved, by someone who neither wrote, changed nor submitted this version; the guideline
     * and the scope statement only by a holder of the top-management role.
     */
    @RequiresPermission(APPROVE)
    public DocumentVersion approve(long versionId, long seenVersion) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        if (v.getStatus() != DocumentStatus.IN_REVIEW) {
            throw new ValidationException("document.transition.invalid", v.getStatus(), DocumentStatus.APPROVED);
        }
        String me = actor.name();
        if (me.equals(v.getCreatedBy()) || v.getEditors().contains(me) || me.equals(v.getSubmittedBy())) {
            throw new ValidationException("document.fourEyes.author");
        }
        if (v.getDocument().getType().topManagementApproves() && !topManagement.heldBy(me)) {
            throw new ValidationException("document.fourEyes.topManagement");
        }
        String hash = hash(v);
        return transition(v, () -> v.approved(me, now(), hash));
    }

    /** Approved → Published: the version comes into force, the one before it is superseded. */
    @RequiresPermission(APPROVE)
    public DocumentVersion publish(long versionId, long seenVersion) {
        DocumentVersion v = findVersion(versionId, true);
        Edits.expectVersion(seenVersion, v.getVersion(), "DocumentVersion");
        if (v.getStatus() != DocumentStatus.APPROVED) {
            throw new ValidationException("document.transition.invalid", v.getStatus(), DocumentStatus.PUBLISHED);
        }
        if (!hash(v).equals(v.getContentHash())) {
            throw new ConflictException("document.hash.mismatch");
        }
        Document d = lockDocument(v.getDocument().getId());
        Document parent = d.getParent();
        if (parent != null && !parent.isInForce()) {
            throw new ValidationException("document.parent.notInForce", parent.getCode());
        }
        if (d.getType().single()) {
            em.createNamedQuery("Document.inForceOfType", Document.class).setParameter("type", d.getType())
                    .getResultStream().filter(o -> !o.getId().equals(d.getId())).findFirst().ifPresent(other -> {
                        throw new ValidationException("document.single", other.getCode());
                    });
        }
        Map<String, Object> docBefore = d.auditState();
        Integer previous = d.getPublishedNumber();
        if (previous != null) {
            DocumentVersion old = version(d.getId(), previous);
            Map<String, Object> oldBefore = old.auditState();
            old.retired(DocumentStatus.SUPERSEDED, actor.name(), now());
            audit.updated("DocumentVersion", old.getId(), oldBefore, old);
        }
        transition(v, () -> v.published(actor.name(), now()));
        d.published(v, LocalDate.now());
        audit.updated("Document", d.getId(), docBefore, d);
        if (previous != null) {
            flagDerived(d, "changed:" + d.getCode() + " v" + v.getNumber());
        }
        Edits.flush(em, "Document");
        return v;
    }

    /** Takes a document out of force; everything derived from it must then be looked at. */
    @RequiresPermission(APPROVE)
    public Document withdraw(long documentId, long seenVersion, String reason) {
        Document d = lockDocument(documentId);
        Edits.expectVersion(seenVersion, d.getVersion(), "Document");
        if (d.getStatus() == DocumentStatus.WITHDRAWN) {
            throw new ValidationException("document.withdrawn");
        }
        String why = Checks.required(reason, 1000, "document.reason.required");
        Map<String, Object> before = d.auditState();
        for (DocumentVersion v : versions(documentId)) {
            if (v.getStatus() == DocumentStatus.PUBLISHED || v.getStatus().working()) {
                Map<String, Object> vBefore = v.auditState();
                v.retired(DocumentStatus.WITHDRAWN, actor.name(), now());
                audit.updated("DocumentVersion", v.getId(), vBefore, v);
            }
        }
        d.withdrawn();
        audit.updated("Document", d.getId(), before, d);
        audit.event("Document", d.getId(), "WITHDRAW", Map.of("reason", why));
        flagDerived(d, "withdrawn:" + d.getCode());
        Edits.flush(em, "Document");
        return d;
    }

    /**
     * The owner (or someone who may approve documents) confirms that the document in force is still
     * right: the review is recorded, the next one scheduled, a "review needed" flag cleared.
     */
    @RequiresPermission(READ)
    public Document confirmReview(long documentId, long seenVersion, String note) {
        Document d = lockDocument(documentId);
        Edits.expectVersion(seenVersion, d.getVersion(), "Document");
        if (!isOwner(d) && !actor.isPermitted(APPROVE)) {
            throw new NotPermittedException("documents:review");
        }
        if (d.getStatus() != DocumentStatus.PUBLISHED) {
            throw new ValidationException("document.review.notInForce");
        }
        String n = Checks.optional(note, 1000, "document.text.invalid");
        Map<String, Object> before = d.auditState();
        d.reviewed(LocalDate.now(), actor.name());
        Edits.flush(em, "Document");
        audit.updated("Document", d.getId(), before, d);
        audit.event("Document", d.getId(), "REVIEW_CONFIRMED",
                n == null ? Map.of("version", d.getPublishedNumber()) : Map.of("version", d.getPublishedNumber(), "note", n));
        return d;
    }

    /** Whether the current user is the document's owner (the person linked to their account). */
    @RequiresPermission(READ)
    public boolean isOwner(Document d) {
        return d.getOwner() != null && d.getOwner().getUser() != null
                && d.getOwner().getUser().getUsername().equals(actor.name());
    }

    // ---------------------------------------------------------------- internals

    private DocumentVersion transition(DocumentVersion v, Runnable change) {
        Map<String, Object> before = v.auditState();
        Document d = v.getDocument();
        Map<String, Object> docBefore = d.auditState();
        change.run();
        d.working(v);
        Edits.flush(em, "DocumentVersion");
        audit.updated("DocumentVersion", v.getId(), before, v);
        if (!docBefore.equals(d.auditState())) {
            audit.updated("Document", d.getId(), docBefore, d);
        }
        return v;
    }

    /** Flags every document below this one "review needed", with the cause. */
    private void flagDerived(Document changed, String cause) {
        Instant at = now();
        List<Long> published = descendants(tree(), changed.getId()).stream()
                .filter(n -> n.status() == DocumentStatus.PUBLISHED).map(Node::id).toList();
        if (published.isEmpty()) {
            return;
        }
        for (Document c : em.createQuery("SELECT d FROM Document d WHERE d.id IN :ids", Document.class)
                .setParameter("ids", published).getResultList()) {
            Map<String, Object> before = c.auditState();
            c.flagReviewNeeded(cause, at);
            audit.updated("Document", c.getId(), before, c);
        }
    }

    String hash(DocumentVersion v) {
        return DocumentContent.seal(v, attachments(v.getId()));
    }

    private void removeAttachment(DocumentAttachment a) {
        DocumentAttachmentFile file = em.find(DocumentAttachmentFile.class, a.getId());
        if (file != null) {
            em.remove(file);
            em.flush();
        }
        em.remove(a);
    }

    private static void requireDraft(DocumentVersion v) {
        switch (v.getStatus()) {
            case DRAFT -> {
            }
            case PUBLISHED, SUPERSEDED, WITHDRAWN -> throw new ValidationException("document.version.immutable",
                    v.getNumber());
            default -> throw new ValidationException("document.version.notDraft", v.getNumber());
        }
    }

    private String code(String raw, Long self) {
        String code = Checks.required(raw, 40, "document.code.invalid");
        if (!code.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*")) {
            throw new ValidationException("document.code.invalid", 40);
        }
        em.createNamedQuery("Document.byCode", Document.class).setParameter("code", code.toLowerCase())
                .getResultStream().filter(o -> !o.getId().equals(self)).findFirst().ifPresent(o -> {
                    throw new ValidationException("document.code.taken", code);
                });
        return code;
    }

    /** Checks and sets parent, owner, role and review interval. */
    private void place(Document d, DocumentInput meta, String code) {
        Document parent = null;
        if (meta.parentId() != null) {
            parent = find(meta.parentId());
            if (!d.getType().allowsParent(parent.getType())) {
                throw new ValidationException("document.parent.type", d.getType(), parent.getType());
            }
            if (parent.getStatus() == DocumentStatus.WITHDRAWN) {
                throw new ValidationException("document.parent.withdrawn", parent.getCode());
            }
            int depth = 0;
            for (Document p = parent; p != null; p = p.getParent()) {
                if (d.getId() != null && d.getId().equals(p.getId())) {
                    throw new ValidationException("document.parent.cycle", parent.getCode());
                }
                if (++depth > MAX_DEPTH) {
                    throw new ValidationException("document.parent.tooDeep", MAX_DEPTH);
                }
            }
        } else if (!d.getType().parentOptional()) {
            throw new ValidationException("document.parent.required", d.getType());
        }
        Person owner = null;
        if (meta.ownerId() != null) {
            owner = em.find(Person.class, meta.ownerId());
            if (owner == null) {
                throw new NotFoundException("Person", meta.ownerId());
            }
        } else {
            throw new ValidationException("document.owner.required");
        }
        IsmsRole role = null;
        if (meta.roleId() != null) {
            role = em.find(IsmsRole.class, meta.roleId());
            if (role == null) {
                throw new NotFoundException("IsmsRole", meta.roleId());
            }
        }
        int months = meta.reviewMonths() == null ? 12 : meta.reviewMonths();
        if (months < 1 || months > MAX_REVIEW_MONTHS) {
            throw new ValidationException("document.review.interval", MAX_REVIEW_MONTHS);
        }
        d.describe(code, parent, owner, role, months);
    }

    private TextInput text(TextInput in) {
        if (in == null) {
            throw new ValidationException("document.title.invalid", 300);
        }
        String title = Checks.required(in.title(), 300, "document.title.invalid");
        if (in.content() != null && in.content().length() > MAX_CONTENT) {
            throw new ValidationException("document.content.tooLong", MAX_CONTENT);
        }
        String content = DocumentContent.sanitize(in.content());
        String note = Checks.optional(in.changeNote(), 1000, "document.text.invalid");
        Set<Long> reqs = in.requirementIds() == null ? Set.of() : new TreeSet<>(in.requirementIds());
        if (!reqs.isEmpty()) {
            List<Long> found = em.createQuery("SELECT r.id FROM Requirement r WHERE r.id IN :ids", Long.class)
                    .setParameter("ids", reqs).getResultList();
            Set<Long> missing = new TreeSet<>(reqs);
            found.forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw new NotFoundException("Requirement", missing.iterator().next());
            }
        }
        return new TextInput(title, content, note, reqs);
    }

    private Document find(long id) {
        Document d = em.find(Document.class, id);
        if (d == null) {
            throw new NotFoundException("Document", id);
        }
        return d;
    }

    private Document lockDocument(long id) {
        Document d = em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException("Document", id);
        }
        return d;
    }

    private DocumentVersion findVersion(long id, boolean lock) {
        DocumentVersion v = lock ? em.find(DocumentVersion.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DocumentVersion.class, id);
        if (v == null) {
            throw new NotFoundException("DocumentVersion", id);
        }
        return v;
    }

    private static Instant now() {
        return Instant.now();
    }
}
