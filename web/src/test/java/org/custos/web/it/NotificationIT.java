package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.custos.incidents.boundary.IncidentService;
import org.custos.incidents.boundary.IncidentService.IncidentInput;
import org.custos.incidents.entity.Incident;
import org.custos.nonconformities.boundary.NonconformityService;
import org.custos.nonconformities.boundary.NonconformityService.ActionInput;
import org.custos.nonconformities.boundary.NonconformityService.NonconformityInput;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.custos.notifications.boundary.NotificationService;
import org.custos.notifications.boundary.NotificationTimer;
import org.custos.notifications.control.NotificationText;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.NotificationPreference.Digest;
import org.custos.objectives.boundary.ObjectiveService;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.Objective;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.DatabaseSetup;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.reviews.boundary.ManagementReviewService;
import org.custos.reviews.entity.ManagementReview;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications: what falls due reaches the responsible user once (a rerun creates nothing), incident
 * reporting deadlines reach the ISMS managers, an inbox is its owner's only, and mail goes out at once or as
 * a daily digest through a real SMTP server (GreenMail, started inside the container).
 */
@ExtendWith(ArquillianExtension.class)
public class NotificationIT {

    @Deployment
    public static WebArchive deployment() throws Exception {
        WebArchive war = Deployments.inContainer(NotificationIT.class, Deployments.class, ItUsers.class, RiskFixtures.class);
        // the SMTP server the test starts in the container; jakarta.mail itself comes with Payara
        war.addAsLibraries(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return war;
    }

    @Inject
    NotificationService notifications;

    @Inject
    NotificationTimer timer;

    @Inject
    NonconformityService nonconformities;

    @Inject
    IncidentService incidents;

    @Inject
    ObjectiveService objectives;

    @Inject
    ManagementReviewService reviews;

    @Inject
    OrganisationService organisation;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @Resource(lookup = DatabaseSetup.JNDI_NAME)
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /** The caller's notifications about one page. */
    private List<Notification> mine(String link) {
        return notifications.inbox(false).stream().filter(n -> n.getLink().equals(link)).toList();
    }

    /** An open corrective action of {@code owner}, moved three days past its due date; nobody logged in after. */
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

    private static String link(CorrectiveAction a) {
        return "/nonconformities/nonconformity?id=" + a.getNonconformityId();
    }

    @Test
    public void whatFallsDueReachesTheResponsibleUsersOnceEach() throws Exception {
        String tag = tag();
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.READER);
        CorrectiveAction action = overdueAction(owner, tag);

        String manager = ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        RegulatoryCategory category = organisation.organisation().orElseThrow().getRegulatoryCategory();
        assertNotEquals(RegulatoryCategory.NONE, category, "the fixtures make a critical facility");
        Instant detected = Instant.now().minus(Duration.ofHours(2));
        Incident incident = incidents.save(null, 0, new IncidentInput("I-" + tag, "Ransomware im KIS", null,
                Incident.Category.MALWARE, Incident.Severity.CRITICAL, detected.minus(Duration.ofHours(1)), detected, true, false,
                Set.of()));
        String incidentLink = "/incidents/incident?id=" + incident.getId();
        SecurityUtils.getSubject().logout();

        assertTrue(timer.run(Instant.now()) >= 2, "the action for its owner, the early warning for each ISMS manager");

        ItUsers.login(owner.getUser().getUsername());
        List<Notification> own = mine(link(action));
        assertEquals(1, own.size(), "the owner hears of the overdue action once");
        assertEquals(Notification.Kind.CORRECTIVE_ACTION, own.get(0).getKind());
        assertTrue(own.get(0).overdue(Instant.now()));
        assertTrue(mine(incidentLink).isEmpty(), "reporting deadlines are the ISMS managers' business");
        assertTrue(notifications.unreadCount() >= 1);
        SecurityUtils.getSubject().logout();

        ItUsers.login(manager);
        List<Notification> deadline = mine(incidentLink);
        assertEquals(1, deadline.size(), "the early warning due within 24 hours; the 72-hour notification not yet");
        assertEquals(Notification.Kind.INCIDENT_REPORTING, deadline.get(0).getKind());
        assertTrue(deadline.get(0).getItemLabel().startsWith("BSI_EARLY_WARNING|I-" + tag));
        assertEquals(detected.plus(Duration.ofHours(24)).toEpochMilli(), deadline.get(0).getDueAt().toEpochMilli());
        assertTrue(mine(link(action)).isEmpty(), "the action has an owner who can log in");
        SecurityUtils.getSubject().logout();

        assertEquals(0, timer.run(Instant.now()), "a second run creates nothing");
        assertEquals(0, timer.runIncidents(Instant.now()), "neither does the hourly one");
        ItUsers.login(manager);
        assertEquals(1, mine(incidentLink).size());
        SecurityUtils.getSubject().logout();

        // ten hours on, the same deadline is still the same notification; once the 72 hours draw near, a second one
        assertEquals(0, timer.runIncidents(Instant.now().plus(Duration.ofHours(10))));
        assertTrue(timer.runIncidents(Instant.now().plus(Duration.ofHours(50))) >= 1);
        ItUsers.login(manager);
        assertEquals(2, mine(incidentLink).size());
    }

    @Test
    public void aMissingMeasurementAndAManagementReviewActionReachTheirOwners() throws Exception {
        String tag = tag();
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.READER);
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        LocalDate today = LocalDate.now();
        var objective = objectives.saveObjective(null, 0, new ObjectiveService.ObjectiveInput("OBJ-" + tag, "Patch fast", null,
                owner.getId(), today.plusMonths(6), Objective.Status.ACTIVE));
        Kpi kpi = objectives.saveKpi(objective.getId(), null, 0, new ObjectiveService.KpiInput("K-" + tag, "Patched in 14 days",
                null, "%", Kpi.Direction.HIGHER_IS_BETTER, new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("80"),
                Kpi.Frequency.WEEKLY, owner.getId(), Kpi.Source.MANUAL));
        objectives.recordMeasurement(kpi.getId(), today.minusDays(8), new BigDecimal("97"), null); // next one was due yesterday
        ManagementReview review = reviews.create("MR-" + tag, "Review " + tag, today, today.minusYears(1));
        var decision = reviews.addDecision(review.getId(), "Budget for a SIEM " + tag, owner.getId(), today.plusDays(3));
        SecurityUtils.getSubject().logout();

        assertTrue(timer.run(Instant.now()) >= 2);
        ItUsers.login(owner.getUser().getUsername());
        List<Notification> measurement = mine("/objectives/kpi?id=" + kpi.getId());
        assertEquals(1, measurement.size(), "the responsible person hears of the missing measurement");
        assertEquals(Notification.Kind.KPI_MEASUREMENT, measurement.get(0).getKind());
        assertEquals(NotificationText.startOf(today.minusDays(1)), measurement.get(0).getDueAt());
        List<Notification> action = mine("/reviews/review?id=" + review.getId());
        assertEquals(1, action.size(), "the owner of the review's action hears of it a week ahead");
        assertEquals(Notification.Kind.REVIEW_DECISION, action.get(0).getKind());
        assertEquals("Budget for a SIEM " + tag, action.get(0).getItemLabel());
        assertEquals(NotificationText.startOf(decision.getDueOn()), action.get(0).getDueAt());
    }

    @Test
    public void anInboxIsItsOwnersOnly() throws Exception {
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.READER);
        CorrectiveAction action = overdueAction(owner, tag());
        timer.run(Instant.now());

        ItUsers.login(owner.getUser().getUsername());
        Notification n = mine(link(action)).get(0);
        long unread = notifications.unreadCount();
        assertTrue(unread >= 1);
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        assertThrows(NotFoundException.class, () -> notifications.markRead(n.getId()), "another user's notification");
        assertTrue(notifications.inbox(false).stream().noneMatch(x -> x.getId().equals(n.getId())));
        SecurityUtils.getSubject().logout();
        assertThrows(NotPermittedException.class, () -> notifications.unreadCount(), "no inbox without a login");

        ItUsers.login(owner.getUser().getUsername());
        assertEquals(unread, notifications.unreadCount(), "the refused call changed nothing");
        assertNotNull(notifications.markRead(n.getId()).getReadAt());
        assertEquals(unread - 1, notifications.unreadCount());
        assertTrue(notifications.inbox(true).stream().noneMatch(x -> x.getId().equals(n.getId())));
        assertEquals(1, notifications.inbox(false).stream().filter(x -> x.getId().equals(n.getId())).count());
        notifications.markAllRead();
        assertEquals(0, notifications.unreadCount());
        assertThrows(NotFoundException.class, () -> notifications.markRead(Long.MAX_VALUE));
    }

    @Test
    public void mailGoesOutAtOnceOrAsOneDailyDigest() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // MicroProfile Config reads system properties: the mailer picks them up on its next send
        System.setProperty("custos.smtp.host", "127.0.0.1");
        System.setProperty("custos.smtp.port", Integer.toString(port));
        System.setProperty("custos.smtp.from", "custos@klinikum.example");
        try {
            String tag = tag();
            Person atOnce = RiskFixtures.person(rules, tx, organisation, Role.READER);
            ItUsers.login(atOnce.getUser().getUsername());
            notifications.savePreferences(true, Digest.IMMEDIATE, notifications.preferences().getVersion());
            SecurityUtils.getSubject().logout();
            CorrectiveAction first = overdueAction(atOnce, tag + "A");
            Person daily = RiskFixtures.person(rules, tx, organisation, Role.READER);
            CorrectiveAction second = overdueAction(daily, tag + "B");
            String atOnceMail = atOnce.getUser().getEmail();
            String dailyMail = daily.getUser().getEmail();

            timer.run(Instant.now());
            // the config may hold an earlier "no host" for up to a minute: retry delivery as the next run would
            long until = System.currentTimeMillis() + 90_000;
            while (to(smtp, atOnceMail).isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(3000);
                timer.deliverImmediate(Instant.now());
            }
            List<MimeMessage> mails = to(smtp, atOnceMail);
            assertEquals(1, mails.size(), "one mail for the one notification");
            assertTrue(mails.get(0).getSubject().startsWith("Corrective action overdue since "), mails.get(0).getSubject());
            assertTrue(mails.get(0).getSubject().endsWith("Test the restore " + tag + "A"));
            assertTrue(GreenMailUtil.getBody(mails.get(0)).contains(link(first)));
            assertEquals("custos@klinikum.example", mails.get(0).getFrom()[0].toString());
            assertTrue(to(smtp, dailyMail).isEmpty(), "the daily digest waits for the morning");

            timer.deliverImmediate(Instant.now());
            assertEquals(1, to(smtp, atOnceMail).size(), "mailed once, marked so");

            // a run whose transaction rolls back records nothing and mails nothing; the committed rerun mails once
            Person later = RiskFixtures.person(rules, tx, organisation, Role.READER);
            ItUsers.login(later.getUser().getUsername());
            notifications.savePreferences(true, Digest.IMMEDIATE, notifications.preferences().getVersion());
            SecurityUtils.getSubject().logout();
            CorrectiveAction third = overdueAction(later, tag + "C");
            String laterMail = later.getUser().getEmail();
            tx.begin();
            try {
                assertTrue(timer.run(Instant.now()) >= 1, "recorded inside the caller's transaction");
            } finally {
                tx.rollback();
            }
            assertTrue(to(smtp, laterMail).isEmpty(), "a rolled-back run mails nothing");
            ItUsers.login(later.getUser().getUsername());
            assertTrue(mine(link(third)).isEmpty(), "nor records anything");
            SecurityUtils.getSubject().logout();
            timer.deliverImmediate(Instant.now());
            assertTrue(to(smtp, laterMail).isEmpty(), "and leaves nothing to mail later");
            assertTrue(timer.run(Instant.now()) >= 1);
            assertEquals(1, to(smtp, laterMail).size(), "mailed as soon as the run committed");
            assertTrue(to(smtp, laterMail).get(0).getSubject().endsWith("Test the restore " + tag + "C"));
            timer.run(Instant.now());
            timer.deliverImmediate(Instant.now());
            assertEquals(1, to(smtp, laterMail).size(), "exactly once");
            ItUsers.login(later.getUser().getUsername());
            assertNotNull(mine(link(third)).get(0).getEmailedAt());
            SecurityUtils.getSubject().logout();

            timer.sendDigests(Instant.now());
            List<MimeMessage> digest = to(smtp, dailyMail);
            assertEquals(1, digest.size());
            assertTrue(digest.get(0).getSubject().matches("Custos: \\d+ open notifications"), digest.get(0).getSubject());
            assertTrue(GreenMailUtil.getBody(digest.get(0)).contains("Test the restore " + tag + "B"));
            assertEquals(1, to(smtp, atOnceMail).size(), "no digest for who gets mail at once");
            timer.sendDigests(Instant.now());
            assertEquals(1, to(smtp, dailyMail).size(), "one digest a day");

            ItUsers.login(daily.getUser().getUsername());
            assertNotNull(mine(link(second)).get(0).getEmailedAt());
        } finally {
            System.clearProperty("custos.smtp.host");
            System.clearProperty("custos.smtp.port");
            System.clearProperty("custos.smtp.from");
            smtp.stop();
        }
    }

    @Test
    public void deletedNotificationsAreNotToldAgainWhileStillDue() throws Exception {
        String tag = tag();
        Person owner = RiskFixtures.person(rules, tx, organisation, Role.READER);
        String user = owner.getUser().getUsername();
        CorrectiveAction deleted = overdueAction(owner, tag + "D");
        timer.run(Instant.now());

        ItUsers.login(user);
        Notification n = mine(link(deleted)).get(0);
        assertThrows(ValidationException.class, () -> notifications.delete(n.getId()), "unread: read it first");
        notifications.markRead(n.getId());
        notifications.delete(n.getId());
        assertTrue(mine(link(deleted)).isEmpty());
        assertThrows(NotFoundException.class, () -> notifications.delete(n.getId()), "gone");
        SecurityUtils.getSubject().logout();
        assertEquals(1, deletedKeys(user, deleted), "its key is kept while the action is still due");

        timer.run(Instant.now());
        ItUsers.login(user);
        assertTrue(mine(link(deleted)).isEmpty(), "the action is still overdue, but it was told already");
        SecurityUtils.getSubject().logout();

        // retention: read ones go after 180 days, unread ones after 360; neither comes back while still due
        CorrectiveAction read = overdueAction(owner, tag + "R");
        CorrectiveAction unread = overdueAction(owner, tag + "U");
        timer.run(Instant.now());
        ItUsers.login(user);
        long readId = mine(link(read)).get(0).getId();
        notifications.markRead(readId);
        SecurityUtils.getSubject().logout();
        ItUsers.loginAsNew(rules, tx, Role.READER);
        assertThrows(NotFoundException.class, () -> notifications.delete(readId), "another user's notification");
        assertEquals(0, notifications.deleteAllRead(), "nor among the read ones of another user");
        SecurityUtils.getSubject().logout();

        Instant later = Instant.now().plus(Duration.ofDays(181));
        assertTrue(timer.cleanUp(later).read() >= 1);
        timer.run(later);
        ItUsers.login(user);
        assertTrue(mine(link(read)).isEmpty(), "read and past the retention: deleted, and not told again");
        assertEquals(1, mine(link(unread)).size(), "unread: kept twice as long");
        SecurityUtils.getSubject().logout();

        Instant muchLater = Instant.now().plus(Duration.ofDays(361));
        assertTrue(timer.cleanUp(muchLater).unread() >= 1);
        timer.run(muchLater);
        ItUsers.login(user);
        assertTrue(mine(link(unread)).isEmpty(), "unread, but twice the retention: deleted, and not told again");
        SecurityUtils.getSubject().logout();
        assertEquals(1, deletedKeys(user, unread));

        // once the action no longer falls due (a new due date, weeks ahead), its old key goes
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        nonconformities.saveAction(deleted.getNonconformityId(), deleted.getId(), nonconformities.nonconformity(
                deleted.getNonconformityId()).actions().get(0).getVersion(), new ActionInput("Test the restore " + tag + "D",
                owner.getId(), LocalDate.now().plusDays(60), Set.of(), Set.of()));
        SecurityUtils.getSubject().logout();
        timer.cleanUp(Instant.now());
        assertEquals(0, deletedKeys(user, deleted), "no longer due: nothing to remember");
        assertEquals(1, deletedKeys(user, unread), "still due: remembered");

        ItUsers.login(user);
        notifications.markAllRead();
        timer.run(Instant.now());
        assertEquals(0, notifications.inbox(false).stream().filter(x -> !x.isRead()).count(), "nothing new");
    }

    /** The kept keys of deleted notifications about one corrective action. */
    private long deletedKeys(String user, CorrectiveAction a) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM notification_deleted WHERE username = ? AND dedup_key LIKE ?")) {
            q.setString(1, user);
            q.setString(2, "CORRECTIVE_ACTION:" + a.getId() + ":%");
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
