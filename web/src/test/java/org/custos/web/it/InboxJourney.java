package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * NotificationJourneyIT's walk through the inbox in the browser, on the client side only: the container
 * test class must not name Selenium types, so they live here.
 */
final class InboxJourney {

    private final URL base;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newHttpClient();
    private Browser browser;

    InboxJourney(URL base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
    }

    /** {@code first} and {@code second}: the two actions' descriptions; {@code firstLink}: where the first leads. */
    void walk(String first, String firstLink, String second) throws Exception {
        browser = Browser.start();
        try {
            steps(first, firstLink, second);
        } finally {
            browser.screenshot("theReaderWorksThroughTheInbox");
            browser.close();
        }
    }

    private void steps(String first, String firstLink, String second) throws Exception {
        browser.open(url("/login"));
        browser.type("loginForm:username", user);
        browser.type("loginForm:password", password);
        browser.click("loginForm:submit");
        browser.waitForPath("/");
        assertEquals("2", browser.text("topbarForm:unreadCount"), "the bell counts both");

        // the bell by keyboard: it is a link
        press("topbarForm:inboxLink");
        browser.waitForPath("/inbox");
        String table = browser.text("inboxForm:notifications");
        assertTrue(table.contains(first) && table.contains(second), table);
        assertTrue(table.contains("Corrective action overdue since"), table);

        // the notification's link leads to the nonconformity and marks it read
        browser.driver.findElement(By.xpath("//a[contains(@id, ':open')][contains(., '" + first + "')]")).click();
        browser.waitForPath("/nonconformities/nonconformity");
        assertTrue(browser.driver.getCurrentUrl().endsWith(firstLink), browser.driver.getCurrentUrl());
        assertEquals("1", browser.text("topbarForm:unreadCount"), "one left unread");

        press("topbarForm:inboxLink");
        browser.waitForPath("/inbox");
        assertEquals("read", row(first).findElement(By.xpath(".//*[contains(@id, ':state')]")).getText());
        assertTrue(row(second).findElements(By.xpath(".//button[contains(@id, ':delete')]")).isEmpty(),
                "an unread one cannot be deleted");

        // deleting asks first: "no" keeps it, "yes" deletes it
        row(first).findElement(By.xpath(".//button[contains(@id, ':delete')]")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")))
                .click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(browser.text("inboxForm:notifications").contains(first), "kept after no");
        row(first).findElement(By.xpath(".//button[contains(@id, ':delete')]")).click();
        browser.confirm();
        browser.wait.until(d -> d.getPageSource().contains("Notification deleted."));
        browser.wait.until(d -> !browser.text("inboxForm:notifications").contains(first));

        // the other one marked read by keyboard: the bell shows no count any more
        row(second).findElement(By.xpath(".//button[contains(@id, ':markRead')]")).sendKeys(Keys.ENTER);
        browser.wait.until(d -> d.findElements(By.id("topbarForm:unreadCount")).isEmpty());
        browser.wait.until(d -> "read".equals(row(second).findElement(By.xpath(".//*[contains(@id, ':state')]")).getText()));

        // the mail preference: at once, kept over a reload; then none, as the API tells
        browser.driver.findElement(By.cssSelector("label[for='preferencesForm:digest:0']")).click();
        press("preferencesForm:savePreferences");
        browser.wait.until(d -> d.getPageSource().contains("Notification settings saved."));
        browser.open(url("/inbox"));
        assertTrue(browser.driver.findElement(By.id("preferencesForm:digest:0")).isSelected(), "at once, still");
        assertTrue(api("/api/v1/inbox/preferences").contains("\"digest\":\"IMMEDIATE\""));
        browser.driver.findElement(By.cssSelector("label[for='preferencesForm:digest:2']")).click();
        press("preferencesForm:savePreferences");
        browser.wait.until(d -> d.getPageSource().contains("Notification settings saved."));
        assertTrue(api("/api/v1/inbox/preferences").contains("\"digest\":\"NONE\""));
        browser.open(url("/inbox"));
        assertTrue(browser.driver.findElement(By.id("preferencesForm:digest:2")).isSelected(), "none, still");

        // all read ones at once, by keyboard, after confirming
        press("inboxForm:deleteRead");
        WebElement yes = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
        yes.sendKeys(Keys.ENTER);
        browser.wait.until(d -> d.getPageSource().contains("Read notifications deleted: 1."));
        browser.wait.until(d -> browser.text("inboxForm:notifications").contains("No notifications."));
        assertEquals("[]", api("/api/v1/inbox").strip(), "nothing left");
        assertEquals(List.of(), browser.cspViolations(), "no Content-Security-Policy violations");
    }

    /** Focuses the control and presses Enter, as a keyboard user does. */
    private void press(String id) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).sendKeys(Keys.ENTER);
    }

    /** The inbox row of the notification about this item. */
    private WebElement row(String item) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='inboxForm:notifications_data']/tr[contains(., '" + item + "')]")));
    }

    private String api(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", JourneySupport.basic(user, password)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private String url(String path) {
        return base.toString().replaceFirst("/$", "") + path;
    }
}
