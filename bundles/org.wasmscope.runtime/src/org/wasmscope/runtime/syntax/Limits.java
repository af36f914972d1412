package org.wasmscope.runtime.syntax;

/**
 * Limits {min, max?} of a table or memory (spec 2.3.8). Both are unsigned 64-bit numbers (u64: a table64's
 * maximum may be 2^64-1, which reads as -1 here), so compare them with {@link Long#compareUnsigned}; the
 * range an address type allows is checked by validation. Without a maximum, {@code max} is -1.
 */
public record Limits(long min, long max, boolean hasMax) {
    public Limits {
        if (!hasMax) {
            max = -1;
        }
    }

    /** u32 limits, as WebAssembly 2.0 has them: {@code max} -1 for none. */
    public Limits(long min, long max) {
        this(min, max, max != -1);
    }

    /** The same maximum with another minimum (a grown table or memory's current size). */
    public Limits withMin(long newMin) {
        return new Limits(newMin, max, hasMax);
    }

    /** The maximum if it is below {@code cap} (unsigned), else {@code cap}. */
    public long maxAtMost(long cap) {
        return hasMax && Long.compareUnsigned(max, cap) < 0 ? max : cap;
    }

    @Override
    public String toString() {
        String lo = Long.toUnsignedString(min);
        return hasMax ? lo + " " + Long.toUnsignedString(max) : lo;
    }
}
