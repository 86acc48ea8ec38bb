package org.custos.risk.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.risk.entity.Risk;

/**
 * Marks risks for reassessment before their date, inside the transaction of whatever gave the reason: a
 * changed asset, an incident. The flag clears with the next assessment.
 */
@Dependent
public class RiskFlags {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The reason a changed asset gives: the message key and the asset's code. */
    public static String assetChanged(String code) {
        return "risk.flag.assetChanged|" + code;
    }

    /** Flags the open risks on an asset; returns how many. {@code reason} is a message key, "|", an argument. */
    public int asset(long assetId, String reason) {
        Instant now = Instant.now();
        int flagged = 0;
        for (Risk r : em.createQuery("SELECT DISTINCT r FROM Risk r JOIN r.assetIds a "
                + "WHERE a = :asset AND r.closedAt IS NULL", Risk.class).setParameter("asset", assetId).getResultList()) {
            Map<String, Object> before = r.auditState();
            r.flag(reason, now);
            audit.updated("Risk", r.getId(), before, r);
            flagged++;
        }
        return flagged;
    }
}
