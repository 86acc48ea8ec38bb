package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * An external auditor at work in the browser: the certification body's auditor (scoped to ISO 27001, with a
 * second factor) opens the surveillance audit, records a major finding against A.5.15 and cannot raise
 * nonconformities; the administrator raises the nonconformity from the finding, which then fails the
 * certification rule 10.2. (Its corrective action and the independent effectiveness check run in
 * NonconformityJourneyIT.) Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class ProgrammeAuditsJourneyIT extends JourneySupport {

    private static final String AUDITOR_TEMPORARY = "temporary auditor pass 1";
    private static final String AUDITOR_OWN = "the auditor's own long secret";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void anExternalAuditorRecordsAMajorFindingThatBecomesANonconformity() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String auditor = "cert-" + suffix;
        String auditCode = "UEA-" + suffix;
        String ncCode = "NC-UEA-" + suffix;

        // the surveillance audit, planned through the API as the administrator
        long iso = json(get(ADMIN, PASSWORD, "/api/v1/standards").body()).asJsonArray().stream().map(v -> (JsonObject) v)
                .filter(s -> s.getString("code").equals("ISO27001")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> created = post(ADMIN, PASSWORD, "/api/v1/audits", "{\"code\":\"" + auditCode + "\",\"title\":\"Surveillance "
                + suffix + "\",\"kind\":\"SURVEILLANCE\",\"year\":2026,\"standardId\":" + iso + ",\"body\":\"CertCo GmbH\"}");
        assertEquals(201, created.statusCode(), created.body());
        long auditId = json(created.body()).asJsonObject().getJsonNumber("id").longValue();

        // the auditor's account, first login, second factor
        loginAsAdministrator();
        browser.open(url("/admin/auditors"));
        browser.click("auditorsForm:newAuditor");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditorForm:username")));
        browser.type("auditorForm:username", auditor);
        browser.type("auditorForm:displayName", "Paula Prüfer");
        browser.type("auditorForm:company", "CertCo GmbH");
        browser.tick("auditorForm:standards", "ISO/IEC 27001 (2022)");
        browser.type("auditorForm:password", AUDITOR_TEMPORARY);
        browser.click("auditorForm:save");
        waitForText("Auditor account " + auditor + " saved.");
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");
        firstLogin(auditor, AUDITOR_TEMPORARY, AUDITOR_OWN);
        browser.open(url("/audits/register"));
        browser.waitForPath("/profile");
        browser.click("factorForm:startFactor");
        String secret = browser.text("totpSecret");
        browser.type("factorForm:confirmCode", SecuritySecondFactorIT.code(secret));
        browser.click("factorForm:confirmFactor");
        waitForText("Second factor turned on.");

        // the auditor records a major finding in the audit of their scope
        browser.open(url("/audits/register"));
        assertTrue(browser.text("auditsForm:audits").contains(auditCode), browser.text("auditsForm:audits"));
        assertTrue(browser.driver.findElements(By.id("auditsForm:newAudit")).isEmpty(), "auditors do not plan audits");
        browser.open(url("/audits/audit?id=" + auditId));
        assertTrue(browser.driver.findElements(By.id("auditForm:saveAudit")).isEmpty(), "nor change them");
        browser.click("findingsForm:addFinding");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("findingDialogForm:findingStatement")));
        browser.choose("findingDialogForm:findingKindMenu", "Major nonconformity");
        browser.type("findingDialogForm:findingStatement", "No evidence of access reviews in 2026 " + suffix);
        browser.tick("findingDialogForm:findingRequirements", "A.5.15 Access control");
        browser.click("findingDialogForm:saveFinding");
        waitForText("Finding F-1 recorded.");
        String findings = browser.text("findingsForm:findings");
        assertTrue(findings.contains("Major nonconformity") && findings.contains("A.5.15") && findings.contains(auditor), findings);
        assertTrue(browser.driver.findElements(By.id("findingsForm:findings:0:raise")).isEmpty(),
                "raising nonconformities is the organisation's business");
        browser.screenshot("auditor-finding");
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // the organisation raises the nonconformity; 10.2 fails with it
        loginAsAdministrator();
        browser.open(url("/audits/audit?id=" + auditId));
        browser.click("findingsForm:findings:0:raise");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("raiseDialogForm:ncCode")));
        browser.driver.findElement(By.id("raiseDialogForm:ncCode")).clear();
        browser.type("raiseDialogForm:ncCode", ncCode);
        browser.click("raiseDialogForm:confirmRaise");
        waitForText("Nonconformity " + ncCode + " recorded.");
        browser.waitForPath("/nonconformities/nonconformity");
        assertEquals("Major", browser.text("gradeTag"));
        browser.open(url("/audits/audit?id=" + auditId));
        assertEquals(ncCode, browser.text("findingsForm:findings:0:raisedLink"));
        browser.open(url("/readiness/overview"));
        String rules = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(rules.contains("No major nonconformity is open") && rules.contains(ncCode), "10.2 names it: " + rules);
        assertEquals(List.of(), browser.cspViolations(), "no Content-Security-Policy violations");
    }
}
