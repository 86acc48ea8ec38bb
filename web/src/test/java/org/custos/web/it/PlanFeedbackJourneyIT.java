package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Act in the browser: an interested party's complaint is recorded (a missing summary is refused with a clear
 * message), answered and closed on the feedback page; then feedback recorded, changed and answered through the
 * API, and the context page counts a party's open feedback. Runs after FirstRunJourneyIT, whose administrator
 * it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanFeedbackJourneyIT extends JourneySupport {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void aComplaintIsRecordedAnsweredAndClosedInTheBrowserAndThroughTheApi() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String party = "Patientenvertretung " + suffix;
        String summary = "Arztbrief an falschen Hausarzt gefaxt " + suffix;
        loginAsAdministrator();

        browser.open(url("/context/obligations"));
        browser.click("contextForm:newParty");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partyForm:partyName")));
        browser.type("partyForm:partyName", party);
        browser.choose("partyForm:partyCategory", "Patients");
        browser.click("partyForm:saveParty");
        waitForText("Interested party \"" + party + "\" saved.");

        browser.click("navFeedback");
        browser.wait.until(d -> d.getCurrentUrl().contains("/context/feedback"));
        browser.waitForPage();
        browser.click("feedbackForm:newFeedback");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:summary")));
        browser.choose("editForm:party", party);
        browser.choose("editForm:channel", "Complaint form");
        browser.click("editForm:save");
        browser.wait.until(d -> browser.text("editForm:editMessages").contains("The feedback needs a summary of at most 500 characters."));
        browser.type("editForm:summary", summary);
        browser.click("editForm:save");
        waitForText("Feedback \"" + summary + "\" saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("feedbackDialog")));

        var summaryCell = browser.driver.findElement(By.xpath(rowXpath(summary) + "//strong"));
        assertTrue(summaryCell.getSize().getWidth() > 100,
                "the summary column is not squeezed away by the fixed ones: " + summaryCell.getSize());
        String row = rowText(summary);
        assertTrue(row.contains("Complaint") && row.contains("open"), row);
        browser.driver.findElement(By.xpath(rowXpath(summary) + "//button[contains(@id,'answerFeedback')]")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answerForm:response")));
        browser.click("answerForm:confirmAnswer");
        browser.wait.until(d -> browser.text("answerForm:answerMessages").contains("Write the response given to the party"));
        browser.type("answerForm:response", "Entschuldigung; der Versand läuft künftig über KIM.");
        browser.click("answerForm:confirmAnswer");
        waitForText("Answer to \"" + summary + "\" recorded.");
        browser.wait.until(d -> rowText(summary).contains("answered"));
        assertTrue(browser.driver.findElements(By.xpath(rowXpath(summary) + "//button[contains(@id,'deleteFeedback')]")).isEmpty(),
                "answered feedback cannot be deleted");
        browser.driver.findElement(By.xpath(rowXpath(summary) + "//button[contains(@id,'closeFeedback')]")).click();
        browser.confirm();
        waitForText("Feedback \"" + summary + "\" closed.");
        browser.wait.until(d -> rowText(summary).contains("closed"));

        // the API: the closed complaint, a new requirement recorded, changed and answered
        HttpResponse<String> closed = get(ADMIN, PASSWORD, "/api/v1/feedback?status=closed");
        assertEquals(200, closed.statusCode(), closed.body());
        assertTrue(closed.body().contains(summary), closed.body());
        long partyId = ((JsonArray) json(get(ADMIN, PASSWORD, "/api/v1/interested-parties").body())).stream()
                .map(v -> (JsonObject) v).filter(o -> o.getString("name").equals(party)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> refused = post(ADMIN, PASSWORD, "/api/v1/feedback", "{\"partyId\":" + partyId
                + ",\"receivedOn\":\"2999-01-01\",\"channel\":\"email\",\"kind\":\"requirement\",\"summary\":\"x\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("cannot lie in the future"), refused.body());
        HttpResponse<String> created = post(ADMIN, PASSWORD, "/api/v1/feedback", "{\"partyId\":" + partyId
                + ",\"receivedOn\":\"" + java.time.LocalDate.now() + "\",\"channel\":\"email\",\"kind\":\"requirement\","
                + "\"summary\":\"Online-Einsicht in Befunde " + suffix + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject item = (JsonObject) json(created.body());
        long id = item.getJsonNumber("id").longValue();
        assertEquals("OPEN", item.getString("status"));
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/feedback/" + id)))
                .header("Authorization", basic(ADMIN, PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"partyId\":" + partyId + ",\"receivedOn\":\"" + java.time.LocalDate.now()
                        + "\",\"channel\":\"survey\",\"kind\":\"suggestion\",\"summary\":\"Online-Einsicht " + suffix
                        + "\",\"version\":" + item.getJsonNumber("version") + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("SUGGESTION", ((JsonObject) json(changed.body())).getString("kind"));

        browser.open(url("/context/obligations"));
        By openCount = By.xpath("//tr[td[normalize-space(.)='" + party + "']]//a[contains(@id,'partyFeedback')]");
        assertEquals("1", browser.wait.until(ExpectedConditions.visibilityOfElementLocated(openCount)).getText(),
                "one open feedback item of the party");

        HttpResponse<String> answered = post(ADMIN, PASSWORD, "/api/v1/feedback/" + id + "/answer", "{\"version\":"
                + ((JsonObject) json(changed.body())).getJsonNumber("version") + ",\"response\":\"Ist in Planung.\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("ANSWERED", ((JsonObject) json(get(ADMIN, PASSWORD, "/api/v1/feedback/" + id).body())).getString("status"));
        browser.open(url("/context/obligations"));
        assertEquals("0", browser.wait.until(ExpectedConditions.visibilityOfElementLocated(openCount)).getText());
    }

    private static String rowXpath(String summary) {
        return "//tbody[@id='feedbackForm:feedback_data']/tr[.//strong[normalize-space(.)='" + summary + "']]";
    }

    /** The text of the table row showing this summary (found again after each Ajax update). */
    private String rowText(String summary) {
        return browser.wait.until(d -> {
            try {
                return ExpectedConditions.visibilityOfElementLocated(By.xpath(rowXpath(summary))).apply(d).getText();
            } catch (RuntimeException e) {
                return null;
            }
        });
    }
}
