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

/** Lane-wise comparisons produce all-ones or zero lanes; signedness and NaN follow the spec. */
class ComparisonsTest {
    private static final int T = -1;

    private static void check(long[] expected, Opcode op, long[] a, long[] b) {
        assertArrayEquals(expected, run(op, slots(a, b)), op.text);
    }

    @Test
    void i8x16Relations() {
        long[] a = i8x16(0x80, 0x7F, 5, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        long[] b = i8x16(0x7F, 0x80, 5, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
        check(i8x16(0, 0, T, 0, T, T, T, T, T, T, T, T, T, T, T, 0), Opcode.I8X16_EQ, a, b);
        check(i8x16(T, T, 0, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, T), Opcode.I8X16_NE, a, b);
        check(i8x16(T, 0, 0, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, T), Opcode.I8X16_LT_S, a, b);
        check(i8x16(0, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, T), Opcode.I8X16_LT_U, a, b);
        check(i8x16(0, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_GT_S, a, b);
        check(i8x16(T, 0, 0, T, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_GT_U, a, b);
        check(i8x16(T, 0, T, T, T, T, T, T, T, T, T, T, T, T, T, T), Opcode.I8X16_LE_S, a, b);
        check(i8x16(0, T, T, 0, T, T, T, T, T, T, T, T, T, T, T, T), Opcode.I8X16_LE_U, a, b);
        check(i8x16(0, T, T, 0, T, T, T, T, T, T, T, T, T, T, T, 0), Opcode.I8X16_GE_S, a, b);
        check(i8x16(T, 0, T, T, T, T, T, T, T, T, T, T, T, T, T, 0), Opcode.I8X16_GE_U, a, b);
    }

    @Test
    void i16x8AndI32x4Relations() {
        long[] a = i16x8(0x8000, 0x7FFF, 5, -1, 0, 0, 0, 0);
        long[] b = i16x8(0x7FFF, 0x8000, 5, 1, 0, 0, 0, 0);
        check(i16x8(0, 0, T, 0, T, T, T, T), Opcode.I16X8_EQ, a, b);
        check(i16x8(T, T, 0, T, 0, 0, 0, 0), Opcode.I16X8_NE, a, b);
        check(i16x8(T, 0, 0, T, 0, 0, 0, 0), Opcode.I16X8_LT_S, a, b);
        check(i16x8(0, T, 0, 0, 0, 0, 0, 0), Opcode.I16X8_LT_U, a, b);
        check(i16x8(0, T, 0, 0, 0, 0, 0, 0), Opcode.I16X8_GT_S, a, b);
        check(i16x8(T, 0, 0, T, 0, 0, 0, 0), Opcode.I16X8_GT_U, a, b);
        check(i16x8(T, 0, T, T, T, T, T, T), Opcode.I16X8_LE_S, a, b);
        check(i16x8(0, T, T, 0, T, T, T, T), Opcode.I16X8_LE_U, a, b);
        check(i16x8(0, T, T, 0, T, T, T, T), Opcode.I16X8_GE_S, a, b);
        check(i16x8(T, 0, T, T, T, T, T, T), Opcode.I16X8_GE_U, a, b);
        long[] c = i32x4(Integer.MIN_VALUE, Integer.MAX_VALUE, 5, -1);
        long[] d = i32x4(Integer.MAX_VALUE, Integer.MIN_VALUE, 5, 1);
        check(i32x4(0, 0, T, 0), Opcode.I32X4_EQ, c, d);
        check(i32x4(T, T, 0, T), Opcode.I32X4_NE, c, d);
        check(i32x4(T, 0, 0, T), Opcode.I32X4_LT_S, c, d);
        check(i32x4(0, T, 0, 0), Opcode.I32X4_LT_U, c, d);
        check(i32x4(0, T, 0, 0), Opcode.I32X4_GT_S, c, d);
        check(i32x4(T, 0, 0, T), Opcode.I32X4_GT_U, c, d);
        check(i32x4(T, 0, T, T), Opcode.I32X4_LE_S, c, d);
        check(i32x4(0, T, T, 0), Opcode.I32X4_LE_U, c, d);
        check(i32x4(0, T, T, 0), Opcode.I32X4_GE_S, c, d);
        check(i32x4(T, 0, T, T), Opcode.I32X4_GE_U, c, d);
    }

    @Test
    void i64x2RelationsAreSigned() {
        long[] a = i64x2(Long.MIN_VALUE, 7);
        long[] b = i64x2(Long.MAX_VALUE, 7);
        check(i64x2(0, T), Opcode.I64X2_EQ, a, b);
        check(i64x2(T, 0), Opcode.I64X2_NE, a, b);
        check(i64x2(T, 0), Opcode.I64X2_LT_S, a, b);
        check(i64x2(0, 0), Opcode.I64X2_GT_S, a, b);
        check(i64x2(T, T), Opcode.I64X2_LE_S, a, b);
        check(i64x2(0, T), Opcode.I64X2_GE_S, a, b);
    }

    @Test
    void floatRelationsTreatNaNAsUnorderedAndZerosAsEqual() {
        long[] a = f32x4(Float.NaN, -0.0f, 1.0f, Float.NEGATIVE_INFINITY);
        long[] b = f32x4(Float.NaN, 0.0f, 2.0f, -1.0f);
        check(i32x4(0, T, 0, 0), Opcode.F32X4_EQ, a, b);
        check(i32x4(T, 0, T, T), Opcode.F32X4_NE, a, b);
        check(i32x4(0, 0, T, T), Opcode.F32X4_LT, a, b);
        check(i32x4(0, 0, 0, 0), Opcode.F32X4_GT, a, b);
        check(i32x4(0, T, T, T), Opcode.F32X4_LE, a, b);
        check(i32x4(0, T, 0, 0), Opcode.F32X4_GE, a, b);
        long[] c = f64x2(Double.NaN, -0.0);
        long[] d = f64x2(1.0, 0.0);
        check(i64x2(0, T), Opcode.F64X2_EQ, c, d);
        check(i64x2(T, 0), Opcode.F64X2_NE, c, d);
        check(i64x2(0, 0), Opcode.F64X2_LT, c, d);
        check(i64x2(0, 0), Opcode.F64X2_GT, c, d);
        check(i64x2(0, T), Opcode.F64X2_LE, c, d);
        check(i64x2(0, T), Opcode.F64X2_GE, c, d);
        check(i64x2(T, 0), Opcode.F64X2_LT, f64x2(1.0, 2.0), f64x2(1.5, 2.0));
    }
}
