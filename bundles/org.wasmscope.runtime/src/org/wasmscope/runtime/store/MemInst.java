package org.wasmscope.runtime.store;

import java.util.Arrays;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.MemType;

/**
 * A memory instance (spec 4.2.9): a vector of bytes whose length is a multiple of the page size, and a
 * maximum in pages. This implementation keeps each memory, of 32-bit or 64-bit addresses alike, in one
 * Java byte array, so below 2 GiB ({@value #IMPLEMENTATION_MAX_PAGES} pages): a larger {@code memory.grow}
 * fails with -1, which the specification allows, and a larger minimum fails instantiation.
 */
public final class MemInst {
    /** The most pages one Java byte array can hold. */
    public static final int IMPLEMENTATION_MAX_PAGES = 32767;

    public final int address;
    private final Store store;
    private MemType type;
    private byte[] bytes;

    /** @throws Exhaustion if the minimum exceeds {@link #IMPLEMENTATION_MAX_PAGES} or the store's limit */
    MemInst(Store store, int address, MemType type) {
        long min = type.limits().min();
        if (Long.compareUnsigned(min, IMPLEMENTATION_MAX_PAGES) > 0) {
            throw new Exhaustion("memory of " + Long.toUnsignedString(min) + " pages exceeds the implementation's limit of "
                    + IMPLEMENTATION_MAX_PAGES);
        }
        if (!store.reserveMemory(min * MemType.PAGE_SIZE)) {
            throw new Exhaustion("memory of " + min + " pages exceeds the limit of " + store.limits().maxMemoryBytes()
                    + " bytes for all memories");
        }
        this.store = store;
        this.address = address;
        this.type = type;
        this.bytes = new byte[(int) min * MemType.PAGE_SIZE];
    }

    /** The current type: its minimum is the current size in pages. */
    public MemType type() {
        return type;
    }

    public AddrType addrType() {
        return type.addrType();
    }

    /** The size in pages; at most {@link #IMPLEMENTATION_MAX_PAGES}. */
    public int pages() {
        return bytes.length / MemType.PAGE_SIZE;
    }

    /**
     * Where an access of {@code n} bytes at {@code operand + offset} starts in {@link #bytes()} (spec 4.4.7):
     * the operand is an address of this memory's type, the offset a u64, both unsigned; -1 if any of the
     * bytes lies outside the memory, also when the sum exceeds 2^64.
     */
    public int effectiveAddress(long operand, long offset, int n) {
        long a = type.addrType().unsigned(operand);
        long ea = a + offset;
        // a, offset or the sum at or above 2^63 lies far beyond the memory; below, the sum does not wrap
        return (a | offset | ea) < 0 || ea > bytes.length - n ? -1 : (int) ea;
    }

    /** Direct access for the interpreter and host functions; do not keep across a {@link #grow}. */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * Grows by {@code n} pages, unsigned (spec 4.5.3.9); returns the old size in pages, or -1 beyond the
     * maximum, the address type's range, the implementation's limit or the store's.
     */
    public long grow(long n) {
        int old = pages();
        long max = type.limits().maxAtMost(IMPLEMENTATION_MAX_PAGES); // below either address type's range
        if (Long.compareUnsigned(n, max - old) > 0 || !store.reserveMemory(n * MemType.PAGE_SIZE)) {
            return -1;
        }
        if (n > 0) {
            long len = old + n;
            bytes = Arrays.copyOf(bytes, (int) (len * MemType.PAGE_SIZE));
            type = new MemType(type.addrType(), type.limits().withMin(len));
        }
        return old;
    }
}
