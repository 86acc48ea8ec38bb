package org.custos.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptUntilWriteTest {

    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final KeptUntilWrite<String, String> kept =
            new KeptUntilWrite<>(Duration.ofSeconds(30), 3, commits::get, clock::get);

    private Optional<String> load(String value) {
        loads.incrementAndGet();
        return Optional.ofNullable(value);
    }

    @Test
    void keepsAValueUntilAWriteCommits() {
        assertEquals(Optional.of("a"), kept.get("k", () -> load("a")));
        assertEquals(Optional.of("a"), kept.get("k", () -> load("b")));
        assertEquals(1, loads.get());
        commits.incrementAndGet();
        assertEquals(Optional.of("b"), kept.get("k", () -> load("b")));
        assertEquals(2, loads.get());
    }

    @Test
    void readsAgainOnceTheMaximumAgeHasPassed() {
        kept.get("k", () -> load("a"));
        clock.addAndGet(Duration.ofSeconds(29).toNanos());
        assertEquals(Optional.of("a"), kept.get("k", () -> load("b")));
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(Optional.of("b"), kept.get("k", () -> load("b")));
        assertEquals(2, loads.get());
    }

    @Test
    void neverKeepsAMissAndForgetsWhatBecameAMiss() {
        assertEquals(Optional.empty(), kept.get("k", () -> load(null)));
        assertEquals(Optional.empty(), kept.get("k", () -> load(null)));
        assertEquals(2, loads.get());
        kept.get("k", () -> load("a"));
        commits.incrementAndGet();
        assertEquals(Optional.empty(), kept.get("k", () -> load(null)));
        assertEquals(Optional.empty(), kept.get("k", () -> load(null)));
        assertEquals(5, loads.get());
    }

    @Test
    void aFullMapStartsOver() {
        kept.get("a", () -> load("1"));
        kept.get("b", () -> load("2"));
        kept.get("c", () -> load("3"));
        kept.get("d", () -> load("4"));
        assertEquals(4, loads.get());
        assertEquals(Optional.of("4"), kept.get("d", () -> load("x")));
        assertEquals(Optional.of("x"), kept.get("a", () -> load("x")));
        assertEquals(5, loads.get());
    }
}
