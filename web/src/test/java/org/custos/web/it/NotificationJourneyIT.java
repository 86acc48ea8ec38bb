package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.ActionInput;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityInput;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.notifications.boundary.NotificationService;
import org.custos.notifications.boundary.NotificationTimer;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox in the browser: a reader owns two overdue corrective actions and the notification run (started
 * in the container, as the morning timer would) tells them; in the browser the bell shows two unread, the
 * inbox's link leads to the nonconformity and marks that notification read, the bell drops; a mail
 * preference is chosen and kept; read notifications are deleted one by one and all at once, each after a
 * confirmation, by keyboard where a user would use it. The first test prepares in the container what the
 * second walks through in the browser ({@link InboxJourney}, which holds everything Selenium: the container
 * has no browser libraries).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class NotificationJourneyIT {

    /** Hands the user and the two actions from the container test to the browser test: both see the data folder. */
    private static final String HANDOFF = "notification-journey.txt";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(NotificationJourneyIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
    }

    @Inject
    NotificationService notifications;

    @Inject
    NotificationTimer timer;

    @Inject
    NonconformityService nonconformities;

    @Inject
    OrganisationService organisation;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @Test
    @Order(1)
    public void aReaderHasTwoOverdueActionsTold() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.READER);
        CorrectiveAction first = overdueAction(owner, tag + "A");
        CorrectiveAction second = overdueAction(owner, tag + "B");
        assertTrue(timer.run(Instant.now()) >= 2);

        String user = owner.getUser().getUsername();
        ItUsers.login(user);
        try {
            assertEquals(2, notifications.unreadCount(), "a new reader: exactly the two actions");
        } finally {
            SecurityUtils.getSubject().logout();
        }
        Path handoff = Path.of(System.getenv("CUSTOS_DATA_DIR"), HANDOFF);
        Files.createDirectories(handoff.getParent());
        Files.write(handoff, List.of(user, "Test the restore " + tag + "A", "/nonconformities/nonconformity?id="
                + first.getNonconformityId(), "Test the restore " + tag + "B", "/nonconformities/nonconformity?id="
                + second.getNonconformityId()));
    }

    @Test
    @Order(2)
    @RunAsClient
    public void theReaderWorksThroughTheInbox(@ArquillianResource URL base) throws Exception {
        List<String> handoff = Files.readAllLines(Path.of(System.getProperty("custos.test.dataDir"), HANDOFF));
        new InboxJourney(base, handoff.get(0), ItUsers.PASSWORD).walk(handoff.get(1), handoff.get(2), handoff.get(3));
    }

    /** An open corrective action of {@code owner}, three days past its due date; nobody logged in after. */
    private CorrectiveAction overdueAction(Person owner, String tag) throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Nonconformity nc = nonconformities.save(null, 0, new NonconformityInput("NC-" + tag, "Restore untested", null,
                Nonconformity.Grade.MINOR, null, LocalDate.now(), null, null, Set.of()));
        CorrectiveAction a = nonconformities.saveAction(nc.getId(), null, 0, new ActionInput("Test the restore " + tag,
                owner.getId(), LocalDate.now(), Set.of(), Set.of()));
        a = nonconformities.saveAction(nc.getId(), a.getId(), a.getVersion(), new ActionInput("Test the restore " + tag,
                owner.getId(), LocalDate.now().minusDays(3), Set.of(), Set.of()));
        SecurityUtils.getSubject().logout();
        return a;
    }
}
