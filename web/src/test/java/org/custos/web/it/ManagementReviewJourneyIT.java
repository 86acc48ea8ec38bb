package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The management review (ISO 27001 9.3) in the browser: the administrator drafts it and Custos compiles all
 * nine inputs; a decision with an owner but no due date is refused, one with a due date is recorded; the
 * administrator, who drew it up and holds no top-management appointment, cannot approve it; the managing
 * director (appointed to top management) cannot approve it without minutes, writes them and approves it; the
 * record is frozen, exported as PDF, rule 9.3 names it, and its decision is tracked until done.
 * Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class ManagementReviewJourneyIT extends JourneySupport {

    private static final String TEMPORARY = "temporary director pass 1";
    private static final String OWN = "the director's own long secret";

    private static final List<String> INPUTS = List.of("Status of actions from previous management reviews",
            "Changes in external and internal issues and in the needs of interested parties",
            "Nonconformities and corrective actions", "Monitoring and measurement results", "Audit results",
            "Fulfilment of information security objectives", "Feedback from interested parties",
            "Results of risk assessment and status of the risk treatment plan", "Opportunities for continual improvement");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void topManagementApprovesACompiledReviewWithMinutesAndItsDecisionIsTracked() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String code = "MR-WEB-" + suffix;
        String director = "director-" + suffix;
        String directorPerson = "Dora Director " + suffix;

        loginAsAdministrator();
        ensureOrganisation();
        createUser(director, "Dora Director", "ISMS manager", TEMPORARY);
        createPerson(directorPerson, director);
        HttpResponse<String> appointed = post(ADMIN, PASSWORD, "/api/v1/appointments", "{\"role\":\"TOP_MANAGEMENT\","
                + "\"personId\":" + personId(directorPerson) + ",\"start\":\"" + LocalDate.now().minusDays(1)
                + "\",\"activate\":true}");
        assertEquals(201, appointed.statusCode(), appointed.body());

        // drafted, every input compiled from Custos' own records
        browser.open(url("/reviews/register"));
        browser.type("newReviewForm:code", code);
        browser.type("newReviewForm:title", "Managementbewertung " + suffix);
        assertEquals(LocalDate.now().toString(), browser.driver.findElement(By.id("newReviewForm:heldOn_input")).getAttribute("value"),
                "held today unless said otherwise; the period starts with the last review or a year ago");
        browser.click("newReviewForm:createReview");
        browser.waitForPath("/reviews/review");
        waitForText("Management review " + code + " drafted; its inputs are compiled.");
        String page = browser.driver.findElement(By.id("reviewForm")).getText();
        for (String input : INPUTS) {
            assertTrue(page.contains(input), "input compiled: " + input);
        }
        assertTrue(page.matches("(?s).*\\d+ nonconformities detected in the period; \\d+ open, of which \\d+ major.*"), page);
        assertEquals("Draft", browser.text("stateForm:statusTag"));
        String reviewUrl = browser.driver.getCurrentUrl();

        // a decision: an owner needs a due date
        browser.click("decisionsForm:addDecision");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionDialogForm:decisionText")));
        browser.type("decisionDialogForm:decisionText", "Leaver process with HR for every site " + suffix);
        // the director owns it (the administrator's account is linked to a person by another journey)
        browser.choose("decisionDialogForm:decisionOwner", directorPerson);
        setDate("decisionDialogForm:decisionDue_input", "");
        browser.click("decisionDialogForm:saveDecision");
        waitForText("An action with an owner needs a due date.");
        setDate("decisionDialogForm:decisionDue_input", LocalDate.now().plusMonths(2).toString());
        browser.click("decisionDialogForm:saveDecision");
        waitForText("Decision recorded.");
        browser.open(reviewUrl);
        assertTrue(browser.text("decisionsForm:decisions").contains("Leaver process with HR for every site " + suffix));

        // the author holds no top-management appointment: refused, nothing changes
        browser.click("stateForm:approve");
        browser.confirm();
        waitForText("Only a holder of the top-management appointment approves a management review.");
        assertEquals("Draft", browser.text("stateForm:statusTag"));
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // top management: not without minutes
        firstLogin(director, TEMPORARY, OWN);
        browser.open(reviewUrl);
        browser.click("stateForm:approve");
        browser.confirm();
        waitForText("Write the minutes before approval.");
        browser.type("reviewForm:minutes", "Reviewed all inputs; the leaver process is the priority of the year.");
        browser.click("reviewForm:saveReview");
        waitForText("Management review " + code + " saved.");
        browser.click("stateForm:approve");
        browser.confirm();
        waitForText("Management review " + code + " approved.");
        browser.open(reviewUrl);
        assertEquals("Approved", browser.text("stateForm:statusTag"));
        assertTrue(browser.text("stateForm:approvedBy").contains(director));
        assertFalse(browser.driver.findElement(By.id("reviewForm:minutes")).isEnabled(), "approved, the record is frozen");
        assertTrue(browser.driver.findElements(By.id("stateForm:approve")).isEmpty(), "nothing left to approve");
        browser.screenshot("management-review-approved");

        browser.click("stateForm:pdf");
        Path pdf = browser.download(".pdf");
        assertEquals(code + ".pdf", pdf.getFileName().toString());
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        assertTrue(text.toString().contains(code) && text.toString().contains("leaver process is the priority"), text.toString());

        // rule 9.3 passes with this review or a later one
        browser.open(url("/readiness/overview"));
        String rules = browser.text("overviewForm:rules");
        assertTrue(rules.contains("A management review with every required input was approved within the last twelve months"),
                rules);

        // its decision is tracked on the register until done
        browser.open(url("/reviews/register"));
        assertTrue(browser.text("reviewsForm:openDecisions").contains("Leaver process with HR for every site " + suffix));
        browser.open(reviewUrl);
        browser.click("decisionsForm:decisions:0:decisionDone");
        browser.wait.until(d -> "Done".equals(d.findElement(By.id("decisionsForm:decisions:0:decisionStatus")).getText()));
        browser.open(url("/reviews/register"));
        assertFalse(browser.text("reviewsForm:openDecisions").contains("Leaver process with HR for every site " + suffix));
    }

    /** Replaces a date picker's text as a user does: select all, delete, type; a click on the dialog title closes its overlay. */
    private void setDate(String inputId, String value) {
        var field = browser.driver.findElement(By.id(inputId));
        field.click();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
        browser.driver.findElement(By.cssSelector("#decisionDialog .ui-dialog-title")).click();
        browser.wait.until(d -> value.equals(d.findElement(By.id(inputId)).getAttribute("value")));
    }
}
