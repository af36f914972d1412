package org.wasmscope.runtime.store;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.syntax.MemType;

/**
 * What a store may take from its host: the limits that keep an untrusted module from exhausting the JVM
 * (an IDE's workbench or a command line) or running forever. Reaching one is an {@link Exhaustion}, or -1
 * from {@code memory.grow} and {@code table.grow}, as the spec lets growing fail.
 *
 * @param maxMemoryBytes the bytes all memories of the store hold together (a multiple of the page size;
 *                       each memory also at most {@link MemInst#IMPLEMENTATION_MAX_PAGES} pages)
 * @param maxTableElements the elements all tables of the store hold together (each table also at most
 *                         {@link TableInst#IMPLEMENTATION_MAX_SIZE})
 * @param maxHeapBytes the bytes the struct, array and exception instances of the store's {@link Heap} hold
 *                     together, as the heap estimates them (with their bookkeeping); the heap reclaims the
 *                     unreachable ones before it refuses an allocation
 * @param maxDepth the most frames one invocation may have
 * @param fuel the loop iterations and calls one invocation may execute (0: no limit). Counted only at
 *             backward branches and calls, a few thousand at a time, so that it costs nothing per
 *             instruction: every endless execution passes one of them, but the count is coarse (an
 *             invocation may stop up to 4096 units early)
 * @param timeout the wall-clock time one invocation may run (zero: no limit), looked at as often as fuel
 */
public record ResourceLimits(long maxMemoryBytes, long maxTableElements, long maxHeapBytes, int maxDepth, long fuel,
        Duration timeout) {
    /** The limits of a store made without any: they protect a workbench of a few GiB of heap. */
    public static final ResourceLimits DEFAULT = new ResourceLimits(1L << 30, 10_000_000, 512L << 20, 50_000, 0,
            Duration.ZERO);

    public ResourceLimits {
        if (maxMemoryBytes < 0 || maxTableElements < 0 || maxHeapBytes < 0 || maxDepth < 1 || fuel < 0
                || timeout.isNegative()) {
            throw new IllegalArgumentException("negative resource limit");
        }
    }

    public ResourceLimits withMaxMemoryBytes(long bytes) {
        return new ResourceLimits(bytes, maxTableElements, maxHeapBytes, maxDepth, fuel, timeout);
    }

    public ResourceLimits withMaxTableElements(long elements) {
        return new ResourceLimits(maxMemoryBytes, elements, maxHeapBytes, maxDepth, fuel, timeout);
    }

    public ResourceLimits withMaxHeapBytes(long bytes) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, bytes, maxDepth, fuel, timeout);
    }

    public ResourceLimits withMaxDepth(int frames) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxHeapBytes, frames, fuel, timeout);
    }

    public ResourceLimits withFuel(long units) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxHeapBytes, maxDepth, units, timeout);
    }

    public ResourceLimits withTimeout(Duration time) {
        return new ResourceLimits(maxMemoryBytes, maxTableElements, maxHeapBytes, maxDepth, fuel, time);
    }

    /** The names of the limits as {@link #with(String, String)} takes them (the command line's options without "--"). */
    public static final List<String> NAMES = List.of("max-memory", "max-table", "max-heap", "max-depth", "fuel",
            "timeout");

    /**
     * These limits with limit {@code name} set from its text: {@code max-memory} in bytes, or with a suffix
     * {@code k}, {@code m}, {@code g} (KiB, MiB, GiB) or {@code p} (64 KiB pages), a multiple of a page;
     * {@code max-heap} in bytes, or with one of the same suffixes; {@code max-table}, {@code max-depth} and
     * {@code fuel} as counts; {@code timeout} in seconds, or with
     * a suffix {@code ms}, {@code s} or {@code m}. Fuel and timeout 0 mean none.
     *
     * @throws IllegalArgumentException if {@code name} is no limit or {@code value} no value of it
     */
    public ResourceLimits with(String name, String value) {
        try {
            return switch (name) {
                case "max-memory" -> withMaxMemoryBytes(pages(bytes(value.trim())));
                case "max-table" -> withMaxTableElements(count(value.trim()));
                case "max-heap" -> withMaxHeapBytes(bytes(value.trim()));
                case "max-depth" -> withMaxDepth(Math.toIntExact(Math.max(1, count(value.trim()))));
                case "fuel" -> withFuel(count(value.trim()));
                case "timeout" -> withTimeout(duration(value.trim()));
                default -> throw new IllegalArgumentException("no limit named " + name);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(name + " cannot take '" + value + "'");
        }
    }

    private static long count(String text) {
        long n = Long.parseLong(text);
        if (n < 0) {
            throw new NumberFormatException();
        }
        return n;
    }

    private static long bytes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 'p' -> MemType.PAGE_SIZE;
            default -> 1;
        };
        return Math.multiplyExact(count(unit == 1 ? t : t.substring(0, t.length() - 1)), unit);
    }

    /** {@code bytes}, if a multiple of the page size. */
    private static long pages(long bytes) {
        if (bytes % MemType.PAGE_SIZE != 0) {
            throw new NumberFormatException();
        }
        return bytes;
    }

    private static Duration duration(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(count(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(count(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(count(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }

    /** The same limits without fuel and timeout: for a debugger, where a person decides how long to run. */
    public ResourceLimits untimed() {
        return withFuel(0).withTimeout(Duration.ZERO);
    }
}
