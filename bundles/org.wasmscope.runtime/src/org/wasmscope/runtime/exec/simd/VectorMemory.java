package org.wasmscope.runtime.exec.simd;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * The vector memory instructions (spec 4.4.7): v128.load and store, the extending loads
 * (v128.loadMxN_sx), the splat loads, the zero-extending loads and the lane loads and stores. Memory is
 * little endian; every access is bounds-checked as a whole before any byte is read or written.
 *
 * <p>Stack effects (slots; a v128 is two): the address is one slot (i32 or i64 by the memory's address type); the vector operand of lane loads and
 * of stores lies above it.
 */
final class VectorMemory {
    private VectorMemory() {
    }

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The effective address of an access of {@code n} bytes: the address operand (of the memory's address
     * type) plus the memarg's offset, both unsigned; traps if the access does not lie inside the memory.
     */
    static int effectiveAddress(MemInst memory, long operand, Instr instr, int n) {
        int ea = memory.effectiveAddress(operand, instr.imm, n);
        if (ea < 0) {
            throw new Trap("out of bounds memory access");
        }
        return ea;
    }

    /** Reads {@code n} (1, 2, 4 or 8) bytes at {@code ea}, zero-extended. */
    static long read(byte[] bytes, int ea, int n) {
        return switch (n) {
            case 1 -> bytes[ea] & 0xFFL;
            case 2 -> (short) SHORT.get(bytes, ea) & 0xFFFFL;
            case 4 -> (int) INT.get(bytes, ea) & 0xFFFFFFFFL;
            default -> (long) LONG.get(bytes, ea);
        };
    }

    /** Writes the low {@code n} (1, 2, 4 or 8) bytes of {@code v} at {@code ea}. */
    static void write(byte[] bytes, int ea, int n, long v) {
        switch (n) {
            case 1 -> bytes[ea] = (byte) v;
            case 2 -> SHORT.set(bytes, ea, (short) v);
            case 4 -> INT.set(bytes, ea, (int) v);
            default -> LONG.set(bytes, ea, v);
        }
    }

    /** v128.load: [i32] -> [v128]. */
    static int load(Instr instr, long[] stack, int sp, MemInst memory) {
        int ea = effectiveAddress(memory, stack[sp - 1], instr, 16);
        byte[] bytes = memory.bytes();
        stack[sp - 1] = (long) LONG.get(bytes, ea);
        stack[sp] = (long) LONG.get(bytes, ea + 8);
        return sp + 1;
    }

    /** v128.loadMxN_sx: N lanes of M bits read from 8 bytes, each extended to 2 * M bits. */
    static int loadExtend(Instr instr, long[] stack, int sp, MemInst memory, int bits, boolean signed) {
        int ea = effectiveAddress(memory, stack[sp - 1], instr, 8);
        long v = (long) LONG.get(memory.bytes(), ea);
        stack[sp - 1] = Conversions.extend(v, bits, signed);
        stack[sp] = Conversions.extend(v >>> 32, bits, signed);
        return sp + 1;
    }

    /** v128.loadN_splat: one lane of N bits read and copied into every lane. */
    static int loadSplat(Instr instr, long[] stack, int sp, MemInst memory, int bits) {
        int ea = effectiveAddress(memory, stack[sp - 1], instr, bits / 8);
        long half = V128Lanes.splat(read(memory.bytes(), ea, bits / 8), bits);
        stack[sp - 1] = half;
        stack[sp] = half;
        return sp + 1;
    }

    /** v128.loadN_zero: N bits read into lane 0, the other bits zero. */
    static int loadZero(Instr instr, long[] stack, int sp, MemInst memory, int bits) {
        int ea = effectiveAddress(memory, stack[sp - 1], instr, bits / 8);
        stack[sp - 1] = read(memory.bytes(), ea, bits / 8);
        stack[sp] = 0;
        return sp + 1;
    }

    /** v128.loadN_lane: [i32 v128] -> [v128], lane {@code instr.lane} replaced by N bits read. */
    static int loadLane(Instr instr, long[] stack, int sp, MemInst memory, int bits) {
        int ea = effectiveAddress(memory, stack[sp - 3], instr, bits / 8);
        long v = read(memory.bytes(), ea, bits / 8);
        int p = instr.lane * bits;
        int slot = sp - 2 + (p >>> 6);
        stack[slot] = V128Lanes.replace(stack[slot], p & 63, bits, v);
        stack[sp - 3] = stack[sp - 2];
        stack[sp - 2] = stack[sp - 1];
        return sp - 1;
    }

    /** v128.store: [i32 v128] -> []. */
    static int store(Instr instr, long[] stack, int sp, MemInst memory) {
        int ea = effectiveAddress(memory, stack[sp - 3], instr, 16);
        byte[] bytes = memory.bytes();
        LONG.set(bytes, ea, stack[sp - 2]);
        LONG.set(bytes, ea + 8, stack[sp - 1]);
        return sp - 3;
    }

    /** v128.storeN_lane: [i32 v128] -> [], lane {@code instr.lane} written. */
    static int storeLane(Instr instr, long[] stack, int sp, MemInst memory, int bits) {
        int ea = effectiveAddress(memory, stack[sp - 3], instr, bits / 8);
        int p = instr.lane * bits;
        write(memory.bytes(), ea, bits / 8, stack[sp - 2 + (p >>> 6)] >>> (p & 63));
        return sp - 3;
    }
}
