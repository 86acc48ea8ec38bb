package org.custos.platform.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the database, kept until an entity write commits ({@link Commits}) or {@code maxAge}
 * passes, whichever comes first. The age bounds how late a write that bypasses JPA (or another
 * server's) is seen. Empty results are not kept, so nobody can fill the map with misses, and the map
 * is cleared once it holds {@code capacity} entries.
 */
public final class KeptUntilWrite<K, V> {

    private record Entry<V>(V value, long commits, long loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final int capacity;
    private final LongSupplier commits;
    private final LongSupplier nanoTime;

    public KeptUntilWrite(java.time.Duration maxAge, int capacity) {
        this(maxAge, capacity, Commits::count, System::nanoTime);
    }

    KeptUntilWrite(java.time.Duration maxAge, int capacity, LongSupplier commits, LongSupplier nanoTime) {
        this.maxAgeNanos = maxAge.toNanos();
        this.capacity = capacity;
        this.commits = commits;
        this.nanoTime = nanoTime;
    }

    /** The kept value, or what {@code load} reads now (kept if present). */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        // the count is read before the data: a commit in between makes the next call read again
        long count = commits.getAsLong();
        long now = nanoTime.getAsLong();
        Entry<V> e = entries.get(key);
        if (e != null && e.commits() == count && now - e.loadedAt() < maxAgeNanos) {
            return Optional.of(e.value());
        }
        Optional<V> value = load.get();
        if (value.isPresent()) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value.get(), count, now));
        } else {
            entries.remove(key);
        }
        return value;
    }

    public void clear() {
        entries.clear();
    }
}
