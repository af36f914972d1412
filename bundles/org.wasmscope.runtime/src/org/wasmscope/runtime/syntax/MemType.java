package org.wasmscope.runtime.syntax;

/** A memory type: limits in units of 64 KiB pages (spec 2.3.9). */
public record MemType(Limits limits) {
    public static final int PAGE_SIZE = 65536;
    /** The largest number of pages a 32-bit memory can have. */
    public static final long MAX_PAGES = 65536;

    @Override
    public String toString() {
        return limits.toString();
    }
}
