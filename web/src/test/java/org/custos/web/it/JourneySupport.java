package org.custos.web.it;

import java.net.URL;
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
}
