package org.custos.web.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium with its own chromedriver and a fresh profile; Selenium Manager never
 * downloads anything. Without Chromium the test is skipped locally but fails in CI.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        // Ajax updates replace elements between finding and reading them; such a wait simply tries again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static Browser start() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium or chromedriver missing (apt-get install chromium chromium-driver); browser test skipped");
        }
        if (!present) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + DRIVER);
        }
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("custos-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile);
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // headless Chromium saves downloads only when told where to
        chrome.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toString(), "eventsEnabled", false));
        return new Browser(chrome, profile);
    }

    void open(String url) {
        driver.get(url);
        waitForPage();
    }

    void waitForPage() {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    // Find and act in one step of a wait: an Ajax update that replaces the element in between makes the
    // wait try again with the new element instead of failing on a stale one.
    void type(String id, String text) {
        wait.until(d -> {
            var field = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (field == null) {
                return false;
            }
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    void click(String id) {
        wait.until(d -> {
            var element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Hands a file to a (hidden) file input. */
    void upload(String id, Path file) {
        wait.until(d -> {
            d.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
            return true;
        });
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    /** Waits until the browser shows exactly this path (any query string aside). */
    void waitForPath(String path) {
        try {
            wait.until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected path " + path + " but the browser shows " + driver.getCurrentUrl(), e);
        }
        waitForPage();
    }

    /**
     * Picks the option with this label in a PrimeFaces selectOneMenu, as a user does: open the menu,
     * click the item, and check the menu shows it (retried, as the panel's opening animation can
     * swallow an early click).
     */
    void choose(String menuId, String label) {
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label=\"" + label + "\"]");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; ; attempt++) {
            if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                click(menuId);
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(item));
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            driver.findElement(item).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> label.equals(d.findElement(shown).getText()));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw new AssertionError("could not choose '" + label + "' in " + menuId, e);
                }
            }
        }
    }

    /** Ticks the option with this label in a PrimeFaces selectCheckboxMenu and closes the menu by clicking elsewhere. */
    void tick(String menuId, String label) {
        click(menuId);
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[label[normalize-space(.)=\"" + label + "\"]]//div[contains(@class,'ui-chkbox-box')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        // a click outside closes the panel (Escape would close the surrounding dialog too)
        driver.findElements(By.cssSelector(".ui-dialog-title")).stream().filter(org.openqa.selenium.WebElement::isDisplayed)
                .findFirst().orElseGet(() -> driver.findElement(By.tagName("h1"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /** Clicks "yes" in the open PrimeFaces confirm dialog. */
    void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    }

    /** The first completed download whose name ends with the suffix, waiting for it to arrive. */
    Path download(String suffix) {
        Path dir = profile.resolve("downloads");
        return wait.until(d -> {
            // complete: no partial download left, and the file has its bytes (Chromium may show it empty at first)
            try (var files = Files.list(dir)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                Path found = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found != null && Files.size(found) > 0 ? found : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /** Console messages so far that report a blocked script or style. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .collect(Collectors.toList());
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.err.println("No screenshot: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (Exception e) {
            // a leftover temp profile is harmless
        }
    }
}
