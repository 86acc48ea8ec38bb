package org.custos.risk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.platform.error.ValidationException;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.junit.jupiter.api.Test;

class AssetImportTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsACmdbExportWithAllColumns() {
        AssetImport.Parsed p = AssetImport.parse("cmdb.csv", csv("""
                code,name,type,owner,location,depends_on,confidentiality,integrity,availability,in_scope
                KIS,Hospital information system,service,Anna Admin,DC 1,SRV-01; SRV-02,high,very high,sehr hoch,yes
                SRV-01,Server 1,IT system,,DC 1,,,,,nein
                """));
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertEquals(2, p.rows().size());
        AssetImport.Row kis = p.rows().get(0);
        assertEquals(Asset.Type.SERVICE, kis.type());
        assertEquals("Anna Admin", kis.owner());
        assertEquals(Set.of("SRV-01", "SRV-02"), kis.dependsOn());
        assertEquals(Need.HIGH, kis.needs().get(Objective.CONFIDENTIALITY));
        assertEquals(Need.VERY_HIGH, kis.needs().get(Objective.AVAILABILITY));
        assertEquals(Boolean.TRUE, kis.inScope());
        AssetImport.Row srv = p.rows().get(1);
        assertEquals(Asset.Type.IT_SYSTEM, srv.type());
        assertNull(srv.dependsOn());
        assertTrue(srv.needs().isEmpty());
        assertEquals(Boolean.FALSE, srv.inScope());
    }

    @Test
    void collectsEveryRowErrorWithItsRowNumber() {
        AssetImport.Parsed p = AssetImport.parse("cmdb.csv", csv("""
                code,name,type,confidentiality,in_scope
                A1,Alpha,spaceship,,
                A1,Alpha again,SITE,,
                B2,Beta,PROCESS,extreme,maybe
                ,Nameless,SITE,,
                """));
        assertTrue(p.rows().isEmpty());
        List<String> keys = p.errors().stream().map(e -> e.row() + ":" + e.key()).toList();
        assertEquals(List.of("2:asset.import.type.invalid", "3:asset.import.code.duplicate", "4:asset.import.need.invalid",
                "4:asset.import.inScope.invalid", "5:asset.import.code.invalid"), keys);
        assertEquals("2", p.errors().get(0).args().get(0));
        assertEquals("spaceship", p.errors().get(0).args().get(1));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> AssetImport.parse("cmdb.csv", csv("code,name\nA,B\n")));
        assertEquals("import.failed", e.messageKey());
    }

    @Test
    void readsTheFirstSheetOfAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Assets");
            XSSFRow header = sheet.createRow(0);
            String[] columns = {"code", "name", "type", "depends_on", "in_scope"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("PACS");
            row.createCell(1).setCellValue("Picture archive");
            row.createCell(2).setCellValue("MEDICAL_DEVICE");
            row.createCell(3).setCellValue("SAN;NET");
            row.createCell(4).setCellValue(true);
            wb.write(out);
        }
        AssetImport.Parsed p = AssetImport.parse("cmdb.xlsx", out.toByteArray());
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        AssetImport.Row r = p.rows().get(0);
        assertEquals(2, r.number());
        assertEquals(Asset.Type.MEDICAL_DEVICE, r.type());
        assertEquals(Set.of("SAN", "NET"), r.dependsOn());
        assertEquals(Boolean.TRUE, r.inScope());
    }

    @Test
    void parsesTypesNeedsAndBooleansLeniently() {
        assertEquals(Asset.Type.OT_SYSTEM, AssetImport.type("ot-system"));
        assertNull(AssetImport.type("robot"));
        assertEquals(Need.VERY_HIGH, AssetImport.need("Very High"));
        assertEquals(Need.HIGH, AssetImport.need("hoch"));
        assertNull(AssetImport.need("medium"));
        assertFalse(AssetImport.bool("0"));
        assertNull(AssetImport.bool("perhaps"));
    }
}
