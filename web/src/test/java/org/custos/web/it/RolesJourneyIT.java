package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Role assignment in the browser: the organisation profile, people, an ISO appointed with a deputy
 * by top management, the appointment letter as a real PDF, role health, and RACI on a requirement.
 * Runs after FirstRunJourneyIT (alphabetical order), whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class) // the API test uses the journey's people
public class RolesJourneyIT extends JourneySupport {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    private WebElement row(String tableId, String containing) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='" + tableId
                + "']//tr[td[contains(normalize-space(.), '" + containing + "')]]")));
    }

    private void addPerson(String name, String function) {
        browser.click("peopleForm:newPerson");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personForm:name")));
        browser.type("personForm:name", name);
        browser.type("personForm:function", function);
        browser.click("personForm:save");
        waitForText(name + " saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("personDialog")));
    }

    private void appoint(String role, String person, String deputy, String appointer) {
        browser.click("appointmentsForm:newAppointment");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointmentForm:role")));
        browser.choose("appointmentForm:role", role);
        browser.choose("appointmentForm:person", person);
        if (deputy != null) {
            browser.choose("appointmentForm:deputy", deputy);
        }
        if (appointer != null) {
            browser.choose("appointmentForm:appointedBy", appointer);
        }
        browser.click("appointmentForm:save");
        waitForText("Appointment saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("appointmentDialog")));
        row("appointmentsForm:appointments", person).findElement(By.xpath(".//button[contains(@id, ':activate')]")).click();
        browser.confirm();
        waitForText("The appointment of " + person + " is in force.");
    }

    @Test
    public void anIsoIsAppointedWithADeputyAndTheLetterNamesThem() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String boss = "Berta Boss " + suffix;
        String iso = "Ida Sicher " + suffix;
        String deputy = "Volker Vertreter " + suffix;

        loginAsAdministrator();

        browser.click("navOrganisation");
        browser.waitForPath("/organisation/profile");
        browser.type("profileForm:name", "Klinikum Journey " + suffix);
        browser.click("profileForm:saveProfile");
        waitForText("Organisation profile saved.");

        browser.click("navPeople");
        browser.waitForPath("/organisation/people");
        addPerson(boss, "Geschäftsführerin");
        addPerson(iso, "Informationssicherheitsbeauftragte");
        addPerson(deputy, "IT-Sicherheit");

        browser.click("navAppointments");
        browser.waitForPath("/roles/appointments");
        appoint("Top management", boss, null, null);
        appoint("Information security officer", iso, deputy, boss);
        String isoRow = row("appointmentsForm:appointments", iso).getText();
        assertTrue(isoRow.contains(deputy) && isoRow.contains("Active"), isoRow);

        row("appointmentsForm:appointments", iso).findElement(By.xpath(".//button[contains(@id, ':letterDe')]")).click();
        Path pdf = browser.download(".pdf");
        String text = RolesIT.text(Files.readAllBytes(pdf));
        assertTrue(text.contains(iso) && text.contains(deputy) && text.contains(boss), text);
        assertTrue(text.contains("Bestellung: Informationssicherheitsbeauftragte(r)"), text);

        browser.click("navRoleHealth");
        browser.waitForPath("/roles/health");
        assertTrue(browser.text("healthForm:findings").contains(boss + " holds Top management without a deputy."),
                browser.text("healthForm:findings"));

        browser.open(url("/standards/list"));
        browser.driver.findElement(By.xpath("//tr[td[contains(., 'Shipped with Custos')]]//a[text()='ISO/IEC 27001']")).click();
        browser.waitForPath("/standards/tree");
        browser.type("treeForm:query", "A.5.24");
        browser.click("treeForm:search");
        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='treeForm:results']//a[text()='A.5.24']"))).click();
        browser.wait.until(d -> "A.5.24".equals(browser.text("selectedRef")));
        browser.click("treeForm:openRequirement");
        browser.waitForPath("/standards/requirement");
        browser.choose("raciForm:raciLetter", "Accountable");
        browser.choose("raciForm:raciWho", iso);
        browser.click("raciForm:raciAdd");
        waitForText("Assigned.");
        assertTrue(browser.text("raciForm:raci").contains(iso), browser.text("raciForm:raci"));

        assertEquals(List.of(), browser.cspViolations(), "no Content-Security-Policy violations");
    }

    @Test
    public void theApiListsRolesAndHealthAndAppointsWithTheSameRules() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                        .header("Authorization", basic).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var roles = get.apply("/api/v1/roles");
        assertEquals(200, roles.statusCode(), roles.body());
        assertTrue(roles.body().contains("\"code\":\"ISO\"") && roles.body().contains("\"isoReference\":\"5.3, A.5.2\""),
                roles.body());
        var health = get.apply("/api/v1/role-health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().startsWith("["), health.body());
        var persons = get.apply("/api/v1/persons");
        assertEquals(200, persons.statusCode(), persons.body());

        java.util.regex.Matcher firstId = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(persons.body());
        assertTrue(firstId.find(), "the organisation has people: " + persons.body());
        long someone = Long.parseLong(firstId.group(1));
        String body = "{\"role\":\"IT_LEAD\",\"personId\":" + someone + ",\"deputyId\":" + someone
                + ",\"start\":\"2026-12-01\",\"activate\":true}";
        var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/appointments")))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("The deputy must be someone other than the person appointed."), refused.body());
        var badDate = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/appointments")))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"role\":\"IT_LEAD\",\"personId\":" + someone
                        + ",\"start\":\"1.12.2026\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(422, badDate.statusCode(), badDate.body());
        var draft = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/appointments")))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"role\":\"IT_LEAD\",\"personId\":" + someone
                        + ",\"start\":\"2026-12-01\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, draft.statusCode(), draft.body());
        assertTrue(draft.body().contains("\"status\":\"DRAFT\""), draft.body());
    }

    @Test
    public void theAuditorSeesOnlyTheScopeAndNoEditActions() throws Exception {
        String auditor = "cert-" + UUID.randomUUID().toString().substring(0, 6);
        loginAsAdministrator();
        browser.open(url("/admin/auditors"));
        browser.click("auditorsForm:newAuditor");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditorForm:username")));
        browser.type("auditorForm:username", auditor);
        browser.type("auditorForm:displayName", "Paula Prüfer");
        browser.type("auditorForm:company", "CertCo Zertifizierung GmbH");
        browser.tick("auditorForm:standards", "ISO/IEC 27001 (2022)");
        browser.type("auditorForm:password", "temporary auditor pass 1");
        browser.click("auditorForm:save");
        waitForText("Auditor account " + auditor + " saved.");
        assertTrue(row("auditorsForm:auditors", auditor).getText().contains("CertCo Zertifizierung GmbH"));
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        browser.type("loginForm:username", auditor);
        browser.type("loginForm:password", "temporary auditor pass 1");
        browser.click("loginForm:submit");
        browser.waitForPath("/profile");
        browser.type("passwordForm:current", "temporary auditor pass 1");
        browser.type("passwordForm:newPassword", "the auditor's own long secret");
        browser.type("passwordForm:newPasswordRepeat", "the auditor's own long secret");
        browser.click("passwordForm:changePassword");
        waitForText("Your password has been changed.");

        // auditors must use a second factor: enrol it on the profile page before anything else
        browser.open(url("/roles/appointments"));
        browser.waitForPath("/profile");
        waitForText("Your role requires a second factor.");
        browser.click("factorForm:startFactor");
        String secret = browser.text("totpSecret");
        assertTrue(browser.driver.findElement(By.id("factorQr")).getAttribute("src").startsWith("data:image/png;base64,"));
        browser.type("factorForm:confirmCode", SecuritySecondFactorIT.code(secret));
        browser.click("factorForm:confirmFactor");
        waitForText("Second factor turned on.");
        assertEquals(10, browser.text("recoveryCodes").lines().filter(l -> !l.isBlank()).count());

        // the next login asks for the code
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");
        browser.type("loginForm:username", auditor);
        browser.type("loginForm:password", "the auditor's own long secret");
        browser.click("loginForm:submit");
        browser.type("loginForm:code", SecuritySecondFactorIT.code(secret));
        browser.click("loginForm:verify");
        browser.waitForPath("/");

        browser.open(url("/standards/list"));
        String list = browser.text("standardsForm:standards");
        assertTrue(list.contains("ISO/IEC 27001") && !list.contains("NIS2"), list);
        assertTrue(browser.driver.findElements(By.id("standardsForm:importLink")).isEmpty(), "no import for auditors");
        browser.open(url("/roles/appointments"));
        assertTrue(browser.driver.findElements(By.id("appointmentsForm:newAppointment")).isEmpty());
        assertTrue(browser.driver.findElements(By.xpath("//button[contains(@id, ':activate') or contains(@id, ':edit')]")).isEmpty());
        browser.open(url("/organisation/people"));
        assertTrue(browser.driver.findElements(By.id("peopleForm:newPerson")).isEmpty());
        browser.open(url("/admin/users"));
        assertEquals("Not permitted", browser.text("pageTitle"));
        browser.open(url("/standards/import"));
        assertEquals("Not permitted", browser.text("pageTitle"));

        browser.click("topbarForm:logout");
        browser.waitForPath("/login");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var views = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                url("/api/v1/audit?entityType=PageView&actor=" + auditor + "&limit=50"))).header("Authorization", basic).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, views.statusCode(), views.body());
        assertTrue(views.body().contains("/roles/appointments") && views.body().contains("/organisation/people"),
                "every page the auditor opened is in the audit trail: " + views.body());
    }
}
