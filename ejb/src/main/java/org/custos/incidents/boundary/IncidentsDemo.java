package org.custos.incidents.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import org.custos.incidents.control.ReportingDuties;
import org.custos.incidents.entity.Incident;
import org.custos.incidents.entity.IncidentReport;
import org.custos.incidents.entity.IncidentStep;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.risk.control.RiskFlags;

/**
 * The demo hospital's incidents: a significant ransomware attempt on the KIS detected 30 hours ago (early
 * warning to the BSI sent, the 72-hour notification counting down; the risks on the KIS flagged for
 * reassessment) and a misdirected e-mail with findings (personal data: GDPR notification on time, closed
 * with lessons learned). Audited as "system".
 */
@Dependent
public class IncidentsDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RiskFlags flags;

    void load(@Observes @Priority(3400) DemoLoading demo) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant detected = now.minus(Duration.ofHours(30));
        Incident ransomware = incident("INC-2026-07", "Ransomware-Versuch auf dem KIS-Servercluster",
                "Die Endpoint-Erkennung meldete Verschlüsselungsversuche auf zwei KIS-Servern; die Server wurden isoliert.",
                Incident.Category.MALWARE, Incident.Severity.CRITICAL, detected.minus(Duration.ofHours(3)), detected, true, false,
                codes("KIS", "SRV-KIS"));
        step(ransomware, detected.plus(Duration.ofMinutes(20)), "Betroffene Server vom Netz getrennt, Krisenstab einberufen.");
        step(ransomware, detected.plus(Duration.ofHours(4)), "Notbetrieb mit Papierdokumentation in Notaufnahme und Stationen.");
        report(ransomware, ReportingDuties.Kind.BSI_EARLY_WARNING, detected.plus(Duration.ofHours(20)), "BSI-MIP-2026-0815");
        for (Long asset : ransomware.getAssetIds()) {
            flags.asset(asset, "risk.flag.incident|" + ransomware.getCode());
        }

        Instant mail = now.minus(Duration.ofDays(10));
        Incident misdirected = incident("INC-2026-06", "Befundbericht an falschen Empfänger gesendet",
                "Ein Laborbefund wurde per E-Mail an einen gleichnamigen externen Empfänger gesendet.",
                Incident.Category.HUMAN_ERROR, Incident.Severity.MEDIUM, mail.minus(Duration.ofHours(2)), mail, false, true,
                codes("LIS"));
        step(misdirected, mail.plus(Duration.ofHours(1)), "Empfänger kontaktiert, Löschung schriftlich bestätigt.");
        report(misdirected, ReportingDuties.Kind.GDPR_NOTIFICATION, mail.plus(Duration.ofHours(50)), "LfD-2026-1142");
        var before = misdirected.auditState();
        misdirected.close("Adressvervollständigung im Mailprogramm für externe Empfänger abgeschaltet; Befunde gehen nur "
                + "noch über das Einweiserportal.", mail.plus(Duration.ofDays(4)));
        em.flush();
        audit.updated("Incident", misdirected.getId(), before, misdirected);
    }

    private Incident incident(String code, String title, String description, Incident.Category category,
            Incident.Severity severity, Instant occurred, Instant detected, boolean significant, boolean personalData,
            Set<Long> assets) {
        Incident i = new Incident("isb", detected.plus(Duration.ofMinutes(30)));
        i.describe(code, title, description, category, severity, occurred, detected, significant, personalData, assets);
        i.changed("isb", detected.plus(Duration.ofMinutes(30)));
        em.persist(i);
        em.flush();
        audit.created("Incident", i.getId(), i);
        return i;
    }

    private void step(Incident i, Instant at, String text) {
        IncidentStep s = new IncidentStep(i.getId(), at, text, "isb", at);
        em.persist(s);
        em.flush();
        audit.created("IncidentStep", s.getId(), s);
    }

    private void report(Incident i, ReportingDuties.Kind duty, Instant at, String reference) {
        IncidentReport r = new IncidentReport(i.getId(), duty, at, "isb", reference);
        em.persist(r);
        em.flush();
        audit.created("IncidentReport", r.getId(), r);
    }

    private Set<Long> codes(String... codes) {
        Set<Long> ids = new TreeSet<>();
        for (String c : codes) {
            em.createQuery("SELECT a.id FROM Asset a WHERE a.code = :c", Long.class).setParameter("c", c).getResultStream()
                    .findFirst().ifPresent(ids::add);
        }
        return ids;
    }
}
