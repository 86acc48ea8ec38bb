package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A TISAX self-assessment in the browser on the official ISA 6 catalog (imported by FirstRunJourneyIT
 * from ../shared; skipped without it): choose labels, answer a control above the target (shown capped
 * at 3), download the workbook. Runs after FirstRunJourneyIT, whose administrator it uses.
 */
@ExtendWith(ArquillianExtension.class)
public class TisaxJourneyIT extends JourneySupport {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @Test
    public void labelsDecideTheControlsAndMaturityIsCappedAtTheTarget() throws Exception {
        String title = "TISAX Werk Süd " + UUID.randomUUID().toString().substring(0, 4);
        loginAsAdministrator();
        browser.open(url("/tisax/assessments"));
        Assumptions.assumeTrue(browser.driver.findElements(By.id("tisaxForm:noIsa")).isEmpty(),
                "the ISA workbook is imported by FirstRunJourneyIT when ../shared is present");

        browser.click("tisaxForm:newAssessment");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:title")));
        browser.type("createForm:title", title);
        browser.choose("createForm:standard", "VDA ISA (TISAX) 6.0.2");
        for (String label : List.of("Confidential (AL2)", "Proto parts (AL3)")) {
            browser.driver.findElement(By.xpath("//*[@id='createForm:labels']//label[normalize-space(.)='" + label + "']"))
                    .click();
        }
        browser.click("createForm:createAssessment");
        browser.waitForPath("/tisax/assessment");
        waitForText("Self-assessment " + title + " created.");
        assertTrue(browser.text("assessmentForm:level").startsWith("AL3"), "proto parts need an on-site assessment");
        String controls = browser.text("assessmentForm:controls");
        assertTrue(controls.contains("1.1.1") && controls.contains("8.1.1"), "information security and prototype protection");

        browser.driver.findElement(By.xpath("//*[@id='assessmentForm:controls']//tr[td[1][normalize-space(.)='1.1.1']]"
                + "//button[contains(@id,':answer')]")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answerForm:answerJustification")));
        browser.choose("answerForm:answerMaturity", "4 Predictable");
        browser.type("answerForm:answerJustification", "Richtlinien freigegeben, Kennzahlen werden quartalsweise ausgewertet");
        browser.click("answerForm:saveAnswer");
        waitForText("Answer to 1.1.1 saved.");
        browser.wait.until(d -> browser.driver.findElement(By.xpath("//*[@id='assessmentForm:controls']//tr[td[1]"
                + "[normalize-space(.)='1.1.1']]//*[contains(@id,':result')]")).getText().equals("3"));
        browser.screenshot("tisax-assessment");

        browser.click("assessmentForm:downloadXlsx");
        Path xlsx = browser.download(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> tabs = new ArrayList<>();
            book.forEach(s -> tabs.add(s.getSheetName()));
            assertEquals(List.of("Information Security", "Prototype Protection"), tabs);
        }
    }
}
