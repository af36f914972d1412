package org.wasmscope.runtime.debug;

/**
 * Bytes {@code [from, to)} of the memory at store address {@code memory} that differ from the previous
 * suspension (bytes added by {@code memory.grow} count only where they are not zero).
 */
public record MemoryRange(int memory, long from, long to) {
    public long length() {
        return to - from;
    }
}
