package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.context.boundary.ContextService;
import org.custos.context.boundary.FeedbackService;
import org.custos.context.boundary.FeedbackService.FeedbackInput;
import org.custos.context.entity.Feedback;
import org.custos.context.entity.Feedback.Channel;
import org.custos.context.entity.Feedback.Kind;
import org.custos.context.entity.InterestedParty;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.audit.entity.AuditRecord;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.reviews.boundary.ManagementReviewService;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after FirstRunJourneyIT (alphabetical), which needs an empty database. The feedback register of
 * interested parties (9.3.2 e): rules, permissions, audit, the answer and close flow, and the management
 * review input compiled from the feedback of its period.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanFeedbackIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(PlanFeedbackIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    FeedbackService feedback;

    @Inject
    ContextService context;

    @Inject
    ManagementReviewService reviews;

    @Inject
    AuditService audit;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String key(Runnable call) {
        return assertThrows(ValidationException.class, call::run).messageKey();
    }

    private static FeedbackInput input(Long party, LocalDate on, Kind kind, String summary) {
        return new FeedbackInput(party, on, Channel.EMAIL, kind, summary, null);
    }

    private InterestedParty party(String name) {
        return context.saveParty(null, 0, name, InterestedParty.Category.PATIENT, null, null);
    }

    @Test
    public void rulesGiveClearErrors() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        LocalDate today = LocalDate.now();
        InterestedParty p = party("Patienten " + tag());
        assertEquals("feedback.party.required", key(() -> feedback.save(null, 0, input(null, today, Kind.COMPLAINT, "x"))));
        assertEquals("feedback.summary.invalid", key(() -> feedback.save(null, 0, input(p.getId(), today, Kind.COMPLAINT, " "))));
        assertEquals("feedback.received.invalid",
                key(() -> feedback.save(null, 0, input(p.getId(), today.plusDays(1), Kind.COMPLAINT, "x"))));
        assertEquals("feedback.kind.required", key(() -> feedback.save(null, 0, input(p.getId(), today, null, "x"))));

        Feedback f = feedback.save(null, 0, input(p.getId(), today, Kind.QUESTION, "Wer sieht meine Befunde?"));
        assertEquals("feedback.response.required", key(() -> feedback.answer(f.getId(), f.getVersion(), "  ")));
        Feedback answered = feedback.answer(f.getId(), f.getVersion(), "Nur das Behandlungsteam.");
        assertThrows(ConflictException.class, () -> feedback.close(f.getId(), f.getVersion()), "a stale version is a conflict");
        assertEquals("feedback.delete.notOpen", key(() -> feedback.delete(answered.getId(), answered.getVersion())));
        assertEquals("party.hasFeedback", key(() -> context.deleteParty(p.getId(), p.getVersion())));
    }

    @Test
    public void feedbackIsAnsweredClosedAndAuditedAndOnlyOpenFeedbackIsDeleted() throws Exception {
        String manager = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        LocalDate today = LocalDate.now();
        String tag = tag();
        InterestedParty insurer = party("Versicherer " + tag);
        Feedback f = feedback.save(null, 0, input(insurer.getId(), today.minusDays(3), Kind.REQUIREMENT, "MFA für Fernzugänge " + tag));
        assertEquals(Feedback.Status.OPEN, f.getStatus());
        assertEquals(manager, f.getCreatedBy());
        assertEquals(1L, feedback.openByParty().get(insurer.getId()));
        Feedback changed = feedback.save(f.getId(), f.getVersion(), new FeedbackInput(insurer.getId(), today.minusDays(2),
                Channel.LETTER, Kind.REQUIREMENT, "MFA und Wiederherstellungstests " + tag, "Schreiben vom Versicherer"));
        assertEquals(Channel.LETTER, changed.getChannel());

        Feedback answered = feedback.answer(f.getId(), changed.getVersion(), "In das Pflichtenregister übernommen.");
        assertEquals(Feedback.Status.ANSWERED, answered.getStatus());
        assertEquals(manager, answered.getAnsweredBy());
        assertTrue(answered.getAnsweredAt() != null);
        assertNull(feedback.openByParty().get(insurer.getId()), "answered is no longer open");
        Feedback closed = feedback.close(f.getId(), answered.getVersion());
        assertTrue(closed.isClosed());
        assertEquals("feedback.closed", key(() -> feedback.answer(f.getId(), closed.getVersion(), "noch etwas")));
        assertEquals("feedback.closed", key(() -> feedback.save(f.getId(), closed.getVersion(),
                input(insurer.getId(), today, Kind.REQUIREMENT, "x"))));
        assertEquals(List.of(f.getId()), feedback.list(insurer.getId(), Feedback.Status.CLOSED).stream().map(Feedback::getId).toList());
        assertTrue(feedback.list(insurer.getId(), Feedback.Status.OPEN).isEmpty());

        Feedback mistake = feedback.save(null, 0, input(insurer.getId(), today, Kind.PRAISE, "Versehentlich erfasst " + tag));
        feedback.delete(mistake.getId(), mistake.getVersion());
        assertTrue(feedback.list(insurer.getId(), null).stream().noneMatch(x -> x.getId().equals(mistake.getId())));
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        List<String> actions = audit.search(new AuditQuery(null, "Feedback", f.getId().toString(), null, null), 0, 10).stream()
                .map(AuditRecord::getAction).toList();
        assertEquals(List.of("UPDATE", "UPDATE", "UPDATE", "CREATE"), actions, "created, changed, answered, closed");
        AuditRecord answer = audit.search(new AuditQuery(null, "Feedback", f.getId().toString(), null, null), 0, 10).get(1);
        assertTrue(answer.getChanges().contains("In das Pflichtenregister"), answer.getChanges());
        assertEquals("DELETE", audit.search(new AuditQuery(null, "Feedback", mistake.getId().toString(), null, null), 0, 10)
                .get(0).getAction());
    }

    @Test
    public void readersSeeButDoNotChange() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        InterestedParty p = party("Personalrat " + tag());
        Feedback f = feedback.save(null, 0, input(p.getId(), LocalDate.now(), Kind.QUESTION, "Protokolldaten?"));
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertTrue(feedback.list(null, null).stream().anyMatch(x -> x.getId().equals(f.getId())));
        assertEquals("Protokolldaten?", feedback.feedback(f.getId()).getSummary());
        assertThrows(NotPermittedException.class,
                () -> feedback.save(null, 0, input(p.getId(), LocalDate.now(), Kind.QUESTION, "X")));
        assertThrows(NotPermittedException.class, () -> feedback.answer(f.getId(), f.getVersion(), "Antwort"));
        assertThrows(NotPermittedException.class, () -> feedback.close(f.getId(), f.getVersion()));
        assertThrows(NotPermittedException.class, () -> feedback.delete(f.getId(), f.getVersion()));
    }

    @Test
    public void theReviewListsTheFeedbackOfItsPeriodAndNotOlderOnes() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        LocalDate today = LocalDate.now();
        String tag = tag();
        InterestedParty patients = party("Patientinnen " + tag);
        Feedback complaint = feedback.save(null, 0, input(patients.getId(), today.minusMonths(2), Kind.COMPLAINT,
                "Arztbrief falsch gefaxt " + tag));
        feedback.answer(complaint.getId(), complaint.getVersion(), "Entschuldigung; Fax durch KIM ersetzt.");
        feedback.save(null, 0, input(patients.getId(), today.minusDays(1), Kind.SUGGESTION, "Online-Einsicht " + tag));
        feedback.save(null, 0, input(patients.getId(), today.minusYears(2), Kind.COMPLAINT, "Alte Beschwerde " + tag));

        String code = "MR-FB-" + tag.toUpperCase(Locale.ROOT);
        ManagementReview r = reviews.create(code, "Review " + tag, today, today.minusYears(1));
        List<List<String>> facts = reviews.review(r.getId()).inputs().stream()
                .filter(i -> i.getInputKey() == ReviewInput.Key.FEEDBACK).findFirst().orElseThrow().factList();
        assertEquals("review.fact.feedbackReceived", facts.get(0).get(0), facts.toString());
        List<List<String>> mine = facts.stream().filter(f -> f.get(0).equals("review.fact.feedbackItem")
                && f.get(4).endsWith(tag)).toList();
        assertEquals(2, mine.size(), facts.toString());
        assertEquals(List.of("review.fact.feedbackItem", today.minusDays(1).toString(), "Patientinnen " + tag,
                "feedback.kind.SUGGESTION", "Online-Einsicht " + tag, "feedback.status.OPEN"), mine.get(0), "newest first");
        assertEquals(List.of("review.fact.feedbackItem", today.minusMonths(2).toString(), "Patientinnen " + tag,
                "feedback.kind.COMPLAINT", "Arztbrief falsch gefaxt " + tag, "feedback.status.ANSWERED"), mine.get(1));
        assertTrue(facts.stream().noneMatch(f -> f.contains("Alte Beschwerde " + tag)), "older than the period");
        assertFalse(facts.stream().anyMatch(f -> f.get(0).equals("review.fact.feedback")), "the placeholder is gone");

        ManagementReview quiet = reviews.create("MR-FB0-" + tag.toUpperCase(Locale.ROOT), "Quiet " + tag, today.minusYears(3),
                today.minusYears(3).minusMonths(1));
        List<List<String>> none = reviews.review(quiet.getId()).inputs().stream()
                .filter(i -> i.getInputKey() == ReviewInput.Key.FEEDBACK).findFirst().orElseThrow().factList();
        assertEquals("review.fact.feedbackNone", none.get(0).get(0), none.toString());
        assertEquals(1, none.size());
    }
}
