package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.runtime.tests.simd.SimdRunner.f32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.f64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.run;
import static org.wasmscope.runtime.tests.simd.SimdRunner.slots;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Opcode;

/** Float lanes: arithmetic in lane precision, NaN results, min/max/pmin/pmax and rounding. */
class FloatLanesTest {
    private static final int NAN32 = 0x7FC00000;
    private static final long NAN64 = 0x7FF8000000000000L;
    /** A signalling NaN with a payload (not canonical, not arithmetic). */
    private static final int SNAN32 = 0xFF800123;
    private static final long SNAN64 = 0xFFF0000000000123L;

    @Test
    void f32x4ArithmeticRoundsToSinglePrecision() {
        // 1 + 2^-24 rounds to 1 in f32 (ties to even), but not in f64.
        long[] r = run(Opcode.F32X4_ADD, slots(f32x4(1f, 0.1f, Float.MAX_VALUE, -0f), f32x4(0x1p-24f, 0.2f, Float.MAX_VALUE, 0f)));
        assertArrayEquals(f32x4(1f, 0.1f + 0.2f, Float.POSITIVE_INFINITY, 0f), r);
        assertArrayEquals(f32x4(-1f, 0f, -0f, 6f), run(Opcode.F32X4_SUB, slots(f32x4(1f, -0f, -0f, 3f), f32x4(2f, -0f, 0f, -3f))));
        assertArrayEquals(f32x4(6f, -0f, 0x1p-149f, 1f), run(Opcode.F32X4_MUL, slots(f32x4(2f, 0f, 0x1p-75f, -1f), f32x4(3f, -5f, 0x1p-74f, -1f))));
        assertArrayEquals(f32x4(1f / 3f, Float.NEGATIVE_INFINITY, -0f, 2f), run(Opcode.F32X4_DIV, slots(f32x4(1f, -1f, 0f, 1f), f32x4(3f, 0f, -1f, 0.5f))));
        assertArrayEquals(f32x4((float) Math.sqrt(2), 0f, -0f, 3f), run(Opcode.F32X4_SQRT, f32x4(2f, 0f, -0f, 9f)));
    }

    @Test
    void nanResultsAreCanonical() {
        long[] r = run(Opcode.F32X4_ADD, slots(i32x4(SNAN32, NAN32, 0, 0x7F800000), i32x4(0, 0, SNAN32, 0xFF800000)));
        assertArrayEquals(i32x4(NAN32, NAN32, NAN32, NAN32), r);
        assertArrayEquals(i32x4(NAN32, NAN32, 0, 0), run(Opcode.F32X4_SQRT, f32x4(-1f, Float.NaN, 0f, 0f)));
        assertArrayEquals(i32x4(NAN32, NAN32, NAN32, NAN32), run(Opcode.F32X4_CEIL, i32x4(SNAN32, SNAN32, SNAN32, SNAN32)));
        assertArrayEquals(i64x2(NAN64, NAN64), run(Opcode.F64X2_MUL, slots(i64x2(SNAN64, 0), f64x2(1, Double.POSITIVE_INFINITY))));
        assertArrayEquals(i64x2(NAN64, NAN64), run(Opcode.F64X2_DIV, slots(f64x2(0, 0), i64x2(0x8000000000000000L, SNAN64))));
        assertArrayEquals(i64x2(NAN64, 0x4000000000000000L), run(Opcode.F64X2_SUB, slots(f64x2(Double.NaN, 3), f64x2(1, 1))));
        assertArrayEquals(i64x2(NAN64, NAN64), run(Opcode.F64X2_NEAREST, i64x2(SNAN64, NAN64)));
    }

    @Test
    void absAndNegOnlyTouchTheSignBit() {
        assertArrayEquals(i32x4(0x7F800123, 0, 0x3F800000, NAN32), run(Opcode.F32X4_ABS, i32x4(SNAN32, 0x80000000, 0xBF800000, NAN32)));
        assertArrayEquals(i32x4(0x7F800123, 0, 0x3F800000, 0xFFC00000), run(Opcode.F32X4_NEG, i32x4(SNAN32, 0x80000000, 0xBF800000, NAN32)));
        assertArrayEquals(i64x2(0x7FF0000000000123L, 0), run(Opcode.F64X2_ABS, i64x2(SNAN64, Long.MIN_VALUE)));
        assertArrayEquals(i64x2(0x7FF0000000000123L, 0), run(Opcode.F64X2_NEG, i64x2(SNAN64, Long.MIN_VALUE)));
    }

    @Test
    void minMaxPropagateNaNAndOrderZeros() {
        long[] a = f32x4(-0f, 0f, Float.NaN, 1f);
        long[] b = f32x4(0f, -0f, 1f, -2f);
        assertArrayEquals(i32x4(0x80000000, 0x80000000, NAN32, Float.floatToRawIntBits(-2f)), run(Opcode.F32X4_MIN, slots(a, b)));
        assertArrayEquals(i32x4(0, 0, NAN32, Float.floatToRawIntBits(1f)), run(Opcode.F32X4_MAX, slots(a, b)));
        assertArrayEquals(f64x2(-0.0, Double.NaN), run(Opcode.F64X2_MIN, slots(f64x2(0.0, 5), f64x2(-0.0, Double.NaN))));
        assertArrayEquals(f64x2(0.0, Double.NaN), run(Opcode.F64X2_MAX, slots(f64x2(0.0, Double.NaN), f64x2(-0.0, 5))));
    }

    @Test
    void pminPmaxReturnAnOperandUnchanged() {
        long[] a = i32x4(0x80000000, 0, SNAN32, Float.floatToRawIntBits(1f));
        long[] b = i32x4(0, 0x80000000, Float.floatToRawIntBits(1f), SNAN32);
        // pmin = b < a ? b : a; pmax = a < b ? b : a: NaN compares false, zeros compare equal.
        assertArrayEquals(a, run(Opcode.F32X4_PMIN, slots(a, b)));
        assertArrayEquals(a, run(Opcode.F32X4_PMAX, slots(a, b)));
        assertArrayEquals(f32x4(1f, 2f, 3f, -4f), run(Opcode.F32X4_PMIN, slots(f32x4(1f, 5f, 3f, 4f), f32x4(2f, 2f, 3f, -4f))));
        assertArrayEquals(f32x4(2f, 5f, 3f, 4f), run(Opcode.F32X4_PMAX, slots(f32x4(1f, 5f, 3f, 4f), f32x4(2f, 2f, 3f, -4f))));
        assertArrayEquals(i64x2(SNAN64, Double.doubleToRawLongBits(-1.0)),
                run(Opcode.F64X2_PMIN, slots(i64x2(SNAN64, Double.doubleToRawLongBits(2.0)), f64x2(1.0, -1.0))));
        assertArrayEquals(i64x2(SNAN64, Double.doubleToRawLongBits(2.0)),
                run(Opcode.F64X2_PMAX, slots(i64x2(SNAN64, Double.doubleToRawLongBits(2.0)), f64x2(1.0, -1.0))));
        assertArrayEquals(f64x2(1.0, 2.0), run(Opcode.F64X2_PMAX, slots(f64x2(-0.0, 2.0), f64x2(1.0, 2.0))));
    }

    @Test
    void rounding() {
        long[] f = f32x4(-1.5f, 2.5f, -0.5f, 0x1p23f + 1);
        assertArrayEquals(f32x4(-1f, 3f, -0f, 0x1p23f + 1), run(Opcode.F32X4_CEIL, f));
        assertArrayEquals(f32x4(-2f, 2f, -1f, 0x1p23f + 1), run(Opcode.F32X4_FLOOR, f));
        assertArrayEquals(f32x4(-1f, 2f, -0f, 0x1p23f + 1), run(Opcode.F32X4_TRUNC, f));
        assertArrayEquals(f32x4(-2f, 2f, -0f, 0x1p23f + 1), run(Opcode.F32X4_NEAREST, f));
        assertArrayEquals(f64x2(-0.0, 5.0), run(Opcode.F64X2_CEIL, f64x2(-0.75, 4.5)));
        assertArrayEquals(f64x2(-1.0, 4.0), run(Opcode.F64X2_FLOOR, f64x2(-0.75, 4.5)));
        assertArrayEquals(f64x2(-0.0, 4.0), run(Opcode.F64X2_TRUNC, f64x2(-0.75, 4.5)));
        assertArrayEquals(f64x2(-1.0, 4.0), run(Opcode.F64X2_NEAREST, f64x2(-0.75, 4.5)));
        assertArrayEquals(f64x2(-0.0, 6.0), run(Opcode.F64X2_NEAREST, f64x2(-0.5, 5.5)));
    }

    @Test
    void f64x2Arithmetic() {
        assertArrayEquals(f64x2(0.1 + 0.2, -0.0), run(Opcode.F64X2_ADD, slots(f64x2(0.1, -0.0), f64x2(0.2, -0.0))));
        assertArrayEquals(f64x2(Math.sqrt(2), Double.POSITIVE_INFINITY), run(Opcode.F64X2_SQRT, f64x2(2, Double.POSITIVE_INFINITY)));
        assertEquals(Double.doubleToRawLongBits(1.0 / 3), run(Opcode.F64X2_DIV, slots(f64x2(1, 1), f64x2(3, 3)))[1]);
    }
}
