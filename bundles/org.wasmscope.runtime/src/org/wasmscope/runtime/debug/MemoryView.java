package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.MemType;

/**
 * A memory instance (spec 4.2.9), live: size and maximum in pages, and reads and writes of byte ranges
 * straight on the memory's bytes (nothing else is copied).
 */
public final class MemoryView {
    private final MemInst memory;
    private final Session session;

    MemoryView(MemInst memory, Session session) {
        this.memory = memory;
        this.session = session;
    }

    public int address() {
        return memory.address;
    }

    /** Whether addresses are i32 or i64 (memory64): the type of address operands, sizes and deltas. */
    public AddrType addrType() {
        return memory.addrType();
    }

    /** The size in pages; at most {@link MemInst#IMPLEMENTATION_MAX_PAGES} in this implementation. */
    public int pages() {
        return memory.pages();
    }

    /** The maximum in pages, or -1 if none (at most 2^48 for a 64-bit memory). */
    public long maxPages() {
        return memory.type().limits().hasMax() ? memory.type().limits().max() : -1;
    }

    public long byteSize() {
        return (long) memory.pages() * MemType.PAGE_SIZE;
    }

    /** Copies {@code len} bytes from memory address {@code from} to {@code dst[at..]}. */
    public void read(long from, byte[] dst, int at, int len) {
        byte[] b = memory.bytes();
        check(b, from, len);
        System.arraycopy(b, (int) from, dst, at, len);
    }

    public byte[] read(long from, int len) {
        byte[] out = new byte[len];
        read(from, out, 0, len);
        return out;
    }

    public int readByte(long at) {
        byte[] b = memory.bytes();
        check(b, at, 1);
        return b[(int) at] & 0xFF;
    }

    /** Writes {@code src[at..at+len)} to memory address {@code to}; only while suspended. */
    public void write(long to, byte[] src, int at, int len) {
        session.whileSuspended(() -> {
            byte[] b = memory.bytes();
            check(b, to, len);
            System.arraycopy(src, at, b, (int) to, len);
        });
    }

    private static void check(byte[] b, long from, int len) {
        if (from < 0 || len < 0 || from + len > b.length) {
            throw new IndexOutOfBoundsException("bytes [" + from + ", " + (from + len) + ") outside memory of "
                    + b.length + " bytes");
        }
    }
}
