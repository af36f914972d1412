package org.wasmscope.runtime.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.wasmscope.runtime.store.DataInst;
import org.wasmscope.runtime.store.MemInst;

/**
 * Memory instructions (spec 4.4.7). Memory is little endian. The loads and stores here are the loop's, on
 * memory 0 of 32-bit addresses: the effective address is the i32 operand read as unsigned plus the
 * memarg's u32 offset, a 33-bit number, so it is computed in a long; an access traps unless all its bytes
 * lie inside the memory ({@link MemoryExt} has the accesses to other memories). The bulk instructions,
 * for every memory, check their whole ranges before writing anything.
 */
final class MemoryOps {
    private MemoryOps() {
    }

    static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The effective address of an access of {@code n} bytes, or a trap. */
    private static int ea(byte[] bytes, long address, int offset, int n) {
        long ea = (address & 0xFFFF_FFFFL) + (offset & 0xFFFF_FFFFL);
        if (ea > bytes.length - n) {
            throw Traps.memoryOutOfBounds();
        }
        return (int) ea;
    }

    // ---- loads: t.load and t.loadN_sx ----

    static long load8S(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return b[ea(b, address, offset, 1)];
    }

    static long load8U(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return b[ea(b, address, offset, 1)] & 0xFFL;
    }

    static long load16S(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return (short) I16.get(b, ea(b, address, offset, 2));
    }

    static long load16U(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return (short) I16.get(b, ea(b, address, offset, 2)) & 0xFFFFL;
    }

    /** i32.load, f32.load, i64.load32_s. */
    static long load32S(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return (int) I32.get(b, ea(b, address, offset, 4));
    }

    static long load32U(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return (int) I32.get(b, ea(b, address, offset, 4)) & 0xFFFF_FFFFL;
    }

    /** i64.load, f64.load. */
    static long load64(MemInst m, long address, int offset) {
        byte[] b = m.bytes();
        return (long) I64.get(b, ea(b, address, offset, 8));
    }

    // ---- stores: t.store and t.storeN (the value wrapped to N bits) ----

    static void store8(MemInst m, long address, int offset, long v) {
        byte[] b = m.bytes();
        b[ea(b, address, offset, 1)] = (byte) v;
    }

    static void store16(MemInst m, long address, int offset, long v) {
        byte[] b = m.bytes();
        I16.set(b, ea(b, address, offset, 2), (short) v);
    }

    static void store32(MemInst m, long address, int offset, long v) {
        byte[] b = m.bytes();
        I32.set(b, ea(b, address, offset, 4), (int) v);
    }

    static void store64(MemInst m, long address, int offset, long v) {
        byte[] b = m.bytes();
        I64.set(b, ea(b, address, offset, 8), v);
    }

    // ---- memory.size, memory.grow ----

    static int size(MemInst m) {
        return m.pages();
    }

    /** memory.grow: the old size in pages, or -1 if the memory cannot grow by {@code n} (unsigned) pages. */
    static int grow(MemInst m, int n) {
        return (int) m.grow(n & 0xFFFF_FFFFL);
    }

    // ---- bulk memory: addresses and lengths are unsigned, u32 or u64 by the memory's address type ----

    /** Traps unless {@code [start, start + n)} lies within {@code length} bytes. */
    private static void checkRange(int length, long start, long n) {
        if (Long.compareUnsigned(start, length) > 0 || Long.compareUnsigned(n, length - start) > 0) {
            throw Traps.memoryOutOfBounds();
        }
    }

    /** memory.fill d val n. */
    static void fill(MemInst m, long d, int val, long n) {
        byte[] b = m.bytes();
        checkRange(b.length, d, n);
        Arrays.fill(b, (int) d, (int) (d + n), (byte) val);
    }

    /** memory.copy d s n: overlapping ranges copy as if through a temporary buffer. */
    static void copy(MemInst dst, MemInst src, long d, long s, long n) {
        byte[] db = dst.bytes(), sb = src.bytes();
        checkRange(db.length, d, n);
        checkRange(sb.length, s, n);
        System.arraycopy(sb, (int) s, db, (int) d, (int) n);
    }

    /** memory.init x d s n: from data segment x (empty once dropped). */
    static void init(MemInst m, DataInst data, long d, long s, long n) {
        byte[] b = m.bytes(), from = data.bytes();
        checkRange(b.length, d, n);
        checkRange(from.length, s, n);
        System.arraycopy(from, (int) s, b, (int) d, (int) n);
    }
}
