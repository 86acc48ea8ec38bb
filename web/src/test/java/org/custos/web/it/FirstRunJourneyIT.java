package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A newcomer's first run, in a real browser against the shipped WAR on an empty database: setup
 * token → first administrator → login → German → logout. Then the REST API with that account.
 */
@ExtendWith(ArquillianExtension.class)
public class FirstRunJourneyIT {

    private static final String ADMIN = "chief";
    private static final String PASSWORD = "a long and secret sentence";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser(TestInfo info) {
        if (browser != null) {
            browser.screenshot(info.getTestMethod().map(m -> m.getName()).orElse("journey"));
            browser.close();
        }
    }

    private String url(String path) {
        return base.toString().replaceFirst("/$", "") + path;
    }

    @Test
    public void firstRunCreatesAdministratorLogsInSwitchesToGermanAndLogsOutThenUsesTheApi() throws Exception {
        Path tokenFile = Path.of(System.getProperty("custos.test.dataDir", "target/it-data"), "setup-token");
        assertTrue(Files.exists(tokenFile), "an empty database issues a setup token: " + tokenFile);
        String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();

        browser.open(url("/"));
        browser.waitForPath("/setup");
        browser.type("setupForm:token", "wrong-token-123456");
        browser.type("setupForm:username", ADMIN);
        browser.type("setupForm:displayName", "Chief Admin");
        browser.type("setupForm:password", PASSWORD);
        browser.type("setupForm:passwordRepeat", PASSWORD);
        browser.click("setupForm:submit");
        browser.wait.until(d -> d.getPageSource().contains("The setup token is wrong."));

        browser.type("setupForm:token", token);
        browser.type("setupForm:password", PASSWORD);
        browser.type("setupForm:passwordRepeat", PASSWORD);
        browser.click("setupForm:submit");
        browser.waitForPath("/login");
        assertTrue(browser.driver.getPageSource().contains("Administrator chief created"));
        assertTrue(Files.notExists(tokenFile), "the token is gone once used");

        browser.type("loginForm:username", ADMIN);
        browser.type("loginForm:password", "not the password");
        browser.click("loginForm:submit");
        browser.wait.until(d -> d.getPageSource().contains("User name or password is wrong."));

        browser.type("loginForm:username", ADMIN);
        browser.type("loginForm:password", PASSWORD);
        browser.click("loginForm:submit");
        browser.waitForPath("/");
        assertTrue(browser.text("welcome").contains("Chief Admin"), browser.text("welcome"));
        assertEquals("Dashboard", browser.text("pageTitle"));

        browser.click("topbarForm:langDe");
        browser.wait.until(d -> "Übersicht".equals(browser.text("pageTitle")));
        assertTrue(browser.text("navUsers").contains("Benutzer"));
        assertTrue(browser.text("topbarForm:logout").contains("Abmelden"));

        browser.open(url("/admin/users"));
        assertEquals("Benutzer", browser.text("pageTitle"));
        assertTrue(browser.driver.getPageSource().contains(ADMIN));

        browser.click("topbarForm:logout");
        browser.waitForPath("/login");
        assertEquals("Anmelden", browser.text("pageTitle"), "the language stays German after logout");

        browser.open(url("/setup"));
        assertTrue(browser.text("setupClosed").length() > 0, "setup refuses once an administrator exists");
        browser.open(url("/admin/users"));
        browser.waitForPath("/login");

        restApiAuthenticatesWithBasicAndAnswersInJson();
    }

    private void restApiAuthenticatesWithBasicAndAnswersInJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"code\":\"unauthenticated\""), anonymous.body());

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"chief\""), me.body());
        assertTrue(me.body().contains("ADMINISTRATOR"), me.body());
        assertEquals("nosniff", me.headers().firstValue("X-Content-Type-Options").orElse(""));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/audit?entityType=User&limit=5")))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("\"entityType\":\"User\""), page.body());

        HttpResponse<String> badPaging = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/audit?limit=0")))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, badPaging.statusCode(), badPaging.body());

        HttpResponse<String> verify = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/audit/verify")))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, verify.statusCode(), verify.body());
        assertTrue(verify.body().contains("\"intact\":true"), verify.body());

        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url("/health/ready"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""));
    }
}
