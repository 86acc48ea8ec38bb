package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.readiness.boundary.ReadinessService;
import org.custos.reviews.boundary.ManagementReviewService;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;
import org.custos.roles.boundary.RoleService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Management review (9.3): every required input compiled from Custos' data, decisions tracked into the next
 * review, approval only by top management other than the author and only with minutes; the rule 9.3 passes
 * with an approved review of the last twelve months.
 */
@ExtendWith(ArquillianExtension.class)
public class ManagementReviewIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(ManagementReviewIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    ManagementReviewService reviews;

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    ReadinessService readiness;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String key(Runnable call) {
        return assertThrows(ValidationException.class, call::run).messageKey();
    }

    private ReadinessService.Rule rule() {
        return readiness.isoRules().stream().filter(r -> r.code().equals("managementReview")).findFirst().orElseThrow();
    }

    @Test
    public void aReviewCompilesEveryInputAndIsApprovedByTopManagementOnly() throws Exception {
        Person boss = RiskFixtures.topManagement(rules, tx, organisation, roles);
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.EDITOR);
        String author = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now();

        assertEquals("review.period.invalid", key(() -> reviews.create("MR-" + tag, "Review", today, today.plusDays(1))));
        ManagementReview r = reviews.create("MR-" + tag, "Management review " + tag, today, today.minusYears(1));
        ManagementReviewService.ReviewView v = reviews.review(r.getId());
        assertEquals(Arrays.asList(ReviewInput.Key.values()), v.inputs().stream().map(ReviewInput::getInputKey).toList(),
                "every input 9.3.2 requires, in its order");
        assertTrue(v.inputs().stream().allMatch(i -> !i.factList().isEmpty()), "each with compiled facts");
        List<String> monitoring = v.inputs().stream().filter(i -> i.getInputKey() == ReviewInput.Key.MONITORING).findFirst()
                .orElseThrow().factList().get(0);
        assertEquals("review.fact.kpis", monitoring.get(0));
        assertEquals("review.code.taken", key(() -> reviews.create("mr-" + tag, "dup", today, today)));

        assertEquals("review.decision.due", key(() -> reviews.addDecision(r.getId(), "Budget", owner.getId(), null)));
        ReviewDecision action = reviews.addDecision(r.getId(), "Automate the leaver process " + tag, owner.getId(),
                today.plusMonths(2));
        reviews.addDecision(r.getId(), "The ISMS stays suitable and effective.", null, null);

        // approval: top management only, never the author, never without minutes
        assertEquals("review.approve.topManagement", key(() -> reviews.approve(r.getId(), r.getVersion())));
        SecurityUtils.getSubject().logout();
        ItUsers.login(boss.getUser().getUsername());
        ManagementReview current = reviews.review(r.getId()).review();
        assertEquals("review.approve.minutes", key(() -> reviews.approve(r.getId(), current.getVersion())));
        SecurityUtils.getSubject().logout();
        ItUsers.login(author);
        ManagementReview saved = reviews.save(r.getId(), current.getVersion(), current.getTitle(), today, today.minusYears(1),
                "Present: board, ISB.", Map.of(ReviewInput.Key.FEEDBACK, "The insurer asks for yearly restore tests."));
        assertEquals("The insurer asks for yearly restore tests.", reviews.review(r.getId()).inputs().stream()
                .filter(i -> i.getInputKey() == ReviewInput.Key.FEEDBACK).findFirst().orElseThrow().getComment());
        SecurityUtils.getSubject().logout();
        ItUsers.login(boss.getUser().getUsername());
        ManagementReview approved = reviews.approve(r.getId(), saved.getVersion());
        assertTrue(approved.isApproved());
        assertEquals(boss.getUser().getUsername(), approved.getApprovedBy());
        assertEquals(ReadinessService.RuleStatus.PASSED, rule().status());
        assertEquals("review.approved", key(() -> reviews.save(r.getId(), approved.getVersion(), "x", today, today, "m", Map.of())));
        assertEquals("review.approved", key(() -> reviews.addDecision(r.getId(), "late", null, null)));

        // the next review reports the open action of this one
        ManagementReview next = reviews.create("MR2-" + tag, "Next review", today, today);
        List<List<String>> previous = reviews.review(next.getId()).inputs().get(0).factList();
        assertTrue(previous.stream().anyMatch(f -> f.get(0).equals("review.fact.openAction")
                && f.get(1).equals("Automate the leaver process " + tag)), previous.toString());
        ReviewDecision done = reviews.decisionDone(action.getId(), action.getVersion());
        assertEquals(ReviewDecision.Status.DONE, done.getStatus());
        assertEquals("review.decision.done", key(() -> reviews.decisionDone(action.getId(), done.getVersion())));
        assertTrue(reviews.openDecisions().stream().noneMatch(d -> d.getId().equals(action.getId())));
        SecurityUtils.getSubject().logout();

        // the boss drew up the next one: four eyes
        ItUsers.login(boss.getUser().getUsername());
        ManagementReview own = reviews.create("MR3-" + tag, "Own review", today, today);
        ManagementReview withMinutes = reviews.save(own.getId(), own.getVersion(), own.getTitle(), today, today, "minutes", Map.of());
        assertEquals("review.approve.ownReview", key(() -> reviews.approve(own.getId(), withMinutes.getVersion())));
    }
}
