package org.wasmscope.runtime.store;

import java.util.Arrays;

import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;

/**
 * A memory instance (spec 4.2.9): a vector of bytes whose length is a multiple of the page size, and a
 * maximum in pages. This implementation keeps memories below 2 GiB (32767 pages): a larger
 * {@code memory.grow} fails with -1, which the specification allows.
 */
public final class MemInst {
    /** The most pages one Java byte array can hold. */
    public static final int IMPLEMENTATION_MAX_PAGES = 32767;

    public final int address;
    private MemType type;
    private byte[] bytes;

    MemInst(int address, MemType type) {
        this.address = address;
        this.type = type;
        this.bytes = new byte[Math.toIntExact(type.limits().min() * MemType.PAGE_SIZE)];
    }

    /** The current type: its minimum is the current size in pages. */
    public MemType type() {
        return type;
    }

    public int pages() {
        return bytes.length / MemType.PAGE_SIZE;
    }

    /** Direct access for the interpreter and host functions; do not keep across a {@link #grow}. */
    public byte[] bytes() {
        return bytes;
    }

    /** Grows by {@code n} pages (spec 4.5.3.9); returns the old size in pages, or -1. */
    public int grow(long n) {
        int old = pages();
        long len = old + n;
        long max = type.limits().hasMax() ? type.limits().max() : MemType.MAX_PAGES;
        if (n < 0 || len > max || len > IMPLEMENTATION_MAX_PAGES) {
            return -1;
        }
        if (n > 0) {
            bytes = Arrays.copyOf(bytes, (int) (len * MemType.PAGE_SIZE));
            type = new MemType(new Limits(len, type.limits().max()));
        }
        return old;
    }
}
