package org.custos.readiness.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.readiness.control.ReadinessEngine;
import org.custos.readiness.control.ReadinessFacts;
import org.custos.readiness.control.ReadinessStatus;
import org.custos.readiness.entity.SoaEntry;
import org.custos.readiness.entity.SoaVersion;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;

/**
 * The demo hospital's Statement of Applicability: version 1, written by the information security
 * officer and approved by the managing director three weeks ago; two development controls excluded
 * (the hospital develops no software of its own). Then today's readiness snapshot.
 */
@Dependent
public class ReadinessDemo {

    private static final Map<String, String> EXCLUDED = Map.of(
            "A.8.25", "Keine eigene Softwareentwicklung; Anwendungen werden beschafft (Anforderungen über A.5.23 und A.8.30).",
            "A.8.28", "Keine eigene Softwareentwicklung und kein eigener Quellcode; sichere Codierung ist Sache der "
                    + "Hersteller und wird über Verträge (A.5.20) gefordert.");

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ReadinessFacts facts;

    @Inject
    ReadinessTimer timer;

    void load(@Observes @Priority(3200) DemoLoading demo) {
        Long isoId = facts.iso27001();
        if (isoId == null) {
            return;
        }
        Standard iso = em.find(Standard.class, isoId);
        Instant created = Instant.now().minus(30, ChronoUnit.DAYS);
        SoaVersion v = new SoaVersion(iso, 1, "isb", created, "Erstfassung zur Zertifizierungsvorbereitung");
        em.persist(v);
        List<Requirement> controls = em.createQuery("SELECT r FROM Requirement r WHERE r.standard.id = :iso "
                + "AND r.assessable = TRUE AND r.refId LIKE 'A.%'", Requirement.class).setParameter("iso", isoId)
                .getResultList().stream().sorted(Comparator.comparing(SoaService::controlOrder)).toList();
        int order = 0;
        for (Requirement r : controls) {
            String excluded = EXCLUDED.get(r.getRefId());
            em.persist(new SoaEntry(v, r, order++, excluded == null, excluded != null ? excluded
                    : "Anwendbar: Ergebnis der Risikobehandlung (Risikobericht 2026) und Anforderung des B3S "
                            + "Medizinische Versorgung."));
        }
        em.flush();
        v.submitted("isb", created.plus(7, ChronoUnit.DAYS));
        // freeze status and basis as approval does, from today's facts
        ReadinessEngine engine = facts.engine(LocalDate.now());
        List<SoaEntry> entries = em.createNamedQuery("SoaEntry.ofVersion", SoaEntry.class).setParameter("version", v.getId())
                .getResultList();
        String hash = SoaService.freeze(entries, e -> Boolean.FALSE.equals(e.getApplicable()) ? ReadinessStatus.NOT_APPLICABLE
                : engine.evaluate(e.getRequirement().getId()).status(),
                e -> SoaService.basis(engine.evaluate(e.getRequirement().getId()).reasons()));
        v.approved("leitung", created.plus(9, ChronoUnit.DAYS), hash);
        em.flush();
        audit.created("SoaVersion", v.getId(), v);
        timer.snapshot(LocalDate.now());
    }
}
