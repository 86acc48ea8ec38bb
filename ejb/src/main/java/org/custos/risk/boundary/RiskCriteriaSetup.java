package org.custos.risk.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.security.control.CurrentActor;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.CriteriaStore;
import org.custos.risk.entity.RiskCriteria;

/**
 * Without any criteria version the default 4 × 4 criteria become the first draft, so the organisation
 * adapts a sensible proposal instead of starting from an empty matrix. Created by "system", so any
 * human reviewer may approve it.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class RiskCriteriaSetup {

    private static final Logger LOG = Logger.getLogger(RiskCriteriaSetup.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    CriteriaStore store;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void ensure() {
        long versions = em.createQuery("SELECT COUNT(c) FROM RiskCriteria c", Long.class).getSingleResult();
        if (versions > 0) {
            return;
        }
        CriteriaContent content = CriteriaContent.defaults().validated();
        RiskCriteria c = store.create(1, CurrentActor.SYSTEM, Instant.now(), content);
        em.flush();
        audit.created("RiskCriteria", c.getId(), c);
        audit.event("RiskCriteria", c.getId(), "CONTENT", RiskCriteriaService.summary(c, content));
        LOG.info("Custos risk criteria: default 4 x 4 criteria created as draft 1");
    }
}
