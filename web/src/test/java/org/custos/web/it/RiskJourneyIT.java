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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The risk register in the browser: a risk is created with a threat from the catalog and an owner,
 * assessed by the administrator (inherent 4 × 4, residual 3 × 3, above the default threshold), given a
 * treatment plan with a planned measure, and its residual risk accepted by the owner (a reader with a
 * person record), never by the assessor; the register's heat maps count it in its cells and a cell
 * narrows the table to it. Without approved risk criteria (this test run alone) the administrator
 * submits the default draft and a new top-management user approves it. Runs after FirstRunJourneyIT,
 * whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class RiskJourneyIT extends JourneySupport {

    private static final String OWNER_TEMPORARY = "temporary owner pass 1";
    private static final String OWNER_OWN = "the risk owner's own long secret";
    private static final String APPROVER_TEMPORARY = "temporary board pass 1";
    private static final String APPROVER_OWN = "the board member's own long secret";

    // the default 4 × 4 criteria: 4 × 4 is critical, 3 × 3 high, above the threshold medium
    private static final int RESIDUAL = 3;
    private static final int INHERENT = 4;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void aRiskIsAssessedTreatedAndItsResidualRiskAcceptedByItsOwner() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String code = "R-WEB-" + suffix;
        String title = "Ransomware legt das KIS lahm " + suffix;
        String measureCode = "M-RISK-" + suffix;
        String measureTitle = "Offline-Sicherung des KIS " + suffix;
        String owner = "owner-" + suffix;
        String ownerPerson = "Olga Owner " + suffix;
        String note = "Budget 2027 beantragt; bis dahin tragen wir das Restrisiko " + suffix;

        loginAsAdministrator();
        ensureApprovedCriteria(suffix);

        // the owner: a reader (who may accept risks but not edit them) with a person record
        createUser(owner, "Olga Owner", "Reader", OWNER_TEMPORARY);
        ensureOrganisation();
        createPerson(ownerPerson, owner);

        // a measure to plan
        browser.open(url("/measures/list"));
        browser.click("measuresForm:newMeasure");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("measureDialogForm:code")));
        browser.type("measureDialogForm:code", measureCode);
        browser.type("measureDialogForm:title", measureTitle);
        browser.choose("measureDialogForm:status", "Planned");
        browser.click("measureDialogForm:saveMeasure");
        browser.waitForPath("/measures/measure");
        waitForText(measureTitle);

        // identify the risk
        browser.open(url("/risk/register"));
        browser.click("registerForm:newRisk");
        browser.waitForPath("/risk/risk");
        browser.type("riskForm:riskCode", code);
        browser.type("riskForm:riskTitle", title);
        browser.type("riskForm:riskDescription", "Verschlüsselung der Patientendaten <b>und</b> der Sicherungen");
        browser.choose("riskForm:riskThreat", "G 0.39 Malware");
        browser.type("riskForm:riskVulnerability", "Flaches Netz, Sicherungen online erreichbar");
        browser.choose("riskForm:riskOwner", ownerPerson);
        browser.click("riskForm:saveRisk");
        waitForText("Risk " + code + " has been created.");
        browser.waitForPath("/risk/risk");
        String riskUrl = browser.driver.getCurrentUrl();
        assertTrue(riskUrl.matches(".*[?&]id=\\d+.*"), riskUrl);
        assertEquals("Not assessed", browser.text("stateForm:acceptanceState"));
        assertEquals("G 0.39 Malware", browser.text("riskForm:riskThreat_label"));
        assertEquals(ownerPerson, browser.text("riskForm:riskOwner_label"));

        // the heat maps before the assessment
        browser.open(url("/risk/register"));
        int residualBefore = count("registerForm:residualCell_" + RESIDUAL + "_" + RESIDUAL);
        int inherentBefore = count("registerForm:inherentCell_" + INHERENT + "_" + INHERENT);
        browser.screenshot("risk-register-before");

        // assess it: the page previews the levels the approved matrix gives
        browser.open(riskUrl);
        browser.choose("assessmentForm:inherentLikelihood", "4 – Very frequent");
        browser.choose("assessmentForm:inherentImpact", "4 – Existential");
        browser.wait.until(d -> "Critical".equals(browser.text("assessmentForm:inherentPreview")));
        browser.choose("assessmentForm:residualLikelihood", "3 – Frequent");
        browser.choose("assessmentForm:residualImpact", "3 – Considerable");
        browser.wait.until(d -> "High".equals(browser.text("assessmentForm:residualPreview")));
        String preview = browser.text("assessmentForm:acceptancePreview");
        assertTrue(preview.contains("Acceptance threshold: Medium.") && preview.contains("will need the sign-off of the risk owner"),
                preview);
        browser.type("assessmentForm:assessmentRationale", "Erstbewertung: Offline-Sicherung fehlt noch");
        browser.click("assessmentForm:saveAssessment");
        waitForText("The assessment of " + code + " has been saved.");
        browser.wait.until(d -> "Acceptance pending".equals(browser.text("stateForm:acceptanceState")));
        assertTrue(browser.driver.findElements(By.id("stateForm:acceptRisk")).isEmpty(), "the assessor cannot accept");
        assertTrue(browser.text("stateForm:acceptByOwner").contains(ownerPerson), browser.text("stateForm:acceptByOwner"));
        String history = browser.text("assessmentForm:history");
        assertTrue(history.contains("4 × 4 Critical") && history.contains("3 × 3 High") && history.contains(ADMIN), history);

        // plan the treatment
        browser.choose("riskForm:riskTreatment", "Mitigate");
        browser.type("riskForm:riskTreatmentPlan", "Offline-Sicherung einführen, Netz segmentieren");
        browser.choose("riskForm:riskTreatmentOwner", ownerPerson);
        String due = LocalDate.now().plusMonths(3).toString();
        // typed; a click outside closes the calendar (picking a day leaves it open)
        browser.type("riskForm:riskTreatmentDue_input", due);
        browser.driver.findElement(By.id("riskHeading")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("riskForm:riskTreatmentDue_panel")));
        assertEquals(due, browser.driver.findElement(By.id("riskForm:riskTreatmentDue_input")).getAttribute("value"));
        browser.tick("riskForm:riskTreatmentMeasures", measureCode + " – " + measureTitle);
        browser.click("riskForm:saveRisk");
        waitForText("Risk " + code + " has been saved.");
        browser.wait.until(d -> "Mitigate".equals(browser.text("riskForm:riskTreatment_label")));
        assertEquals(due, browser.driver.findElement(By.id("riskForm:riskTreatmentDue_input")).getAttribute("value"));
        assertEquals(ownerPerson, browser.text("riskForm:riskTreatmentOwner_label"));
        assertTrue(browser.text("riskForm:riskTreatmentMeasures").contains(measureCode), browser.text("riskForm:riskTreatmentMeasures"));
        assertEquals("Acceptance pending", browser.text("stateForm:acceptanceState"), "planning does not accept anything");
        browser.screenshot("risk-assessed-and-planned");

        browser.open(url("/risk/register"));
        browser.type("registerForm:query", code);
        WebElement row = registerRow(code);
        String planned = row.getText();
        assertTrue(planned.contains("Mitigate") && !planned.contains("plan incomplete") && planned.contains("Acceptance pending"),
                planned);
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // the owner accepts the residual risk (a note is required)
        firstLogin(owner, OWNER_TEMPORARY, OWNER_OWN);
        browser.open(riskUrl);
        assertTrue(browser.driver.findElements(By.id("riskForm:saveRisk")).isEmpty(), "a reader does not edit the risk");
        assertTrue(browser.driver.findElements(By.id("assessmentForm:saveAssessment")).isEmpty(), "nor assess it");
        browser.click("stateForm:acceptRisk");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptForm:acceptNote")));
        assertTrue(browser.driver.findElement(By.id("acceptDialog")).getText().contains("You accept the residual risk of "
                + code + " (High)"), browser.driver.findElement(By.id("acceptDialog")).getText());
        browser.click("acceptForm:confirmAccept");
        browser.wait.until(d -> d.findElement(By.id("acceptForm:acceptMessages")).getText()
                .contains("Acceptance note: please enter a value."));
        assertTrue(browser.driver.findElement(By.id("acceptDialog")).isDisplayed(), "without a note the dialog stays open");
        browser.type("acceptForm:acceptNote", note);
        browser.click("acceptForm:confirmAccept");
        waitForText("The residual risk of " + code + " has been accepted.");
        browser.wait.until(d -> "Accepted".equals(browser.text("stateForm:acceptanceState")));
        assertEquals(owner, browser.text("stateForm:acceptedBy"));
        assertEquals(note, browser.text("stateForm:acceptedNote"));
        assertTrue(browser.driver.findElements(By.id("stateForm:acceptRisk")).isEmpty(), "accepted once");
        assertTrue(browser.text("assessmentForm:history").contains(owner), "the assessment records who accepted");
        browser.screenshot("risk-accepted-by-owner");

        // the register: the risk counts in its heat map cells, and the residual cell narrows the table to it
        browser.open(url("/risk/register"));
        assertEquals(residualBefore + 1, count("registerForm:residualCell_" + RESIDUAL + "_" + RESIDUAL));
        assertEquals(inherentBefore + 1, count("registerForm:inherentCell_" + INHERENT + "_" + INHERENT));
        browser.click("registerForm:residualCell_" + RESIDUAL + "_" + RESIDUAL);
        browser.wait.until(d -> browser.text("registerForm:cellChip").contains(
                "Cell filter: likelihood " + RESIDUAL + " × impact " + RESIDUAL + " (residual)"));
        String accepted = registerRow(code).getText();
        assertTrue(accepted.contains(title) && accepted.contains(ownerPerson) && accepted.contains("Critical")
                && accepted.contains("High") && accepted.contains("Accepted"), accepted);
        List<WebElement> rows = browser.driver.findElements(By.xpath("//*[@id='registerForm:risks_data']/tr[td]"));
        assertTrue(rows.stream().allMatch(r -> r.getText().contains("High")), "only the cell's risks are listed");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
                browser.driver.findElement(By.id("registerForm:cellChip")));
        browser.screenshot("risk-register-cell");

        browser.click("registerForm:clearCell");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("registerForm:cellChip")));
        assertEquals(List.of(), browser.cspViolations(), "no Content-Security-Policy violations");
    }

    /** The number shown in a heat map cell. */
    private int count(String cellId) {
        return Integer.parseInt(browser.text(cellId).strip());
    }

    /** The register row of a risk, waiting for the table to show it. */
    private WebElement registerRow(String code) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='registerForm:risks']//tr[td//a[normalize-space(.)='" + code + "']]")));
    }

    /**
     * Approved risk criteria, as an organisation has them before it assesses. When none are (this test
     * run alone), the administrator submits the working draft (and is offered no approval: four eyes),
     * and a new ISMS manager appointed to top management approves it.
     */
    private void ensureApprovedCriteria(String suffix) {
        browser.open(url("/risk/register"));
        if (browser.driver.findElements(By.id("noCriteria")).isEmpty()) {
            return;
        }
        browser.open(url("/risk/criteria"));
        if (!browser.driver.findElements(By.id("criteriaForm:start")).isEmpty()) {
            browser.click("criteriaForm:start");
            waitForText("of the risk criteria has been started.");
        }
        if (!browser.driver.findElements(By.id("criteriaForm:submit")).isEmpty()) {
            browser.click("criteriaForm:submit");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:changeNote")));
            browser.type("submitForm:changeNote", "Standardkriterien 4 × 4, Schwelle mittel");
            browser.click("submitForm:confirmSubmit");
            waitForText("of the risk criteria has been submitted for approval.");
            assertTrue(browser.driver.findElements(By.id("criteriaForm:approve")).isEmpty(), "no approval for the author");
            assertTrue(browser.driver.findElements(By.id("criteriaForm:fourEyesHint")).size() == 1, "the four-eyes hint");
        }
        assertEquals("In review", browser.text("criteriaForm:versionStatus"));
        String number = browser.text("criteriaForm:versionNumber").replaceAll("\\D", "");

        String approver = "board-" + suffix;
        String boss = "Tilda Top " + suffix;
        createUser(approver, "Tilda Top", "ISMS manager", APPROVER_TEMPORARY);
        ensureOrganisation();
        createPerson(boss, approver);
        browser.open(url("/roles/appointments"));
        browser.click("appointmentsForm:newAppointment");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointmentForm:role")));
        browser.choose("appointmentForm:role", "Top management");
        browser.choose("appointmentForm:person", boss);
        browser.click("appointmentForm:save");
        waitForText("Appointment saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("appointmentDialog")));
        // narrowed to the person, in case other appointments fill the first page
        WebElement personFilter = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@id='appointmentsForm:appointments']//th[.//span[contains(@class,'ui-column-title')"
                        + " and normalize-space(.)='Person']]//input")));
        personFilter.sendKeys(boss);
        By rows = By.xpath("//*[@id='appointmentsForm:appointments_data']/tr[td]");
        browser.wait.until(d -> {
            List<WebElement> shown = d.findElements(rows);
            if (shown.size() != 1 || !shown.get(0).getText().contains(boss)) {
                return false;
            }
            shown.get(0).findElement(By.xpath(".//button[contains(@id, ':activate')]")).click();
            return true;
        });
        browser.confirm();
        waitForText("The appointment of " + boss + " is in force.");
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        firstLogin(approver, APPROVER_TEMPORARY, APPROVER_OWN);
        browser.open(url("/risk/criteria"));
        browser.click("criteriaForm:approve");
        browser.confirm();
        waitForText("Version " + number + " of the risk criteria has been approved and is now in force.");
        assertEquals("Approved", browser.text("criteriaForm:versionStatus"));
        assertEquals(approver, browser.text("criteriaForm:approvedBy"));
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");
        loginAsAdministrator();
    }
}
