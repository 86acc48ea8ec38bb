package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Statement of Applicability in the browser: the administrator excludes an Annex A control (first
 * without a justification, which is refused and keeps the dialog), decides the rest, submits and is
 * offered no approval; a second user (ISMS manager) approves; the PDF and the XLSX are downloaded and
 * read. Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class ReadinessJourneyIT extends JourneySupport {

    private static final String TEMPORARY = "temporary approver pass 1";
    private static final String OWN = "the approver's own long secret";
    private static final String CONTROL = "A.7.6";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void anAnnexAControlIsExcludedAndASecondUserApprovesTheSoa() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String approver = "approver-" + suffix;
        String why = "Keine Sicherheitsbereiche mit Sonderzutritt am Standort " + suffix + " <i>(Rechenzentrum extern)</i>";

        loginAsAdministrator();
        createUser(approver, "Anton Approver", "ISMS manager", TEMPORARY);

        browser.open(url("/readiness/soa"));
        if (!browser.driver.findElements(By.id("soaForm:start")).isEmpty()) {
            browser.click("soaForm:start");
            waitForText("of the Statement of Applicability started.");
        } else if (!browser.driver.findElements(By.id("soaForm:newVersion")).isEmpty()) {
            browser.click("soaForm:newVersion");
            browser.confirm();
            waitForText("of the Statement of Applicability started.");
        }
        String number = browser.text("soaForm:versionNumber").replaceAll("\\D", "");

        // exclude one control: without a justification it is refused and nothing typed is lost
        browser.choose("soaForm:themeFilter", "A.7 Physical controls");
        WebElement edit = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='soaForm:entries']//tr[td[1][normalize-space(.)='" + CONTROL + "']]//*[contains(@id,':edit')]")));
        edit.click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:justification")));
        browser.choose("decisionForm:applicable", "Not applicable");
        browser.driver.findElement(By.id("decisionForm:justification")).clear();
        browser.click("decisionForm:save");
        browser.wait.until(d -> d.findElement(By.id("decisionForm:decisionMessages")).getText().contains("justification"));
        assertTrue(browser.driver.findElement(By.id("decisionDialog")).isDisplayed(), "the dialog stays open");
        browser.type("decisionForm:justification", why);
        browser.click("decisionForm:save");
        waitForText("Decision on " + CONTROL + " saved.");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDialog")));
        assertTrue(browser.driver.getPageSource().contains("&lt;i&gt;(Rechenzentrum extern)&lt;/i&gt;"), "the justification is escaped");

        if (!browser.driver.findElements(By.id("soaForm:decideRest")).isEmpty()) {
            browser.click("soaForm:decideRest");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulkForm:justification")));
            browser.type("bulkForm:justification", "Anwendbar: Ergebnis der Risikobehandlung");
            browser.click("bulkForm:confirmBulk");
            waitForText("controls decided.");
        }
        assertEquals("0", browser.text("countUndecided"));

        browser.click("soaForm:submit");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:changeNote")));
        browser.type("submitForm:changeNote", "Ausschluss " + CONTROL + " begründet");
        browser.click("submitForm:confirmSubmit");
        waitForText("Version " + number + " submitted for approval.");
        assertTrue(browser.driver.findElements(By.id("soaForm:approve")).isEmpty(), "no approval for the author");
        assertTrue(browser.text("soaForm:fourEyesHint").contains("someone else must approve"));
        browser.click("topbarForm:logout");
        browser.waitForPath("/login");

        // the second user approves
        firstLogin(approver, TEMPORARY, OWN);
        browser.open(url("/readiness/soa"));
        browser.click("soaForm:approve");
        browser.confirm();
        waitForText("Version " + number + " approved.");
        assertEquals("Approved", browser.text("soaForm:versionStatus"));

        browser.click("soaForm:pdf");
        Path pdf = browser.download(".pdf");
        assertEquals("soa-v" + number + "-en.pdf", pdf.getFileName().toString());
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertTrue(all.contains("Statement of Applicability"), all.substring(0, Math.min(300, all.length())));
        assertTrue(all.contains(CONTROL) && all.contains("Sonderzutritt am Standort " + suffix), "the exclusion with its reason");
        assertTrue(all.contains(approver), "the approval block names the approver");

        browser.click("soaForm:xlsx");
        Path xlsx = browser.download(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row excluded = null;
            for (Row r : sheet) {
                if (CONTROL.equals(r.getCell(0).getStringCellValue())) {
                    excluded = r;
                }
            }
            assertNotNull(excluded, "the control is in the sheet");
            assertEquals("no", excluded.getCell(2).getStringCellValue());
            assertEquals(why, excluded.getCell(3).getStringCellValue());
            assertEquals("not applicable", excluded.getCell(4).getStringCellValue());
            assertEquals(94, sheet.getPhysicalNumberOfRows(), "header and 93 controls");
        }

        // readiness now shows the control as not applicable, with the SoA as the reason
        browser.open(url("/readiness/overview"));
        browser.wait.until(d -> browser.text("overviewForm:scores").contains("ISO27001"));
        browser.driver.findElement(By.xpath("//*[@id='overviewForm:scores']//tr[contains(., 'ISO27001')]//a")).click();
        browser.waitForPath("/readiness/standard");
        browser.type("standardForm:query", CONTROL);
        browser.wait.until(d -> browser.text("standardForm:requirements").contains("Sonderzutritt am Standort " + suffix));
        assertTrue(browser.text("standardForm:requirements").contains("Not applicable"));
    }
}
