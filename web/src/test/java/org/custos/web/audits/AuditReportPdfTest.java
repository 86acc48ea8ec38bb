package org.custos.web.audits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custos.audits.boundary.AuditProgrammeService.AuditView;
import org.custos.audits.boundary.AuditProgrammeService.Item;
import org.custos.audits.entity.Audit;
import org.custos.audits.entity.AuditItem;
import org.custos.audits.entity.Finding;
import org.junit.jupiter.api.Test;

/** The audit report reads in the chosen language with the checklist results and the findings. */
class AuditReportPdfTest {

    @Test
    void reportShowsScopeChecklistFindingsAndConclusionInGerman() throws IOException {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        Audit a = new Audit("isb", now);
        a.describe("IA-1", "Zugriffsmanagement", Audit.Kind.INTERNAL, 2026, 1L, null, null, LocalDate.of(2026, 4, 28),
                LocalDate.of(2026, 4, 30), Set.of(), Set.of());
        a.start();
        a.complete(LocalDate.of(2026, 4, 30), "Austrittsprozess fehlt.");
        AuditItem item = new AuditItem(1, 15);
        item.record(AuditItem.Result.NONCONFORM, "7 von 40 Konten aktiv", "c.fischer", now);
        Finding f = new Finding(1, "F-1", Finding.Kind.MAJOR, "Konten ausgeschiedener Beschäftigter aktiv", Set.of(15L), Set.of(),
                "c.fischer", now);
        byte[] pdf = new AuditReportPdf().write(new AuditView(a, List.of(new Item(item, "A.5.15", "Access control",
                "Zugangssteuerung")), List.of(f)), Map.of("standard", "ISO27001", "lead", "Claudia Fischer", "units", "IT-Abteilung",
                        "req:15", "A.5.15"), Locale.GERMAN);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p));
        }
        String t = text.toString().replaceAll("\\s+", " ");
        assertTrue(t.contains("Auditbericht: IA-1 – Zugriffsmanagement"), t);
        assertTrue(t.contains("Internes Audit") && t.contains("Abgeschlossen") && t.contains("Claudia Fischer"), t);
        assertTrue(t.contains("A.5.15 Zugangssteuerung") && t.contains("Nicht konform") && t.contains("7 von 40 Konten aktiv"), t);
        assertTrue(t.contains("F-1 – Schwerwiegende Nichtkonformität") && t.contains("Anforderungen: A.5.15"), t);
        assertTrue(t.contains("Austrittsprozess fehlt."), t);
    }
}
