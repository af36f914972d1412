package org.wasmscope.runtime.wasi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.wasmscope.runtime.store.MemInst;

/**
 * The calling program's linear memory as WASI functions see it: little-endian loads and stores at guest
 * addresses (non-negative longs: the host functions receive their i32 arguments as unsigned values), each
 * checked against the memory's current size. A range outside the memory
 * fails with {@link Errno#FAULT}. Created per call, because the memory's byte array changes when it grows.
 */
final class GuestMemory {
    private final byte[] b;

    GuestMemory(MemInst mem) {
        this.b = mem.bytes();
    }

    /** The memory's bytes, for bulk copies after {@link #check}. */
    byte[] bytes() {
        return b;
    }

    /** The guest address {@code ptr} as an index, after checking that {@code len} bytes from there fit. */
    int check(long ptr, long len) {
        if (ptr < 0 || len < 0 || ptr + len > b.length) {
            throw new WasiError(Errno.FAULT);
        }
        return (int) ptr;
    }

    int u8(long ptr) {
        return b[check(ptr, 1)] & 0xFF;
    }

    int u16(long ptr) {
        int p = check(ptr, 2);
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    /** An unsigned 32-bit field. */
    long u32(long ptr) {
        int p = check(ptr, 4);
        return ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24)
                & 0xFFFFFFFFL;
    }

    long u64(long ptr) {
        int p = check(ptr, 8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[p + i] & 0xFF);
        }
        return v;
    }

    void put8(long ptr, int v) {
        b[check(ptr, 1)] = (byte) v;
    }

    void put16(long ptr, int v) {
        int p = check(ptr, 2);
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
    }

    void put32(long ptr, long v) {
        int p = check(ptr, 4);
        for (int i = 0; i < 4; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
    }

    void put64(long ptr, long v) {
        int p = check(ptr, 8);
        for (int i = 0; i < 8; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Zeroes {@code len} bytes (struct padding, so that no stale guest bytes look like fields). */
    void zero(long ptr, int len) {
        int p = check(ptr, len);
        java.util.Arrays.fill(b, p, p + len, (byte) 0);
    }

    /** Copies {@code data} into guest memory at {@code ptr}. */
    void write(long ptr, byte[] data, int off, int len) {
        System.arraycopy(data, off, b, check(ptr, len), len);
    }

    /** A copy of {@code len} guest bytes. */
    byte[] read(long ptr, long len) {
        int p = check(ptr, len);
        return java.util.Arrays.copyOfRange(b, p, p + (int) len);
    }

    /** A path or other string argument: UTF-8, {@link Errno#ILSEQ} if it is not. */
    String string(long ptr, long len) {
        int p = check(ptr, len);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, p, (int) len)).toString();
        } catch (CharacterCodingException e) {
            throw new WasiError(Errno.ILSEQ);
        }
    }

    /**
     * The buffers of an iovec or ciovec array ({@code {buf: u32, buf_len: u32}}, 8 bytes each), as pairs of
     * checked start index and length.
     */
    int[] iovecs(long iovs, long count) {
        check(iovs, 8L * count);
        int n = (int) count;
        int[] out = new int[2 * n];
        for (int i = 0; i < n; i++) {
            long len = u32(iovs + 8L * i + 4);
            out[2 * i] = check(u32(iovs + 8L * i), len);
            out[2 * i + 1] = (int) len;
        }
        return out;
    }
}
