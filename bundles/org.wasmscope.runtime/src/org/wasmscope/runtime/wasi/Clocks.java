package org.wasmscope.runtime.wasi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * The four preview1 clocks (clockid u32): realtime (nanoseconds since the epoch), monotonic (nanoseconds
 * since this host was made, never going back), and the process and thread CPU time clocks (the running
 * thread's CPU time: the program runs on one Java thread).
 */
final class Clocks {
    static final int REALTIME = 0;
    static final int MONOTONIC = 1;
    static final int PROCESS_CPUTIME = 2;
    static final int THREAD_CPUTIME = 3;

    private final long origin = System.nanoTime();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** The current time of clock {@code id}; INVAL for an unknown clock. */
    long now(int id) {
        return switch (id) {
            case REALTIME -> {
                Instant t = Instant.now();
                yield t.getEpochSecond() * 1_000_000_000L + t.getNano();
            }
            case MONOTONIC -> System.nanoTime() - origin;
            case PROCESS_CPUTIME, THREAD_CPUTIME -> threads.isCurrentThreadCpuTimeSupported()
                    ? threads.getCurrentThreadCpuTime()
                    : System.nanoTime() - origin;
            default -> throw new WasiError(Errno.INVAL);
        };
    }

    /** The resolution of clock {@code id} in nanoseconds. */
    long resolution(int id) {
        return switch (id) {
            case REALTIME -> 1_000L; // Instant.now() is microsecond-precise on common platforms
            case MONOTONIC, PROCESS_CPUTIME, THREAD_CPUTIME -> 1L;
            default -> throw new WasiError(Errno.INVAL);
        };
    }
}
