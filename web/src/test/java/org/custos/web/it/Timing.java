package org.custos.web.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** How the benchmarks time things: a median after warm-up, and percentiles of many samples. */
final class Timing {

    private Timing() {
    }

    /** Three warm-up runs, then the median of nine timed runs in milliseconds. */
    static long median(Supplier<Integer> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    /** The p-th percentile (nearest rank) of the samples, e.g. 95. */
    static long percentile(Collection<Long> samples, int p) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }
}
