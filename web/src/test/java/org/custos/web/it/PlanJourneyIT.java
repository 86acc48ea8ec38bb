package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
 * The Plan phase in the browser: interested parties and obligations with a proof cycle; an overdue
 * proof shows up, recording it moves the due date. Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanJourneyIT extends JourneySupport {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void anObligationWithAnOverdueProofIsListedUntilTheProofIsRecorded() {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String party = "BSI " + suffix;
        String title = "Nachweis nach § 39 BSIG " + suffix;
        loginAsAdministrator();
        browser.open(url("/context/obligations"));

        browser.click("contextForm:newParty");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partyForm:partyName")));
        browser.type("partyForm:partyName", party);
        browser.type("partyForm:partyRequirements", "Mindestmaßnahmen, Nachweise alle 3 Jahre <script>alert(1)</script>");
        browser.click("partyForm:saveParty");
        waitForText("Interested party \"" + party + "\" saved.");
        assertTrue(browser.text("contextForm:parties").contains("<script>alert(1)</script>"), "escaped, shown as text");

        browser.click("contextForm:newObligation");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("obligationForm:title")));
        browser.type("obligationForm:title", title);
        browser.choose("obligationForm:party", party);
        browser.type("obligationForm:proofDescription", "Prüfung und Nachweis an das BSI");
        browser.type("obligationForm:cycle_input", "36");
        browser.type("obligationForm:lastProof_input", LocalDate.now().minusMonths(36).minusDays(2).toString());
        browser.click("obligationForm:title"); // closes the date picker
        browser.click("obligationForm:save");
        waitForText("Obligation \"" + title + "\" saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("obligationDialog")));
        String due = browser.text("contextForm:due");
        assertTrue(due.contains(title) && due.contains("overdue"), due);

        browser.open(url("/"));
        assertTrue(browser.text("proofsCard").contains(title), "the dashboard shows the overdue proof");
        browser.open(url("/context/obligations"));
        browser.driver.findElement(By.xpath("//div[@id='contextForm:due']//tr[td[contains(., '" + title
                + "')]]//button[contains(@id, ':proveDue')]")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proofForm:confirmProof")));
        browser.click("proofForm:confirmProof");
        waitForText("Proof of \"" + title + "\" recorded");
        browser.wait.until(d -> !browser.text("contextForm:due").contains(title));
        assertTrue(browser.text("contextForm:obligations").contains(LocalDate.now().plusMonths(36).toString()));
        assertEquals(List.of(), browser.cspViolations(), "no Content-Security-Policy violations");
    }
}
