package org.custos.documents.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.documents.entity.Document;
import org.custos.platform.audit.control.AuditTrail;

/**
 * Marks published documents whose review date has passed as overdue, every night (and on demand for
 * a given day). The flag drives the dashboard and the register until the review is confirmed or a new
 * version is published. Runs as {@code system} in the audit trail.
 */
@Singleton
public class ReviewTimer {

    private static final Logger LOG = Logger.getLogger(ReviewTimer.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Schedule(hour = "1", minute = "5", persistent = false, info = "documents: mark overdue reviews")
    void nightly() {
        int marked = markOverdue(LocalDate.now());
        LOG.info(() -> "Document reviews: " + marked + " newly overdue");
    }

    /** Marks every published document whose next review lies before the day; returns how many. */
    public int markOverdue(LocalDate day) {
        List<Document> due = em.createNamedQuery("Document.overdueUnmarked", Document.class).setParameter("day", day)
                .getResultList();
        for (Document d : due) {
            Map<String, Object> before = d.auditState();
            d.markOverdue();
            audit.updated("Document", d.getId(), before, d);
        }
        return due.size();
    }
}
