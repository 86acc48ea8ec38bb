package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Measures in the browser: create a measure, add a link and a file as evidence (an infected file is
 * refused by the scan hook and nothing typed is lost), download the file, and see the evidence count.
 * Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class MeasuresJourneyIT extends JourneySupport {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void aMeasureWithLinkAndFileEvidence() throws Exception {
        String code = "M-WEB-" + UUID.randomUUID().toString().substring(0, 5);
        String title = "Protokollierung zentraler Systeme " + code;
        loginAsAdministrator();
        browser.open(url("/measures/list"));
        browser.click("measuresForm:newMeasure");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("measureDialogForm:code")));
        browser.type("measureDialogForm:code", code);
        browser.type("measureDialogForm:title", title);
        browser.type("measureDialogForm:description", "Zentrale Log-Sammlung <b>mit</b> Alarmierung");
        browser.choose("measureDialogForm:status", "Implemented");
        browser.click("measureDialogForm:saveMeasure");
        browser.waitForPath("/measures/measure");
        waitForText(title);
        assertTrue(browser.driver.getPageSource().contains("Zentrale Log-Sammlung &lt;b&gt;mit&lt;/b&gt; Alarmierung"),
                "the description is escaped");

        // a link with validity
        browser.click("evidenceForm:addLink");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkForm:url")));
        browser.type("linkForm:title", "SIEM-Konfiguration");
        browser.type("linkForm:url", "javascript:alert(1)");
        assertEquals(LocalDate.now().toString(), browser.driver.findElement(By.id("linkForm:validFrom_input")).getAttribute("value"),
                "valid from today unless said otherwise");
        browser.click("linkForm:saveLink");
        browser.wait.until(d -> d.findElement(By.id("linkForm:linkMessages")).getText().contains("https://"));
        assertEquals("SIEM-Konfiguration", browser.driver.findElement(By.id("linkForm:title")).getAttribute("value"),
                "a refused link keeps what was typed");
        browser.type("linkForm:url", "https://wiki.klinikum.example/siem");
        browser.click("linkForm:saveLink");
        waitForText("Evidence SIEM-Konfiguration added.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("linkDialog")));

        // a file: first an infected one (refused by the scan hook), then a real report
        Path infected = Files.createTempFile("eicar", ".txt");
        Files.writeString(infected, "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
        browser.click("evidenceForm:addFile");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fileForm:file_input")));
        browser.upload("fileForm:file_input", infected);
        browser.wait.until(d -> d.findElement(By.id("fileForm:chosenFileName")).getText().contains(".txt"));
        browser.type("fileForm:title", "Testdatei");
        browser.click("fileForm:saveFile");
        browser.wait.until(d -> d.findElement(By.id("fileForm:fileMessages")).getText().contains("malware"));

        Path report = Files.createTempFile("log-review", ".txt");
        Files.writeString(report, "Log-Review Q4: keine Auffälligkeiten.", StandardCharsets.UTF_8);
        browser.upload("fileForm:file_input", report);
        browser.wait.until(d -> d.findElement(By.id("fileForm:chosenFileName")).getText().contains(report.getFileName().toString()));
        browser.type("fileForm:title", "Log-Review Q4");
        browser.click("fileForm:saveFile");
        waitForText("Evidence Log-Review Q4 added.");

        String table = browser.text("evidenceForm:evidence");
        assertTrue(table.contains("SIEM-Konfiguration") && table.contains("Log-Review Q4"), table);
        assertTrue(table.contains("scanned, clean"), "the scan result is shown: " + table);

        browser.open(url("/measures/list"));
        browser.type("measuresForm:query", code);
        browser.wait.until(d -> browser.text("measuresForm:measures").contains(title));
    }
}
