package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Act in the browser: a significant incident with personal data shows its BSI 24 h / 72 h and GDPR 72 h
 * deadlines counting down; it is marked contained and opens a major nonconformity, which fails the
 * certification rule 10.2; a corrective action is planned and done by its owner (the administrator), whose
 * own effectiveness check is refused; a second ISMS manager checks it, the nonconformity is closed and the
 * rule no longer names it. Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class NonconformityJourneyIT extends JourneySupport {

    private static final String CHECKER_TEMPORARY = "temporary checker pass 1";
    private static final String CHECKER_OWN = "the checker's own long secret";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void anIncidentOpensAMajorNonconformityThatClosesOnlyAfterAnIndependentCheck() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String incidentCode = "INC-WEB-" + suffix;
        String ncCode = "NC-WEB-" + suffix;
        String checker = "checker-" + suffix;
        String ownerPerson = "Arne Admin " + suffix;

        loginAsAdministrator();
        int majorBefore = majorOpen();
        createUser(checker, "Chris Checker", "ISMS manager", CHECKER_TEMPORARY);
        regulatedOrganisation();
        createPerson(ownerPerson, ADMIN);

        // the incident: its deadlines count down from detection (now)
        browser.open(url("/incidents/incident"));
        browser.type("incidentForm:code", incidentCode);
        browser.type("incidentForm:title", "Ransomware auf Sicherungsserver " + suffix);
        browser.choose("incidentForm:category", "Malware");
        browser.choose("incidentForm:severity", "High");
        checkbox("incidentForm:significant");
        checkbox("incidentForm:personalData");
        browser.click("incidentForm:saveIncident");
        waitForText("Incident " + incidentCode + " recorded.");
        browser.waitForPath("/incidents/incident");
        String incidentUrl = browser.driver.getCurrentUrl();
        String duties = browser.text("dutiesForm:dutiesTable");
        assertTrue(duties.contains("BSI early warning (24 h)") && duties.contains("BSI incident notification (72 h)")
                && duties.contains("GDPR notification (72 h)"), duties);
        assertTrue(duties.matches("(?s).*2[0-3] h \\d+ min left.*") && duties.matches("(?s).*(2 d|3 d 0 h|71 h|2 d 2[0-3] h) .*left.*"),
                "counting down from detection: " + duties);
        browser.screenshot("incident-deadlines");

        browser.click("timelineForm:containIncident");
        browser.confirm();
        waitForText("Incident " + incidentCode + " marked contained.");
        browser.wait.until(d -> "Contained".equals(browser.text("statusTag")));

        // a major nonconformity from the incident
        browser.click("openNonconformity");
        browser.waitForPath("/nonconformities/nonconformity");
        assertTrue(browser.driver.findElement(By.id("ncForm:title")).getAttribute("value").startsWith(incidentCode + ": "));
        browser.type("ncForm:code", ncCode);
        browser.choose("ncForm:grade", "Major");
        browser.choose("ncForm:owner", ownerPerson);
        browser.click("ncForm:saveNonconformity");
        waitForText("Nonconformity " + ncCode + " recorded.");
        String ncUrl = browser.driver.getCurrentUrl();
        assertTrue(browser.text("incidentLink").startsWith(incidentCode), browser.text("incidentLink"));
        assertTrue(browser.text("openPoints").contains("record the root cause first"), browser.text("openPoints"));
        assertTrue(rules().contains(ncCode), "an open major nonconformity fails 10.2");
        assertEquals(majorBefore + 1, majorOpen(), "the dashboard counts it");

        // a corrective action, done by its owner, whose own check is refused
        browser.open(ncUrl);
        browser.click("actionsForm:addAction");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actionDialogForm:actionDescription")));
        browser.type("actionDialogForm:actionDescription", "Sicherungsnetz vom Verwaltungsnetz trennen");
        browser.choose("actionDialogForm:actionOwner", ownerPerson);
        browser.click("actionDialogForm:saveAction");
        waitForText("Corrective action planned.");
        browser.click("actionsForm:actions:0:doneAction");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doneDialogForm:doneNote")));
        browser.type("doneDialogForm:doneNote", "Netz getrennt, Firewall-Regeln geprüft");
        browser.click("doneDialogForm:saveDone");
        waitForText("Corrective action marked done.");
        browser.click("actionsForm:actions:0:checkAction");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkDialogForm:checkNote")));
        browser.type("checkDialogForm:checkNote", "Selbst geprüft");
        browser.click("checkDialogForm:saveCheck");
        browser.wait.until(d -> browser.text("checkDialogForm:checkMessages").contains("someone other than the action's owner"));
        browser.driver.findElement(By.cssSelector("#checkDialog .ui-dialog-titlebar-close")).click();

        browser.open(ncUrl);
        browser.type("ncForm:rootCause", "Sicherungskonzept verlangt Offline-Sicherung, umgesetzt mit Domänenkonten");
        browser.click("ncForm:saveNonconformity");
        waitForText("Nonconformity " + ncCode + " saved.");
        assertTrue(browser.text("openPoints").contains("awaits its effectiveness check"), browser.text("openPoints"));
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // someone else checks it, and it closes
        firstLogin(checker, CHECKER_TEMPORARY, CHECKER_OWN);
        browser.open(ncUrl);
        browser.click("actionsForm:actions:0:checkAction");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkDialogForm:checkNote")));
        browser.type("checkDialogForm:checkNote", "Scan aus dem Verwaltungsnetz: Sicherungsserver nicht erreichbar");
        browser.click("checkDialogForm:saveCheck");
        waitForText("Effectiveness check recorded.");
        browser.wait.until(d -> "Effective".equals(browser.text("actionsForm:actions:0:actionStatus")));
        browser.click("actionsForm:closeNonconformity");
        browser.confirm();
        waitForText("Nonconformity " + ncCode + " closed.");
        browser.wait.until(d -> "Closed".equals(browser.text("statusTag")));
        assertTrue(browser.driver.findElements(By.id("ncForm:saveNonconformity")).isEmpty(), "a closed one is not edited");
        browser.screenshot("nonconformity-closed");
        assertFalse(rules().contains(ncCode), "closed, it no longer fails 10.2");
        assertEquals(majorBefore, majorOpen(), "nor counts on the dashboard");

        browser.open(incidentUrl);
        assertTrue(browser.text("incidentNonconformities").contains(ncCode + " – "), browser.text("incidentNonconformities"));
        browser.open(url("/nonconformities/register"));
        assertTrue(browser.text("nonconformitiesForm:nonconformities").contains(ncCode));
        assertEquals(List.of(), browser.cspViolations(), "no Content-Security-Policy violations");
    }

    /** The open major nonconformities the dashboard's Check and Act card shows. */
    private int majorOpen() {
        browser.open(url("/"));
        return Integer.parseInt(browser.text("majorOpen").strip());
    }

    /** The ISO 27001 certification rules as the readiness page shows them. */
    private String rules() {
        browser.open(url("/readiness/overview"));
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private void checkbox(String id) {
        browser.driver.findElement(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
    }

    /** An organisation profile with a regulatory category that owes the BSI its reports. */
    private void regulatedOrganisation() {
        browser.open(url("/organisation/profile"));
        if (browser.driver.findElement(By.id("profileForm:name")).getAttribute("value").isBlank()) {
            browser.type("profileForm:name", "Klinikum Teststadt");
        }
        if (!"Operator of a critical facility".equals(browser.text("profileForm:category_label"))) {
            browser.choose("profileForm:category", "Operator of a critical facility");
        }
        browser.click("profileForm:saveProfile");
        waitForText("Organisation profile saved.");
    }
}
