package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.boundary.DocumentService.DocumentInput;
import org.custos.documents.boundary.DocumentService.TextInput;
import org.custos.documents.boundary.ReviewTimer;
import org.custos.documents.control.VersionDiff;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.documents.entity.DocumentType;
import org.custos.documents.entity.DocumentVersion;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.CustosException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.boundary.RoleService.AppointmentInput;
import org.custos.roles.entity.IsmsRole;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after FirstRunJourneyIT (alphabetical). Guideline management through the boundary directly:
 * lifecycle, four-eyes (also concurrent and via return-edit-approve), hierarchy rules, flag-down,
 * orphans, coverage, reviews and exports.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanDocumentsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(PlanDocumentsIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    DocumentService documents;

    @Inject
    ReviewTimer reviews;

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    StandardsService standards;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static TextInput text(String title, String html, Long... requirements) {
        return new TextInput(title, html, null, Set.of(requirements));
    }

    private void ensureOrganisation() {
        if (organisation.organisation().isEmpty()) {
            organisation.saveProfile(null, "Klinikum Teststadt", EnumSet.of(Sector.HOSPITAL), RegulatoryCategory.CRITICAL_FACILITY);
        }
    }

    /** A person linked to a new account with the given app role; the account stays logged in. */
    private Person personFor(String username) {
        return organisation.createPerson("Person " + username, null, username + "@example.org", null,
                rules.findByUsername(username).getId());
    }

    private IsmsRole role(String code) {
        return roles.roles().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
    }

    /** Logs in as a new ISMS manager who also holds top management (a person linked to the account). */
    private String topManager() throws Exception {
        String name = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        ensureOrganisation();
        Person boss = personFor(name);
        roles.createActive(new AppointmentInput(boss.getId(), role(IsmsRole.TOP_MANAGEMENT).getId(), Set.of(), null, null,
                LocalDate.now().minusDays(1), null, null, null));
        return name;
    }

    /** The guideline in force, written and published here if this is the first test to need it. */
    private Document guideline() throws Exception {
        String author = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        ensureOrganisation();
        List<Document> existing = documents.documents(new DocumentService.Filter(DocumentType.GUIDELINE,
                DocumentStatus.PUBLISHED, null, null));
        if (!existing.isEmpty()) {
            SecurityUtils.getSubject().logout();
            return existing.get(0);
        }
        Person owner = personFor(author);
        Document g = documents.create(new DocumentInput(DocumentType.GUIDELINE, "LL-IS", null, owner.getId(), null, 24),
                text("Leitlinie zur Informationssicherheit", "<p>Die Geschäftsführung bekennt sich zur Informationssicherheit.</p>"));
        DocumentVersion v = documents.submit(documents.version(g.getId(), 1).getId(), documents.version(g.getId(), 1).getVersion());
        SecurityUtils.getSubject().logout();
        topManager();
        v = documents.approve(v.getId(), v.getVersion());
        documents.publish(v.getId(), v.getVersion());
        Document published = documents.document(g.getId());
        SecurityUtils.getSubject().logout();
        return published;
    }

    /** Creates, submits, approves (as someone else) and publishes a document; returns it. */
    private Document published(DocumentType type, Long parentId, String html, Long... requirements) throws Exception {
        String author = ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Person owner = personFor(author);
        Document d = documents.create(new DocumentInput(type, unique(type.name().substring(0, 2)), parentId, owner.getId(),
                null, 12), text(type + " " + UUID.randomUUID(), html, requirements));
        DocumentVersion v = documents.version(d.getId(), 1);
        v = documents.submit(v.getId(), v.getVersion());
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        v = documents.approve(v.getId(), v.getVersion());
        documents.publish(v.getId(), v.getVersion());
        Document published = documents.document(d.getId());
        SecurityUtils.getSubject().logout();
        return published;
    }

    @Test
    public void lifecycleFromDraftToSupersededWithFourEyes() throws Exception {
        Document guideline = guideline();
        String editor = ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Person owner = personFor(editor);
        Document reg = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL-NET"), guideline.getId(),
                owner.getId(), role("IT_LEAD").getId(), 12),
                text("Netzsicherheit", "<p>Netze werden <strong>segmentiert</strong>.</p><script>alert(1)</script>"));
        DocumentVersion v1 = documents.version(reg.getId(), 1);
        assertEquals(DocumentStatus.DRAFT, v1.getStatus());
        assertFalse(v1.getContent().contains("script"), "sanitised on save: " + v1.getContent());
        v1 = documents.edit(v1.getId(), v1.getVersion(), text("Netzsicherheit", "<p>Netze werden segmentiert.</p><p>Eine Firewall trennt sie.</p>"));
        long stale = v1.getVersion() - 1;
        long staleId = v1.getId();
        assertThrows(ConflictException.class, () -> documents.edit(staleId, stale, text("X", "<p>x</p>")),
                "a stale edit is an optimistic-lock conflict");
        v1 = documents.submit(v1.getId(), v1.getVersion());
        assertEquals(DocumentStatus.IN_REVIEW, v1.getStatus());
        DocumentVersion inReview = v1;
        assertEquals("document.version.notDraft", assertThrows(ValidationException.class,
                () -> documents.edit(inReview.getId(), inReview.getVersion(), text("X", "<p>x</p>"))).messageKey());
        assertThrows(NotPermittedException.class, () -> documents.approve(inReview.getId(), inReview.getVersion()),
                "an editor may not approve at all");

        // A manager who returns the version, edits it and resubmits has become an editor of it.
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        DocumentVersion back = documents.returnToDraft(v1.getId(), v1.getVersion(), "Bitte Firewall-Regeln ergänzen");
        assertEquals(DocumentStatus.DRAFT, back.getStatus());
        back = documents.edit(back.getId(), back.getVersion(),
                text("Netzsicherheit", "<p>Netze werden segmentiert.</p><p>Eine Firewall trennt sie; Regeln werden jährlich geprüft.</p>"));
        back = documents.submit(back.getId(), back.getVersion());
        DocumentVersion resubmitted = back;
        assertEquals("document.fourEyes.author", assertThrows(ValidationException.class,
                () -> documents.approve(resubmitted.getId(), resubmitted.getVersion())).messageKey());

        // Two approvers at the same moment: exactly one wins.
        String a1 = ItUsers.create(rules, tx, Role.ISMS_MANAGER);
        String a2 = ItUsers.create(rules, tx, Role.ISMS_MANAGER);
        List<Object> outcomes = race(as(a1, () -> documents.approve(resubmitted.getId(), resubmitted.getVersion())),
                as(a2, () -> documents.approve(resubmitted.getId(), resubmitted.getVersion())));
        assertEquals(1, outcomes.stream().filter(DocumentVersion.class::isInstance).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter(CustosException.class::isInstance).count(), outcomes.toString());
        DocumentVersion approved = documents.version(reg.getId(), 1);
        assertEquals(DocumentStatus.APPROVED, approved.getStatus());
        assertNotNull(approved.getContentHash());
        assertTrue(Set.of(a1, a2).contains(approved.getApprovedBy()));

        DocumentVersion published = documents.publish(approved.getId(), approved.getVersion());
        assertEquals(DocumentStatus.PUBLISHED, published.getStatus());
        assertEquals(DocumentStatus.PUBLISHED, documents.document(reg.getId()).getStatus());
        assertEquals(LocalDate.now().plusMonths(12), documents.document(reg.getId()).getNextReviewOn());
        assertEquals("document.version.immutable", assertThrows(ValidationException.class,
                () -> documents.edit(published.getId(), published.getVersion(), text("X", "<p>x</p>"))).messageKey(),
                "editing a published version in place");

        // A new draft; the published version stays in force until the new one is published.
        DocumentVersion v2 = documents.newDraft(reg.getId());
        assertEquals(2, v2.getNumber());
        assertEquals("document.draft.exists", assertThrows(ValidationException.class,
                () -> documents.newDraft(reg.getId())).messageKey());
        v2 = documents.edit(v2.getId(), v2.getVersion(), new TextInput("Netzsicherheit und Segmentierung",
                "<p>Netze werden segmentiert.</p><p>Medizingeräte stehen in einem eigenen Netz.</p>", "Medizingeräte", Set.of()));
        assertEquals(DocumentStatus.PUBLISHED, documents.document(reg.getId()).getStatus());
        assertEquals(1, documents.document(reg.getId()).getPublishedNumber());
        v2 = documents.submit(v2.getId(), v2.getVersion());
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        v2 = documents.approve(v2.getId(), v2.getVersion());
        documents.publish(v2.getId(), v2.getVersion());
        assertEquals(DocumentStatus.SUPERSEDED, documents.version(reg.getId(), 1).getStatus());
        assertEquals(2, documents.document(reg.getId()).getPublishedNumber());
        assertEquals("Netzsicherheit und Segmentierung", documents.document(reg.getId()).getTitle());

        VersionDiff.Result diff = documents.compare(reg.getId(), 1, 2);
        assertTrue(diff.fields().stream().anyMatch(f -> f.name().equals("title")), diff.toString());
        assertTrue(diff.lines().stream().anyMatch(l -> l.kind() == VersionDiff.Line.Kind.ADDED
                && l.text().contains("Medizingeräte")), diff.toString());
        assertTrue(diff.lines().stream().anyMatch(l -> l.kind() == VersionDiff.Line.Kind.REMOVED
                && l.text().contains("Firewall")), diff.toString());
        assertTrue(diff.lines().stream().anyMatch(l -> l.kind() == VersionDiff.Line.Kind.SAME
                && l.text().equals("Netze werden segmentiert.")), diff.toString());

        byte[] pdf = documents.pdf(documents.version(reg.getId(), 2).getId(), Locale.GERMAN);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        byte[] xlsx = documents.registerXlsx(Locale.ENGLISH);
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
    }

    @Test
    public void guidelineNeedsTopManagementAndItsChangeFlowsDown() throws Exception {
        Document guideline = guideline();
        Document reg = published(DocumentType.REGULATION, guideline.getId(), "<p>Zugänge werden geprüft.</p>");
        Document concept = published(DocumentType.CONCEPT, reg.getId(), "<p>Rezertifizierung halbjährlich.</p>");
        assertFalse(concept.isReviewNeeded());

        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        assertEquals("document.single", assertThrows(ValidationException.class, () -> documents.create(
                new DocumentInput(DocumentType.GUIDELINE, unique("LL"), null, guideline.getOwner().getId(), null, 12),
                text("Zweite Leitlinie", "<p>x</p>"))).messageKey(), "one guideline per organisation");
        DocumentVersion draft = documents.newDraft(guideline.getId());
        draft = documents.edit(draft.getId(), draft.getVersion(), text(draft.getTitle(),
                draft.getContent() + "<p>Neu: Informationssicherheit ist Teil der Patientensicherheit.</p>"));
        draft = documents.submit(draft.getId(), draft.getVersion());
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        DocumentVersion submitted = draft;
        assertEquals("document.fourEyes.topManagement", assertThrows(ValidationException.class,
                () -> documents.approve(submitted.getId(), submitted.getVersion())).messageKey(),
                "an ISMS manager without top management may not approve the guideline");
        SecurityUtils.getSubject().logout();

        topManager();
        draft = documents.approve(draft.getId(), draft.getVersion());
        documents.publish(draft.getId(), draft.getVersion());

        Document flaggedReg = documents.document(reg.getId());
        Document flaggedConcept = documents.document(concept.getId());
        assertTrue(flaggedReg.isReviewNeeded(), "a change of the guideline flows down");
        assertTrue(flaggedConcept.isReviewNeeded(), "to everything derived from it");
        assertEquals("changed:" + guideline.getCode() + " v" + draft.getNumber(), flaggedConcept.getReviewNeededCause());
        assertTrue(documents.reviewsDue(LocalDate.now()).stream().anyMatch(d -> d.getId().equals(concept.getId())));
        List<Long> derived = documents.derived(reg.getId()).stream().map(DocumentService.Node::id).toList();
        assertEquals(List.of(concept.getId()), derived);

        // Someone who is neither owner nor approver cannot confirm; the owner can.
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertThrows(NotPermittedException.class, () -> documents.confirmReview(concept.getId(), flaggedConcept.getVersion(), null));
        SecurityUtils.getSubject().logout();
        ItUsers.login(flaggedConcept.getOwner().getUser().getUsername());
        Document confirmed = documents.confirmReview(concept.getId(), flaggedConcept.getVersion(), "Weiterhin passend");
        assertFalse(confirmed.isReviewNeeded());
        assertEquals(LocalDate.now(), confirmed.getLastReviewOn());
        assertTrue(documents.document(reg.getId()).isReviewNeeded(), "the other one still waits for its owner");
    }

    @Test
    public void hierarchyRulesOrphansAndWithdrawal() throws Exception {
        Document guideline = guideline();
        String manager = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Person owner = personFor(manager);
        long ownerId = owner.getId();
        assertEquals("document.parent.type", assertThrows(ValidationException.class, () -> documents.create(
                new DocumentInput(DocumentType.CONCEPT, unique("KO"), guideline.getId(), ownerId, null, 12),
                text("Konzept", "<p>x</p>"))).messageKey(), "a concept under a guideline");
        assertEquals("document.parent.required", assertThrows(ValidationException.class, () -> documents.create(
                new DocumentInput(DocumentType.REGULATION, unique("RL"), null, ownerId, null, 12),
                text("Richtlinie", "<p>x</p>"))).messageKey());
        Document r1 = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL"), guideline.getId(), ownerId,
                null, 12), text("Richtlinie 1", "<p>x</p>"));
        Document r2 = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL"), r1.getId(), ownerId, null, 12),
                text("Richtlinie 2", "<p>x</p>"));
        assertEquals("document.parent.cycle", assertThrows(ValidationException.class, () -> documents.update(r1.getId(),
                r1.getVersion(), new DocumentInput(null, r1.getCode(), r2.getId(), ownerId, null, 12))).messageKey());
        assertEquals("document.code.taken", assertThrows(ValidationException.class, () -> documents.create(
                new DocumentInput(DocumentType.REGULATION, r1.getCode().toLowerCase(), guideline.getId(), ownerId, null, 12),
                text("Dublette", "<p>x</p>"))).messageKey());
        assertEquals("document.empty", assertThrows(ValidationException.class, () -> {
            Document empty = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL"), guideline.getId(),
                    ownerId, null, 12), text("Leer", "<p> </p>"));
            DocumentVersion v = documents.version(empty.getId(), 1);
            documents.submit(v.getId(), v.getVersion());
        }).messageKey());

        List<String> orphanCodes = documents.orphans().stream().map(o -> o.document().code() + ":" + o.reason()).toList();
        assertTrue(orphanCodes.contains(r2.getCode() + ":notInForce"), orphanCodes.toString());

        // Publishing under a parent that is not in force is refused.
        DocumentVersion v2 = documents.version(r2.getId(), 1);
        v2 = documents.submit(v2.getId(), v2.getVersion());
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        DocumentVersion approved = documents.approve(v2.getId(), v2.getVersion());
        assertEquals("document.parent.notInForce", assertThrows(ValidationException.class,
                () -> documents.publish(approved.getId(), approved.getVersion())).messageKey());
        SecurityUtils.getSubject().logout();

        // Withdrawing a regulation flags what derives from it and makes it an orphan.
        Document reg = published(DocumentType.REGULATION, guideline.getId(), "<p>Alt</p>");
        Document concept = published(DocumentType.CONCEPT, reg.getId(), "<p>Darunter</p>");
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        assertEquals("document.reason.required", assertThrows(ValidationException.class,
                () -> documents.withdraw(reg.getId(), reg.getVersion(), " ")).messageKey());
        documents.withdraw(reg.getId(), reg.getVersion(), "Ersetzt durch neue Richtlinie");
        assertEquals(DocumentStatus.WITHDRAWN, documents.document(reg.getId()).getStatus());
        assertTrue(documents.document(concept.getId()).isReviewNeeded());
        assertTrue(documents.orphans().stream().anyMatch(o -> o.document().id() == concept.getId()
                && o.reason().equals("withdrawn")));
        Document withdrawn = documents.document(reg.getId());
        assertEquals("document.withdrawn", assertThrows(ValidationException.class, () -> documents.newDraft(withdrawn.getId()))
                .messageKey());

        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertThrows(NotPermittedException.class, () -> documents.create(new DocumentInput(DocumentType.REGULATION,
                unique("RL"), guideline.getId(), ownerId, null, 12), text("X", "<p>x</p>")));
        assertFalse(documents.tree().isEmpty(), "readers see the tree");
    }

    @Test
    public void coverageCountsOnlyDocumentsInForce() throws Exception {
        Document guideline = guideline();
        String editor = ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        long iso = standards.list().stream().filter(s -> s.standard().getCode().equals("ISO27001")).findFirst()
                .orElseThrow().standard().getId();
        Requirement control = standards.requirements(iso).stream().filter(r -> r.isAssessable()
                && r.getRefId().equals("A.8.20")).findFirst().orElseThrow();
        DocumentService.Coverage before = documents.coverage(iso);
        boolean wasAddressed = before.rows().stream().anyMatch(r -> r.requirementId() == control.getId() && r.addressed());

        Person owner = personFor(editor);
        Document draft = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL-NS"), guideline.getId(),
                owner.getId(), null, 12), text("Netzwerksicherheit", "<p>Entwurf</p>", control.getId()));
        DocumentService.Coverage withDraft = documents.coverage(iso);
        assertEquals(before.addressed(), withDraft.addressed(), "a draft addresses nothing yet");

        SecurityUtils.getSubject().logout();
        Document reg = published(DocumentType.REGULATION, guideline.getId(), "<p>Netze werden überwacht.</p>", control.getId());
        ItUsers.loginAsNew(rules, tx, Role.READER);
        DocumentService.Coverage after = documents.coverage(iso);
        assertEquals(before.addressed() + (wasAddressed ? 0 : 1), after.addressed());
        DocumentService.CoverageRow row = after.rows().stream().filter(r -> r.requirementId() == control.getId())
                .findFirst().orElseThrow();
        assertTrue(row.documents().contains(reg.getCode()), row.toString());
        assertFalse(row.documents().contains(draft.getCode()), row.toString());
        assertTrue(after.gaps().stream().noneMatch(r -> r.requirementId() == control.getId()));
        assertEquals(after.assessable() - after.addressed(), after.gaps().size());
        assertEquals(List.of(control.getId()), documents.requirements(documents.version(reg.getId(), 1).getId()).stream()
                .map(Requirement::getId).toList());
    }

    @Test
    public void whoeverSubmitsMayNotApproveEither() throws Exception {
        Document guideline = guideline();
        String editor = ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Person owner = personFor(editor);
        Document d = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL-SUB"), guideline.getId(),
                owner.getId(), null, 12), text("Mobile Geräte", "<p>Nur verwaltete Geräte.</p>"));
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        DocumentVersion v = documents.version(d.getId(), 1);
        DocumentVersion submitted = documents.submit(v.getId(), v.getVersion());
        assertEquals("document.fourEyes.author", assertThrows(ValidationException.class,
                () -> documents.approve(submitted.getId(), submitted.getVersion())).messageKey());
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        assertEquals(DocumentStatus.APPROVED, documents.approve(submitted.getId(), submitted.getVersion()).getStatus());
    }

    @Test
    public void overdueReviewsAreMarkedAndConfirmed() throws Exception {
        Document guideline = guideline();
        Document reg = published(DocumentType.REGULATION, guideline.getId(), "<p>Backups täglich.</p>");
        LocalDate due = reg.getNextReviewOn();
        assertTrue(reviews.markOverdue(due.plusDays(1)) >= 1);
        ItUsers.loginAsNew(rules, tx, Role.READER);
        Document overdue = documents.document(reg.getId());
        assertTrue(overdue.isReviewOverdue());
        assertTrue(documents.documents(new DocumentService.Filter(null, null, null, due)).stream()
                .anyMatch(d -> d.getId().equals(reg.getId())));
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Document confirmed = documents.confirmReview(reg.getId(), overdue.getVersion(), null);
        assertFalse(confirmed.isReviewOverdue());
        assertEquals(LocalDate.now().plusMonths(12), confirmed.getNextReviewOn());
    }

    @Test
    public void attachmentsAreCheckedAndCarriedIntoTheNextDraft() throws Exception {
        Document guideline = guideline();
        String editor = ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Person owner = personFor(editor);
        Document d = documents.create(new DocumentInput(DocumentType.REGULATION, unique("RL-PL"), guideline.getId(),
                owner.getId(), null, 12), text("Netzplan", null));
        DocumentVersion v = documents.version(d.getId(), 1);
        long vid = v.getId();
        long seen = v.getVersion();
        assertEquals("attachment.content.mismatch", assertThrows(ValidationException.class,
                () -> documents.attach(vid, seen, "plan.pdf", "application/pdf", new byte[] {'M', 'Z', 1})).messageKey());
        documents.attach(vid, seen, "plan.pdf", "application/pdf", "%PDF-1.4 plan".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, documents.attachments(vid).size());
        assertEquals(64, documents.attachments(vid).get(0).getSha256().length());
        v = documents.version(vid);
        v = documents.submit(v.getId(), v.getVersion());
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        v = documents.approve(v.getId(), v.getVersion());
        documents.publish(v.getId(), v.getVersion());
        DocumentVersion next = documents.newDraft(d.getId());
        assertEquals(1, documents.attachments(next.getId()).size(), "the new draft carries the files");
        DocumentService.AttachmentDownload carried = documents.attachment(documents.attachments(next.getId()).get(0).getId());
        assertEquals("%PDF-1.4 plan", new String(carried.data(), StandardCharsets.US_ASCII));
        assertEquals(carried.sha256(), documents.attachments(vid).get(0).getSha256());
        long published = v.getId();
        assertEquals("document.version.immutable", assertThrows(ValidationException.class,
                () -> documents.attach(published, documents.version(published).getVersion(), "x.txt", null,
                        "x".getBytes(StandardCharsets.UTF_8))).messageKey());
    }

    // ---------------------------------------------------------------- concurrency helpers

    private Callable<Object> as(String username, Callable<Object> work) {
        org.apache.shiro.mgt.SecurityManager manager = SecurityUtils.getSecurityManager();
        return () -> {
            Subject subject = new Subject.Builder(manager).buildSubject();
            subject.login(new UsernamePasswordToken(username, ItUsers.PASSWORD));
            try {
                return subject.execute(work);
            } catch (org.apache.shiro.subject.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } finally {
                subject.logout();
            }
        };
    }

    /** Starts both at the same moment; each outcome is a result or the exception it threw. */
    private List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> c : List.of(first, second)) {
            futures.add(executor.submit(() -> {
                start.await();
                try {
                    return c.call();
                } catch (CustosException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            try {
                outcomes.add(f.get());
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }
}
