package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.boundary.MeasureService.MeasureInput;
import org.custos.measures.entity.Evidence;
import org.custos.measures.entity.Measure;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.files.VirusScan;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after FirstRunJourneyIT (alphabetical). Measures and evidence through the boundary: rules,
 * optimistic locking, checked uploads through the real virus-scan hook (a stand-in scanner that flags
 * EICAR, see deployment/scan), validity, expiry, auditor scope and permissions.
 */
@ExtendWith(ArquillianExtension.class)
public class MeasuresIT {

    private static final byte[] EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(MeasuresIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    MeasureService measures;

    @Inject
    StandardsService standards;

    @Inject
    AuditorService auditors;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static String code() {
        return "M-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private long standard(String code) {
        return standards.list().stream().filter(s -> s.standard().getCode().equals(code)).findFirst().orElseThrow()
                .standard().getId();
    }

    private Requirement requirement(String standard, String refId) {
        return standards.requirements(standard(standard)).stream().filter(r -> r.getRefId().equals(refId)).findFirst()
                .orElseThrow();
    }

    private static MeasureInput input(String code, Measure.Status status, LocalDate due, Long... requirements) {
        return new MeasureInput(code, "Zweistufige Firewall " + code, "Jährliche Regelprüfung", null, status, due,
                Set.of(requirements), Set.of());
    }

    @Test
    public void measuresAreValidatedAndStaleEditsConflict() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Requirement a820 = requirement("ISO27001", "A.8.20");
        String code = code();
        Measure m = measures.save(null, 0, input(code, Measure.Status.IN_PROGRESS, LocalDate.now().minusDays(1), a820.getId()));
        assertTrue(m.overdue(LocalDate.now()), "in progress and past its due date");
        assertTrue(measures.measures(new MeasureService.Filter(null, null, a820.getId(), true)).stream()
                .anyMatch(x -> x.getId().equals(m.getId())));
        assertEquals("measure.code.taken", assertThrows(ValidationException.class,
                () -> measures.save(null, 0, input(code.toLowerCase(), Measure.Status.PLANNED, null))).messageKey());
        assertEquals("measure.status.required", assertThrows(ValidationException.class,
                () -> measures.save(null, 0, input(code(), null, null))).messageKey());
        Measure done = measures.save(m.getId(), m.getVersion(), input(code, Measure.Status.IMPLEMENTED, null, a820.getId()));
        assertFalse(done.overdue(LocalDate.now()));
        assertThrows(ConflictException.class,
                () -> measures.save(m.getId(), m.getVersion(), input(code, Measure.Status.PLANNED, null)), "stale version");
    }

    @Test
    public void evidenceIsCheckedScannedAndExpires() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.EDITOR);
        Measure m = measures.save(null, 0, input(code(), Measure.Status.IMPLEMENTED, null));
        LocalDate today = LocalDate.now();
        Evidence report = measures.addFile(m.getId(), "Firewall-Regelprüfung 2026", "C:\\Berichte\\regelpruefung.pdf",
                "application/pdf", "%PDF-1.7 Prüfbericht".getBytes(StandardCharsets.UTF_8), today.minusMonths(2),
                today.plusMonths(10));
        assertEquals("regelpruefung.pdf", report.getFileName());
        assertEquals(64, report.getSha256().length());
        assertEquals(VirusScan.Result.CLEAN, report.getScanResult(), "the configured scanner looked at it");
        assertEquals("file.infected", assertThrows(ValidationException.class, () -> measures.addFile(m.getId(), "Virus",
                "eicar.txt", "text/plain", EICAR, today, null)).messageKey());
        assertEquals("attachment.content.mismatch", assertThrows(ValidationException.class, () -> measures.addFile(
                m.getId(), "Exe", "bericht.pdf", "application/pdf", new byte[] {'M', 'Z', 0}, today, null)).messageKey());
        assertEquals("attachment.tooLarge", assertThrows(ValidationException.class, () -> measures.addFile(m.getId(),
                "Groß", "gross.txt", "text/plain", new byte[21 * 1024 * 1024], today, null)).messageKey());
        assertEquals("evidence.validUntil.beforeFrom", assertThrows(ValidationException.class, () -> measures.addLink(
                m.getId(), "Ticket", "https://tickets.example/42", today, today.minusDays(1))).messageKey());
        assertEquals("evidence.url.invalid", assertThrows(ValidationException.class, () -> measures.addLink(m.getId(),
                "Trick", "javascript:alert(1)", today, null)).messageKey());
        Evidence old = measures.addLink(m.getId(), "Pentest-Bericht 2024", "https://wiki.klinikum.example/pentest-2024",
                today.minusYears(2), today.minusDays(3));
        assertTrue(old.expired(today));
        assertFalse(old.valid(today));
        assertTrue(report.valid(today));

        List<Long> expiring = measures.expiring(today, 30).stream().map(Evidence::getId).toList();
        assertTrue(expiring.contains(old.getId()), "expired evidence is listed");
        assertFalse(expiring.contains(report.getId()), "valid for ten more months");

        MeasureService.EvidenceDownload file = measures.evidenceFile(report.getId());
        assertEquals("%PDF-1.7 Prüfbericht", new String(file.data(), StandardCharsets.UTF_8));
        assertEquals(report.getSha256(), file.sha256());
        Evidence renewed = measures.updateEvidence(old.getId(), old.getVersion(), "Pentest-Bericht 2024 (verlängert)",
                today.minusYears(2), today.plusMonths(1));
        assertTrue(renewed.valid(today));
        assertThrows(ConflictException.class, () -> measures.updateEvidence(old.getId(), old.getVersion(), "x", today, null));

        assertEquals("measure.hasEvidence", assertThrows(ValidationException.class,
                () -> measures.delete(m.getId(), m.getVersion())).messageKey());
        for (Evidence e : measures.evidence(m.getId())) {
            measures.deleteEvidence(e.getId(), e.getVersion());
        }
        measures.delete(m.getId(), m.getVersion());
    }

    @Test
    public void auditorsSeeMeasuresOfTheirStandardsAndChangeNothing() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        Measure iso = measures.save(null, 0, input(code(), Measure.Status.IMPLEMENTED, null,
                requirement("ISO27001", "A.8.20").getId()));
        Measure nis2Only = measures.save(null, 0, input(code(), Measure.Status.IMPLEMENTED, null,
                standards.requirements(standard("NIS2-ART21")).stream().filter(Requirement::isAssessable).findFirst()
                        .orElseThrow().getId()));
        Evidence hiddenEvidence = measures.addLink(nis2Only.getId(), "Nachweis", "https://example.org/x", LocalDate.now(), null);
        SecurityUtils.getSubject().logout();

        ItUsers.loginAsNew(rules, tx, Role.ADMINISTRATOR);
        String auditor = "aud-" + UUID.randomUUID().toString().substring(0, 6);
        auditors.create(auditor, "Paula Prüfer", null, "CertCo GmbH", LocalDate.now().plusDays(14), ItUsers.PASSWORD,
                Set.of(standard("ISO27001")), Set.of());
        SecurityUtils.getSubject().logout();

        ItUsers.login(auditor);
        List<Long> seen = measures.measures(MeasureService.Filter.ALL).stream().map(Measure::getId).toList();
        assertTrue(seen.contains(iso.getId()));
        assertFalse(seen.contains(nis2Only.getId()));
        assertThrows(NotPermittedException.class, () -> measures.measure(nis2Only.getId()));
        assertThrows(NotPermittedException.class, () -> measures.evidenceFile(hiddenEvidence.getId()));
        assertTrue(measures.allEvidence().stream().noneMatch(e -> e.getId().equals(hiddenEvidence.getId())));
        assertThrows(NotPermittedException.class, () -> measures.save(null, 0, input(code(), Measure.Status.PLANNED, null)));
        assertThrows(NotPermittedException.class, () -> measures.addLink(iso.getId(), "x", "https://x.example", LocalDate.now(),
                null));
    }
}
