package org.wasmscope.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Warm-up runs, then measured runs of two competitors taken in turns (so that a change of load on the
 * machine hits both alike); the median of each one's measured runs. Time is the benchmark thread's CPU
 * time (the JIT compiler's threads and other processes do not count), or wall time if the JVM cannot
 * measure that.
 */
final class Timing {
    private Timing() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    /** Something measured that returns a checksum (so that it cannot be optimised away, and is compared). */
    interface Run {
        int run() throws Exception;
    }

    /** The median time in nanoseconds and the checksum of the runs. */
    record Result(long nanos, int checksum) {
    }

    static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** The median of {@code runs} measured runs of each of {@code a} and {@code b}, after warm-up runs. */
    static Result[] compare(Run a, Run b, int warmups, int runs) throws Exception {
        Run[] both = {a, b};
        long[][] t = new long[2][runs];
        int[] sum = new int[2];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < warmups; i++) {
                sum[k] = both[k].run();
            }
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                long start = now();
                int s = both[k].run();
                t[k][i] = now() - start;
                if ((i > 0 || warmups > 0) && s != sum[k]) {
                    throw new IllegalStateException("checksum changed between runs: " + sum[k] + " then " + s);
                }
                sum[k] = s;
            }
        }
        Result[] r = new Result[2];
        for (int k = 0; k < 2; k++) {
            Arrays.sort(t[k]);
            r[k] = new Result(t[k][runs / 2], sum[k]);
        }
        return r;
    }

    static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
