package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Guideline management in the browser: an editor writes a regulation under the guideline and submits
 * it; the editor is offered no approval (and the API refuses it); a second user approves and
 * publishes. Runs after FirstRunJourneyIT, whose administrator is the second user.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanDocumentsJourneyIT extends JourneySupport {

    private static final String TEMPORARY = "temporary editor pass 1";
    private static final String OWN = "the editor's own long secret";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }


    @Test
    public void anEditorWritesARegulationAndAnotherUserApprovesAndPublishesIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String editor = "editor-" + suffix;
        String person = "Erika Editorin " + suffix;
        String code = "RL-WEB-" + suffix;
        String title = "Richtlinie Fernwartung " + suffix;

        loginAsAdministrator();
        ensureOrganisation();
        createUser(editor, "Erika Editorin", "Editor", TEMPORARY);
        createPerson(person, editor);
        String guideline = ensureGuideline(person, editor);
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // The editor logs in (first: own password), writes the regulation under the guideline and submits it.
        firstLogin(editor, TEMPORARY, OWN);

        browser.open(url("/documents/register"));
        browser.click("registerForm:newDocument");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:code")));
        browser.choose("createForm:type", "Regulation");
        browser.type("createForm:code", code);
        chooseContaining("createForm:parent", guideline + " – ");
        browser.choose("createForm:owner", person);
        browser.type("createForm:title", title);
        var editorBox = browser.driver.findElement(By.cssSelector("[id='createForm:content'] .ql-editor"));
        editorBox.click();
        editorBox.sendKeys("Fernwartung nur über das Wartungsportal mit Freigabe im Einzelfall.");
        browser.click("createForm:create");
        browser.waitForPath("/documents/document");
        waitForText(title);
        assertEquals("Draft", browser.text("documentForm:documentStatus"));
        assertTrue(browser.text("documentContent").contains("Wartungsportal"));

        browser.click("documentForm:submit");
        browser.confirm();
        browser.wait.until(d -> "In review".equals(browser.text("documentForm:versionStatus")));
        assertTrue(browser.driver.findElements(By.id("documentForm:approve")).isEmpty(), "the editor is offered no approval");
        assertTrue(browser.driver.findElements(By.id("documentForm:publish")).isEmpty());
        long id = Long.parseLong(URI.create(browser.driver.getCurrentUrl()).getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        HttpResponse<String> refused = post(editor, OWN, "/api/v1/documents/" + id + "/versions/1/approve", "{}");
        assertEquals(403, refused.statusCode(), "nor does the API let the editor approve: " + refused.body());
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // A second user approves and publishes.
        loginAsAdministrator();
        browser.open(url("/documents/document?id=" + id));
        waitForText(title);
        browser.click("documentForm:approve");
        browser.confirm();
        browser.wait.until(d -> "Approved".equals(browser.text("documentForm:versionStatus")));
        browser.click("documentForm:publish");
        browser.confirm();
        browser.wait.until(d -> "Published".equals(browser.text("documentForm:versionStatus")));
        assertEquals("Published", browser.text("documentForm:documentStatus"));

        JsonObject published = json(get(ADMIN, PASSWORD, "/api/v1/documents/" + id).body()).asJsonObject();
        assertEquals("PUBLISHED", published.getString("status"));
        JsonObject v1 = json(get(ADMIN, PASSWORD, "/api/v1/documents/" + id + "/versions/1").body()).asJsonObject();
        assertEquals(editor, v1.getString("createdBy"));
        assertEquals(ADMIN, v1.getString("approvedBy"));
        assertEquals(64, v1.getString("contentHash").length());

        browser.open(url("/documents/tree"));
        waitForText(code);
    }

    /** A user with one app role, created on the users page; the password must be changed at first login. */
    /** The organisation profile exists (created here when this test runs alone). */
    /**
     * The code of the guideline in force. Without one (this test run alone), the administrator becomes
     * top management, the editor writes the guideline through the API, and the administrator approves it.
     */
    private String ensureGuideline(String editorPerson, String editor) throws Exception {
        JsonArray inForce = json(get(ADMIN, PASSWORD, "/api/v1/documents?type=GUIDELINE&status=PUBLISHED").body()).asJsonArray();
        if (!inForce.isEmpty()) {
            return inForce.getJsonObject(0).getString("code");
        }
        createPerson("Chief Executive " + editor, ADMIN);
        long chief = personId("Chief Executive " + editor);
        HttpResponse<String> appointed = post(ADMIN, PASSWORD, "/api/v1/appointments", "{\"role\":\"TOP_MANAGEMENT\","
                + "\"personId\":" + chief + ",\"start\":\"" + LocalDate.now().minusDays(1) + "\",\"activate\":true}");
        assertEquals(201, appointed.statusCode(), appointed.body());
        HttpResponse<String> created = post(editor, TEMPORARY, "/api/v1/documents", "{\"type\":\"GUIDELINE\",\"code\":\"LL-WEB\","
                + "\"ownerId\":" + personId(editorPerson) + ",\"title\":\"Leitlinie\",\"content\":\"<p>Leitlinie</p>\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        for (String step : new String[] {"submit", "approve", "publish"}) {
            HttpResponse<String> r = post(step.equals("submit") ? editor : ADMIN, step.equals("submit") ? TEMPORARY : PASSWORD,
                    "/api/v1/documents/" + id + "/versions/1/" + step, "{}");
            assertEquals(200, r.statusCode(), step + ": " + r.body());
        }
        return "LL-WEB";
    }

    /** Picks the first option whose label contains the text. */
    private void chooseContaining(String menuId, String text) {
        browser.click(menuId);
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@data-label, \"" + text + "\")]");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        String label = browser.driver.findElement(item).getAttribute("data-label");
        browser.choose(menuId, label);
    }
}
