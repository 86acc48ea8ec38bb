package org.custos.web.it;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the browser journeys share: a fresh headless Chromium per test (screenshot on the way out),
 * URLs of the deployed application, and logging in as FirstRunJourneyIT's administrator.
 */
abstract class JourneySupport {

    static final String ADMIN = "chief";
    static final String PASSWORD = "a long and secret sentence";

    @ArquillianResource
    URL base;

    Browser browser;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser(TestInfo info) {
        if (browser != null) {
            browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse(getClass().getSimpleName()));
            browser.close();
        }
    }

    String url(String path) {
        return base.toString().replaceFirst("/$", "") + path;
    }

    void waitForText(String text) {
        browser.wait.until(d -> d.getPageSource().contains(text));
    }

    /** A new local user with this role (its label in the role list; Reader is ticked anyway) and a temporary password, as the administrator. */
    void createUser(String username, String displayName, String roleLabel, String temporaryPassword) {
        browser.open(url("/admin/users"));
        browser.click("usersForm:newUser");
        browser.type("editForm:username", username);
        browser.type("editForm:displayName", displayName);
        browser.type("editForm:email", username + "@klinikum.example");
        var role = browser.driver.findElement(By.xpath("//*[@id='editForm:roles']//label[normalize-space(.)='"
                + roleLabel + "']"));
        // a new user comes with Reader ticked: clicking it again would leave the user without any role
        if (!browser.driver.findElement(By.id(role.getAttribute("for"))).isSelected()) {
            role.click();
        }
        browser.type("editForm:password", temporaryPassword);
        browser.click("editForm:save");
        waitForText("User " + username + " created.");
    }

    /** A new user's first login: the temporary password, then their own on the profile page. */
    void firstLogin(String username, String temporaryPassword, String ownPassword) {
        browser.open(url("/login"));
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", temporaryPassword);
        browser.click("loginForm:submit");
        browser.waitForPath("/profile");
        browser.type("passwordForm:current", temporaryPassword);
        browser.type("passwordForm:newPassword", ownPassword);
        browser.type("passwordForm:newPasswordRepeat", ownPassword);
        browser.click("passwordForm:changePassword");
        waitForText("Your password has been changed.");
    }

    /** Logs in with a password (no second factor) and waits for the start page. */
    void loginAsAdministrator() {
        browser.open(url("/login"));
        browser.type("loginForm:username", ADMIN);
        browser.type("loginForm:password", PASSWORD);
        browser.click("loginForm:submit");
        browser.waitForPath("/");
    }

    /** A person linked to a user account, created on the people page. */
    void createPerson(String name, String account) {
        browser.open(url("/organisation/people"));
        browser.click("peopleForm:newPerson");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personForm:name")));
        browser.type("personForm:name", name);
        browser.click("personForm:account");
        By item = By.xpath("//div[@id='personForm:account_panel']//li[contains(@data-label, \"(" + account + ")\")]");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        browser.choose("personForm:account", browser.driver.findElement(item).getAttribute("data-label"));
        browser.click("personForm:save");
        waitForText(name + " saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("personDialog")));
    }

    /** An organisation profile, needed before people and units; created unless an earlier journey did. */
    void ensureOrganisation() {
        browser.open(url("/organisation/profile"));
        if (browser.driver.findElement(By.id("profileForm:name")).getAttribute("value").isBlank()) {
            browser.type("profileForm:name", "Klinikum Teststadt");
            browser.click("profileForm:saveProfile");
            waitForText("Organisation profile saved.");
        }
    }

    /** A person's id by name, through the API as the administrator. */
    long personId(String name) throws Exception {
        return json(get(ADMIN, PASSWORD, "/api/v1/persons").body()).asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The API as a user with a password (Basic authentication). */
    HttpResponse<String> get(String user, String password, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String user, String password, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static jakarta.json.JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
