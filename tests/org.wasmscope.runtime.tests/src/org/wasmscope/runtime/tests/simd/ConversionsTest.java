package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.wasmscope.runtime.tests.simd.SimdRunner.f32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.f64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i16x8;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i8x16;
import static org.wasmscope.runtime.tests.simd.SimdRunner.run;
import static org.wasmscope.runtime.tests.simd.SimdRunner.slots;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Opcode;

/** narrow, extend, trunc_sat, convert, demote and promote. */
class ConversionsTest {
    @Test
    void narrowSaturates() {
        long[] a = i16x8(0x7FFF, 0x8000, 127, 128, -128, -129, 255, 256);
        long[] b = i16x8(1, -1, 0, 2, 3, 4, 5, 6);
        assertArrayEquals(i8x16(0x7F, 0x80, 127, 127, 0x80, 0x80, 127, 127, 1, 0xFF, 0, 2, 3, 4, 5, 6),
                run(Opcode.I8X16_NARROW_I16X8_S, slots(a, b)));
        assertArrayEquals(i8x16(0xFF, 0, 127, 128, 0, 0, 255, 255, 1, 0, 0, 2, 3, 4, 5, 6),
                run(Opcode.I8X16_NARROW_I16X8_U, slots(a, b)));
        long[] c = i32x4(0x7FFFFFFF, 0x80000000, 32768, -32769);
        long[] d = i32x4(65535, 65536, -1, 7);
        assertArrayEquals(i16x8(0x7FFF, 0x8000, 0x7FFF, 0x8000, 0x7FFF, 0x7FFF, 0xFFFF, 7),
                run(Opcode.I16X8_NARROW_I32X4_S, slots(c, d)));
        assertArrayEquals(i16x8(0xFFFF, 0, 32768, 0, 0xFFFF, 0xFFFF, 0, 7),
                run(Opcode.I16X8_NARROW_I32X4_U, slots(c, d)));
    }

    @Test
    void extendLowAndHigh() {
        long[] bytes = i8x16(0x80, 1, 0xFF, 3, 4, 5, 6, 0x7F, 0x81, 9, 10, 11, 12, 13, 14, 0xFE);
        assertArrayEquals(i16x8(-128, 1, -1, 3, 4, 5, 6, 127), run(Opcode.I16X8_EXTEND_LOW_I8X16_S, bytes));
        assertArrayEquals(i16x8(128, 1, 255, 3, 4, 5, 6, 127), run(Opcode.I16X8_EXTEND_LOW_I8X16_U, bytes));
        assertArrayEquals(i16x8(-127, 9, 10, 11, 12, 13, 14, -2), run(Opcode.I16X8_EXTEND_HIGH_I8X16_S, bytes));
        assertArrayEquals(i16x8(129, 9, 10, 11, 12, 13, 14, 254), run(Opcode.I16X8_EXTEND_HIGH_I8X16_U, bytes));
        long[] shorts = i16x8(0x8000, 2, 3, 0xFFFF, 5, 6, 7, 0x8001);
        assertArrayEquals(i32x4(-32768, 2, 3, -1), run(Opcode.I32X4_EXTEND_LOW_I16X8_S, shorts));
        assertArrayEquals(i32x4(32768, 2, 3, 65535), run(Opcode.I32X4_EXTEND_LOW_I16X8_U, shorts));
        assertArrayEquals(i32x4(5, 6, 7, -32767), run(Opcode.I32X4_EXTEND_HIGH_I16X8_S, shorts));
        assertArrayEquals(i32x4(5, 6, 7, 32769), run(Opcode.I32X4_EXTEND_HIGH_I16X8_U, shorts));
        long[] ints = i32x4(-1, 2, Integer.MIN_VALUE, 4);
        assertArrayEquals(i64x2(-1, 2), run(Opcode.I64X2_EXTEND_LOW_I32X4_S, ints));
        assertArrayEquals(i64x2(0xFFFFFFFFL, 2), run(Opcode.I64X2_EXTEND_LOW_I32X4_U, ints));
        assertArrayEquals(i64x2(Integer.MIN_VALUE, 4), run(Opcode.I64X2_EXTEND_HIGH_I32X4_S, ints));
        assertArrayEquals(i64x2(0x80000000L, 4), run(Opcode.I64X2_EXTEND_HIGH_I32X4_U, ints));
    }

    @Test
    void truncSatClampsAndMapsNaNToZero() {
        long[] f = f32x4(Float.NaN, -1.9f, 3e9f, Float.NEGATIVE_INFINITY);
        assertArrayEquals(i32x4(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE), run(Opcode.I32X4_TRUNC_SAT_F32X4_S, f));
        assertArrayEquals(i32x4(0, 0, (int) 3000000000L, 0), run(Opcode.I32X4_TRUNC_SAT_F32X4_U, f));
        assertArrayEquals(i32x4(0, 0, -1, 0), run(Opcode.I32X4_TRUNC_SAT_F32X4_U, f32x4(-0.9f, -0f, 5e9f, 0x1p-149f)));
        assertArrayEquals(i32x4(Integer.MIN_VALUE, 3, 0, 0), run(Opcode.I32X4_TRUNC_SAT_F64X2_S_ZERO, f64x2(-3e9, 3.99)));
        assertArrayEquals(i32x4(0, -1, 0, 0), run(Opcode.I32X4_TRUNC_SAT_F64X2_S_ZERO, f64x2(Double.NaN, -1.5)));
        assertArrayEquals(i32x4(-1, (int) 4294967294L, 0, 0),
                run(Opcode.I32X4_TRUNC_SAT_F64X2_U_ZERO, f64x2(1e300, 4294967294.9)));
        assertArrayEquals(i32x4(0, 0, 0, 0), run(Opcode.I32X4_TRUNC_SAT_F64X2_U_ZERO, f64x2(Double.NaN, -0.99)));
    }

    @Test
    void convertRoundsToNearestEven() {
        assertArrayEquals(f32x4(-1f, 16777216f, 2147483648f, 0f),
                run(Opcode.F32X4_CONVERT_I32X4_S, i32x4(-1, 16777217, Integer.MAX_VALUE, 0)));
        assertArrayEquals(f32x4(4294967296f, 16777216f, 2147483648f, 16777220f),
                run(Opcode.F32X4_CONVERT_I32X4_U, i32x4(-1, 16777217, Integer.MIN_VALUE, 16777219)));
        assertArrayEquals(f64x2(-1.0, Integer.MIN_VALUE), run(Opcode.F64X2_CONVERT_LOW_I32X4_S, i32x4(-1, Integer.MIN_VALUE, 5, 6)));
        assertArrayEquals(f64x2(4294967295.0, 2147483648.0), run(Opcode.F64X2_CONVERT_LOW_I32X4_U, i32x4(-1, Integer.MIN_VALUE, 5, 6)));
    }

    @Test
    void demoteAndPromote() {
        assertArrayEquals(i32x4(Float.floatToRawIntBits(Float.POSITIVE_INFINITY), Float.floatToRawIntBits(0.1f), 0, 0),
                run(Opcode.F32X4_DEMOTE_F64X2_ZERO, f64x2(1e300, 0.1)));
        assertArrayEquals(i32x4(0x7FC00000, 0x80000000, 0, 0),
                run(Opcode.F32X4_DEMOTE_F64X2_ZERO, i64x2(0xFFF0000000000001L, 0x8000000000000000L)));
        assertArrayEquals(f64x2(0.1f, -0.0), run(Opcode.F64X2_PROMOTE_LOW_F32X4, f32x4(0.1f, -0f, 7f, 8f)));
        assertArrayEquals(i64x2(0x7FF8000000000000L, Double.doubleToRawLongBits(0x1p-149)),
                run(Opcode.F64X2_PROMOTE_LOW_F32X4, i32x4(0xFF800001, 1, 0, 0)));
    }
}
