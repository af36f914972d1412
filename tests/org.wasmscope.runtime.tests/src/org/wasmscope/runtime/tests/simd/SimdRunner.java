package org.wasmscope.runtime.tests.simd;

import java.util.Arrays;

import org.wasmscope.runtime.exec.simd.Simd;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;

/**
 * Runs one vector instruction on a small operand stack, and builds v128 operands from lanes (lane 0
 * first, as in the text format's {@code v128.const i32x4 a b c d}).
 */
final class SimdRunner {
    private SimdRunner() {
    }

    /** Executes {@code instr} on a stack holding {@code slots} (bottom first); returns the stack after it. */
    static long[] run(Instr instr, MemInst memory, long... slots) {
        long[] stack = Arrays.copyOf(slots, slots.length + 8);
        int sp = Simd.execute(instr, stack, slots.length, memory);
        return Arrays.copyOf(stack, sp);
    }

    static long[] run(Opcode op, long... slots) {
        return run(new Instr(op), null, slots);
    }

    static Instr lane(Opcode op, int lane) {
        Instr i = new Instr(op);
        i.lane = lane;
        return i;
    }

    static Instr memarg(Opcode op, long offset) {
        Instr i = new Instr(op);
        i.imm = offset;
        return i;
    }

    /** Operand slots made of v128 pairs and scalars: each argument is a long[] of one or two slots. */
    static long[] slots(long[]... parts) {
        int n = 0;
        for (long[] p : parts) {
            n += p.length;
        }
        long[] r = new long[n];
        int k = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, r, k, p.length);
            k += p.length;
        }
        return r;
    }

    static long[] scalar(long v) {
        return new long[] { v };
    }

    /** A v128 from lanes of {@code bits} given as longs (only the low bits count). */
    static long[] lanes(int bits, long... v) {
        long[] r = new long[2];
        int perHalf = 64 / bits;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < v.length; i++) {
            r[i / perHalf] |= (v[i] & mask) << ((i % perHalf) * bits);
        }
        return r;
    }

    static long[] i8x16(int... v) {
        return lanes(8, Arrays.stream(v).asLongStream().toArray());
    }

    static long[] i16x8(int... v) {
        return lanes(16, Arrays.stream(v).asLongStream().toArray());
    }

    static long[] i32x4(int... v) {
        return lanes(32, Arrays.stream(v).asLongStream().toArray());
    }

    static long[] i64x2(long a, long b) {
        return new long[] { a, b };
    }

    static long[] f32x4(float a, float b, float c, float d) {
        return i32x4(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b), Float.floatToRawIntBits(c),
                Float.floatToRawIntBits(d));
    }

    static long[] f64x2(double a, double b) {
        return new long[] { Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b) };
    }

    /** Lane i of a v128 result (two slots) read as an f32. */
    static float f32Lane(long[] v, int i) {
        return Float.intBitsToFloat(f32Bits(v, i));
    }

    static int f32Bits(long[] v, int i) {
        return (int) (v[i / 2] >>> ((i % 2) * 32));
    }
}
