package org.custos.readiness.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.custos.readiness.control.ReadinessEngine;
import org.custos.readiness.control.ReadinessFacts;
import org.custos.readiness.entity.ReadinessSnapshot;

/**
 * Keeps one readiness snapshot per standard in use and day (the dashboard's trend), every night and
 * on demand. Taking it twice on a day overwrites that day's figures. Runs as {@code system}.
 */
@Singleton
public class ReadinessTimer {

    private static final Logger LOG = Logger.getLogger(ReadinessTimer.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ReadinessFacts facts;

    @Schedule(hour = "2", minute = "10", persistent = false, info = "readiness: daily snapshot")
    void nightly() {
        int n = snapshot(LocalDate.now());
        LOG.info(() -> "Readiness snapshot: " + n + " standards");
    }

    /** Records the day's score of every standard in use; returns how many. */
    public int snapshot(LocalDate day) {
        ReadinessEngine engine = facts.engine(day);
        Set<Long> inUse = facts.standardsInUse();
        Map<Long, ReadinessSnapshot> existing = new HashMap<>();
        for (ReadinessSnapshot s : em.createNamedQuery("ReadinessSnapshot.on", ReadinessSnapshot.class)
                .setParameter("day", day).getResultList()) {
            existing.put(s.getStandardId(), s);
        }
        for (long id : inUse) {
            ReadinessEngine.Score score = ReadinessEngine.score(engine.evaluate(Set.of(id)).values());
            ReadinessSnapshot s = existing.get(id);
            if (s == null) {
                s = new ReadinessSnapshot(id, day);
                em.persist(s);
            }
            s.counts(score.percent(), score.fulfilled(), score.partly(), score.notFulfilled(), score.notApplicable());
        }
        em.flush();
        return inUse.size();
    }
}
