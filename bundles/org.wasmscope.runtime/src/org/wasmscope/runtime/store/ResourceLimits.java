package org.wasmscope.runtime.store;

import java.time.Duration;

import org.wasmscope.runtime.Exhaustion;

/**
 * What a store may take from its host: the limits that keep an untrusted module from exhausting the JVM
 * (an IDE's workbench or a command line) or running forever. Reaching one is an {@link Exhaustion}, or -1
 * from {@code memory.grow} and {@code table.grow}, as the spec lets growing fail.
 *
 * @param maxMemoryBytes the bytes all memories of the store hold together (a multiple of the page size;
 *                       each memory also at most {@link MemInst#IMPLEMENTATION_MAX_PAGES} pages)
 * @param maxTableElements the elements all tables of the store hold together (each table also at most
 *                         {@link TableInst#IMPLEMENTATION_MAX_SIZE})
 * @param maxDepth the most frames one invocation may have
 * @param fuel the loop iterations and calls one invocation may execute (0: no limit). Counted only at
 *             backward branches and calls, a few thousand at a time, so that it costs nothing per
 *             instruction: every endless execution passes one of them, but the count is coarse (an
 *             invocation may stop up to 4096 units early)
 * @param timeout the wall-clock time one invocation may run (zero: no limit), looked at as often as fuel
 */
public record ResourceLimits(long maxMemoryBytes, long maxTableElements, int maxDepth, long fuel, Duration timeout) {
    /** The limits of a store made without any: they protect a workbench of a few GiB of heap. */
    public static final ResourceLimits DEFAULT = new ResourceLimits(1L << 30, 10_000_000, 50_000, 0, Duration.ZERO);

    public ResourceLimits {
        if (maxMemoryBytes < 0 || maxTableElements < 0 || maxDepth < 1 || fuel < 0 || timeout.isNegative()) {
            throw new IllegalArgumentException("negative resource limit");
        }
    }

    public ResourceLimits withMaxMemoryBytes(long bytes) {
        return new ResourceLimits(bytes, maxTableElements, maxDepth, fuel, timeout);
    }

    public ResourceLimits withMaxTableElements(long elements) {
        return new ResourceLimits(maxMemoryBytes, elements, maxDepth, fuel, timeout);
    }

    public ResourceLimits withMaxDepth(int frames) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, frames, fuel, timeout);
    }

    public ResourceLimits withFuel(long units) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxDepth, units, timeout);
    }

    public ResourceLimits withTimeout(Duration time) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxDepth, fuel, time);
    }

    /** The same limits without fuel and timeout: for a debugger, where a person decides how long to run. */
    public ResourceLimits untimed() {
        return withFuel(0).withTimeout(Duration.ZERO);
    }
}
