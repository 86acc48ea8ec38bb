package org.custos.readiness.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One computed readiness for everybody while nothing it depends on changes. A fingerprint of the
 * underlying rows (counts, sums of ids and versions, the day) says whether the data changed; it is
 * compared again after every committed entity write ({@link org.custos.platform.persistence.Commits})
 * and otherwise every two seconds (for writes that bypass JPA). So a change shows at once and twenty
 * people looking at the dashboard neither compute nor check the same thing twenty times. The fingerprint also covers
 * obligations, appointments and ISMS roles, which the certification rules and proof cycles read.
 */
@ApplicationScoped
public class ReadinessCache {

    /** The engine for one state of the data, with results per standard computed on first use. */
    public static final class Snapshot {

        private final String key;
        private final ReadinessEngine engine;
        private final Set<Long> inUse;
        private final Map<Long, Map<Long, ReadinessEngine.Result>> results = new ConcurrentHashMap<>();
        private final Map<String, Object> memos = new ConcurrentHashMap<>();
        private volatile long commits = -1;
        private volatile long checkedAt;

        Snapshot(String key, ReadinessEngine engine, Set<Long> inUse) {
            this.key = key;
            this.engine = engine;
            this.inUse = Set.copyOf(inUse);
        }

        void checked(long commits, long at) {
            this.checkedAt = at;
            this.commits = commits;
        }

        public ReadinessEngine engine() {
            return engine;
        }

        public Set<Long> inUse() {
            return inUse;
        }

        /** Anything else derived from the same state of the data (e.g. the certification rules), computed once. */
        @SuppressWarnings("unchecked")
        public <T> T memo(String name, java.util.function.Supplier<T> compute) {
            Object value = memos.get(name);
            if (value == null) {
                value = compute.get();
                memos.putIfAbsent(name, value);
            }
            return (T) value;
        }

        /** The assessable requirements of one standard with their results. */
        public Map<Long, ReadinessEngine.Result> results(long standardId) {
            return results.computeIfAbsent(standardId, id -> Map.copyOf(engine.evaluate(Set.of(id))));
        }
    }

    /** How long a snapshot is trusted without looking at the data, while no entity write has committed. */
    static final long RECHECK_NANOS = 2_000_000_000L;

    @Inject
    ReadinessFacts facts;

    private volatile Snapshot current;

    public Snapshot get(LocalDate day) {
        // read before the data: a commit after this makes the next call look again
        long commits = org.custos.platform.persistence.Commits.count();
        long now = System.nanoTime();
        Snapshot s = current;
        String prefix = day + "|";
        if (s != null && s.key.startsWith(prefix) && s.commits == commits && now - s.checkedAt < RECHECK_NANOS) {
            return s;
        }
        String key = prefix + facts.fingerprint();
        if (s != null && s.key.equals(key)) {
            s.checked(commits, now);
            return s;
        }
        synchronized (this) {
            s = current;
            if (s == null || !s.key.equals(key)) {
                s = new Snapshot(key, facts.engine(day), facts.standardsInUse());
                current = s;
            }
            s.checked(commits, now);
            return s;
        }
    }
}
