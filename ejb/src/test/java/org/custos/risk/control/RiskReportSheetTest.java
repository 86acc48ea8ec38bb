package org.custos.risk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RiskReportSheetTest {

    @Test
    void registerWorkbookInGerman() throws IOException {
        try (XSSFWorkbook book = read(new RiskReportSheet().register(RiskReportFixtures.report(), Locale.GERMAN))) {
            assertEquals(List.of("Risikoregister", "Behandlungsplan", "Angaben"), names(book));
            XSSFSheet sheet = book.getSheet("Risikoregister");
            Row head = sheet.getRow(0);
            assertEquals("Kürzel", head.getCell(0).getStringCellValue());
            assertEquals("Gefährdung", head.getCell(3).getStringCellValue());
            assertEquals("Risikoeigentümer", head.getCell(6).getStringCellValue());
            assertEquals("Bruttorisiko", head.getCell(9).getStringCellValue());
            assertEquals("Restrisiko", head.getCell(12).getStringCellValue());
            assertEquals("Nächste Neubewertung", head.getCell(18).getStringCellValue());
            assertTrue(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold(), "header bold");
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane(), "header frozen");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:T5", sheet.getCTWorksheet().getAutoFilter().getRef(), "filter over header and rows");
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0), "the title column is the wider");

            Row r01 = sheet.getRow(1);
            assertEquals("R-01", r01.getCell(0).getStringCellValue());
            assertEquals("G 0.39", r01.getCell(2).getStringCellValue());
            assertEquals("Schadprogramme", r01.getCell(3).getStringCellValue());
            assertEquals("A-KIS, A-SRV", r01.getCell(5).getStringCellValue());
            assertEquals(4, r01.getCell(7).getNumericCellValue());
            assertEquals(CellType.STRING, r01.getCell(9).getCellType(), "levels as text");
            assertEquals("Kritisch", r01.getCell(9).getStringCellValue());
            assertEquals("Hoch", r01.getCell(12).getStringCellValue());
            assertEquals("Mindern", r01.getCell(14).getStringCellValue());
            assertEquals("Akzeptanz ausstehend", r01.getCell(15).getStringCellValue());
            Cell next = r01.getCell(18);
            assertEquals(CellType.NUMERIC, next.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(next), "a real date cell");
            assertEquals(RiskReportFixtures.TODAY.minusDays(5), next.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd.mm.yyyy", next.getCellStyle().getDataFormatString());
            assertEquals("überfällig", r01.getCell(19).getStringCellValue());

            Row r02 = sheet.getRow(2);
            for (int c : new int[] {1, 3, 4}) {
                assertEquals(CellType.STRING, r02.getCell(c).getCellType(), "user text stays text in column " + c);
            }
            assertEquals("=1+1", r02.getCell(1).getStringCellValue());
            assertEquals("+Insider misuse", r02.getCell(3).getStringCellValue());
            assertEquals("@SUM(A1:A2)", r02.getCell(4).getStringCellValue());
            assertEquals("Nicht bewertet", r02.getCell(15).getStringCellValue());
            assertNull(r02.getCell(9), "no level while unassessed");

            Row r03 = sheet.getRow(3);
            assertEquals("s.krueger", r03.getCell(16).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r03.getCell(17)));
            assertEquals(LocalDateTime.of(2026, 10, 1, 11, 30), r03.getCell(17).getLocalDateTimeCellValue(),
                    "acceptance time in the report's zone");
            assertEquals(1, r03.getCell(13).getNumericCellValue(), "the criteria version assessed against");
            assertEquals("fällig (markiert)", sheet.getRow(4).getCell(19).getStringCellValue());

            for (Sheet s : book) {
                for (Row row : s) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "no formula anywhere");
                    }
                }
            }
        }
    }

    @Test
    void treatmentPlanWorkbookInEnglish() throws IOException {
        try (XSSFWorkbook book = read(new RiskReportSheet().treatmentPlan(RiskReportFixtures.report(), Locale.ENGLISH))) {
            assertEquals(List.of("Treatment plan", "About"), names(book));
            XSSFSheet sheet = book.getSheet("Treatment plan");
            Row head = sheet.getRow(0);
            assertEquals("Code", head.getCell(0).getStringCellValue());
            assertEquals("Treatment", head.getCell(2).getStringCellValue());
            assertEquals("Due", head.getCell(5).getStringCellValue());
            assertEquals("Planned measures", head.getCell(7).getStringCellValue());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals("A1:K4", sheet.getCTWorksheet().getAutoFilter().getRef(), "only the three risks with a treatment");

            Row r01 = sheet.getRow(1);
            assertEquals("R-01", r01.getCell(0).getStringCellValue());
            assertEquals("Mitigate", r01.getCell(2).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r01.getCell(5)));
            assertEquals(RiskReportFixtures.TODAY.minusDays(10), r01.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", r01.getCell(5).getCellStyle().getDataFormatString());
            assertEquals("overdue", r01.getCell(6).getStringCellValue());
            assertEquals("M-01 Network segmentation (In progress)\nM-02 Offline backups (Implemented)",
                    r01.getCell(7).getStringCellValue());
            assertEquals("High", r01.getCell(8).getStringCellValue());
            assertEquals("R-03", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Accept", sheet.getRow(2).getCell(2).getStringCellValue());
            assertEquals("Accepted", sheet.getRow(2).getCell(9).getStringCellValue());
            assertEquals("measures implemented", sheet.getRow(3).getCell(6).getStringCellValue());
            assertEquals("Transfer", sheet.getRow(3).getCell(2).getStringCellValue());

            Sheet about = book.getSheet("About");
            assertEquals("Generated on", about.getRow(0).getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(about.getRow(0).getCell(1)));
            assertEquals(LocalDateTime.of(2026, 11, 30, 9, 15), about.getRow(0).getCell(1).getLocalDateTimeCellValue());
            assertEquals(2, about.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("Medium", about.getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void emptyRegister() throws IOException {
        RiskReport empty = new RiskReport(List.of(), null, null, null, RiskReportFixtures.TODAY,
                RiskReportFixtures.GENERATED, RiskReportFixtures.ZONE);
        try (XSSFWorkbook book = read(new RiskReportSheet().register(empty, Locale.ENGLISH))) {
            assertEquals(List.of("Register", "Treatment plan", "About"), names(book));
            assertEquals(0, book.getSheet("Register").getLastRowNum());
            assertTrue(book.getSheet("About").getRow(1).getCell(1).getStringCellValue().startsWith("No risk criteria"));
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            names.add(book.getSheetName(i));
        }
        return names;
    }
}
