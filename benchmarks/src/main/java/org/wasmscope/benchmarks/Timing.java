package org.wasmscope.benchmarks;

import java.util.Arrays;

/** Warm-up runs, then measured runs; the median of the measured ones. */
final class Timing {
    private Timing() {
    }

    /** Something measured that returns a checksum (so that it cannot be optimised away, and is compared). */
    interface Run {
        int run() throws Exception;
    }

    /** The result of {@link #median}: the median time in nanoseconds and the checksum of the runs. */
    record Result(long nanos, int checksum) {
    }

    static Result median(Run r, int warmups, int runs) throws Exception {
        int sum = 0;
        for (int i = 0; i < warmups; i++) {
            sum = r.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int s = r.run();
            t[i] = System.nanoTime() - start;
            if (i > 0 || warmups > 0) {
                if (s != sum) {
                    throw new IllegalStateException("checksum changed between runs: " + sum + " then " + s);
                }
            }
            sum = s;
        }
        Arrays.sort(t);
        return new Result(t[runs / 2], sum);
    }

    static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
