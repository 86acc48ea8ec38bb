package org.custos.web.it;

import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

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

    /** Logs in with a password (no second factor) and waits for the start page. */
    void loginAsAdministrator() {
        browser.open(url("/login"));
        browser.type("loginForm:username", ADMIN);
        browser.type("loginForm:password", PASSWORD);
        browser.click("loginForm:submit");
        browser.waitForPath("/");
    }
}
