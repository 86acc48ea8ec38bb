package org.custos.reviews.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.custos.organisation.entity.Person;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.reviews.control.ReviewCompiler;
import org.custos.reviews.entity.ManagementReview;
import org.custos.reviews.entity.ReviewDecision;
import org.custos.reviews.entity.ReviewInput;

/**
 * The demo hospital's management review, held three months ago by the managing director with the ISB:
 * inputs compiled from the demo data, minutes, comments on the audit and risk inputs, two decisions (one
 * done, one open) and the approval by top management (the managing director, not the ISB who drew it up).
 */
@Dependent
public class ReviewsDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ReviewCompiler compiler;

    void load(@Observes @Priority(3700) DemoLoading demo) {
        LocalDate held = LocalDate.now().minusMonths(3);
        Instant at = held.atTime(14, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        ManagementReview r = new ManagementReview("isb", at.minusSeconds(7 * 24 * 3600));
        r.describe("MR-" + held.getYear(), "Managementbewertung " + held.getYear(), held, held.minusMonths(12),
                "Teilnehmende: Dr. Maria Hoffmann (Geschäftsführung), Ingo Sicher (ISB), Thomas Neumann (IT). Das ISMS ist "
                        + "wirksam; der Austrittsprozess ist die wichtigste Lücke, die Datensicherung wird ausgebaut.");
        r.changed("isb", at);
        em.persist(r);
        em.flush();
        audit.created("ManagementReview", r.getId(), r);
        Map<ReviewInput.Key, List<String>> compiled = compiler.compile(r.getId(), r.getPeriodFrom(), held);
        for (Map.Entry<ReviewInput.Key, List<String>> e : compiled.entrySet()) {
            ReviewInput i = new ReviewInput(r.getId(), e.getKey());
            i.facts(e.getValue());
            if (e.getKey() == ReviewInput.Key.AUDITS) {
                i.comment("Schwerwiegende Feststellung zum Austrittsprozess; Korrekturmaßnahme bis Jahresende.");
            } else if (e.getKey() == ReviewInput.Key.RISKS) {
                i.comment("Restrisiko Ransomware KIS bleibt hoch; Budget für unveränderliche Sicherungen freigegeben.");
            }
            em.persist(i);
            em.flush();
            audit.created("ReviewInput", i.getId(), i);
        }
        r.compiled(at);
        ReviewDecision budget = decision(r, "Budget für unveränderliche Sicherungen (WORM) freigeben.", "Thomas Neumann",
                held.plusMonths(1));
        var before = budget.auditState();
        budget.done("isb", at.plusSeconds(30L * 24 * 3600));
        em.flush();
        audit.updated("ReviewDecision", budget.getId(), before, budget);
        decision(r, "Austrittsprozess mit der Personalabteilung vereinbaren und im Verzeichnisdienst automatisieren.",
                "Ingo Sicher", held.plusMonths(6));
        var was = r.auditState();
        r.approve("leitung", at.plusSeconds(3600));
        em.flush();
        audit.updated("ManagementReview", r.getId(), was, r);
    }

    private ReviewDecision decision(ManagementReview r, String text, String owner, LocalDate due) {
        Person p = em.createQuery("SELECT p FROM Person p WHERE p.name = :n", Person.class).setParameter("n", owner)
                .getResultStream().findFirst().orElse(null);
        ReviewDecision d = new ReviewDecision(r.getId(), text, p, due);
        em.persist(d);
        em.flush();
        audit.created("ReviewDecision", d.getId(), d);
        return d;
    }
}
