package org.custos.tisax.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.tisax.entity.TisaxLabel;
import org.junit.jupiter.api.Test;

class TisaxWorkbookTest {

    private static byte[] export(EnumSet<TisaxLabel> labels) {
        TisaxScope scope = new TisaxScope(labels);
        List<TisaxControl> controls = List.of(TisaxScoringTest.control("1.1.1", 4), TisaxScoringTest.control("1.2.1", null),
                TisaxScoringTest.control("9.1.1", 2));
        return TisaxWorkbook.write(new TisaxWorkbook.Context("Plant Nord", "VDA ISA (TISAX) 6.0.2", labels, scope.parts(),
                Map.of("1", "IS Policies and Organization", "1.1", "Information Security Policies", "9", "Data Protection"),
                Map.of()), controls);
    }

    @Test
    void writesOnlyTheApplicableTabsWithOfficialNames() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(EnumSet.of(TisaxLabel.CONFIDENTIAL,
                TisaxLabel.DATA))))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Information Security", "Data Protection"), names);
        }
    }

    @Test
    void headerFollowsTheOfficialColumnOrder() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(EnumSet.of(TisaxLabel.CONFIDENTIAL))))) {
            Row header = wb.getSheet("Information Security").getRow(1);
            List<String> texts = new ArrayList<>();
            header.forEach(c -> texts.add(c.getStringCellValue()));
            assertEquals(List.of("Control number", "Maturity level", "Implementation description", "Reference documentation",
                    "Findings/Assessment result", "Control question", "Objective", "Requirements\n(must)",
                    "Requirements\n(should)", "Additional requirements\nfor high protection needs",
                    "Additional requirements\nfor very high protection needs", "Target maturity level", "Cutback result"),
                    texts);
        }
    }

    @Test
    void controlRowCarriesMaturityJustificationAndCappedResult() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(EnumSet.of(TisaxLabel.CONFIDENTIAL))))) {
            Sheet sheet = wb.getSheet("Information Security");
            Row row = find(sheet, "1.1.1");
            List<String> header = TisaxWorkbook.header(IsaPart.INFORMATION_SECURITY);
            assertEquals(4, (int) row.getCell(header.indexOf("Maturity level")).getNumericCellValue());
            assertEquals("because 1.1.1", row.getCell(header.indexOf("Implementation description")).getStringCellValue());
            assertEquals("Question 1.1.1", row.getCell(header.indexOf("Control question")).getStringCellValue());
            assertEquals("must 1.1.1", row.getCell(header.indexOf("Requirements\n(must)")).getStringCellValue());
            assertEquals(3, (int) row.getCell(header.indexOf("Cutback result")).getNumericCellValue());
            Row unanswered = find(sheet, "1.2.1");
            Cell maturity = unanswered.getCell(header.indexOf("Maturity level"));
            assertTrue(maturity == null || maturity.getCellType() == CellType.BLANK);
            Row heading = sheet.getRow(2);
            assertEquals("1", heading.getCell(0).getStringCellValue());
            assertEquals("IS Policies and Organization", heading.getCell(header.indexOf("Control question")).getStringCellValue());
        }
    }

    @Test
    void dataProtectionTabUsesItsOwnHeaderTexts() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(EnumSet.of(TisaxLabel.SPECIAL_DATA))))) {
            Sheet sheet = wb.getSheet("Data Protection");
            assertEquals("Assessment", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(2, (int) find(sheet, "9.1.1").getCell(1).getNumericCellValue());
        }
    }

    private static Row find(Sheet sheet, String refId) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (row.getRowNum() > 1 && c != null && c.getCellType() == CellType.STRING && refId.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + refId);
    }
}
