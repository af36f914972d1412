package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i16x8;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i8x16;
import static org.wasmscope.runtime.tests.simd.SimdRunner.run;
import static org.wasmscope.runtime.tests.simd.SimdRunner.scalar;
import static org.wasmscope.runtime.tests.simd.SimdRunner.slots;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Opcode;

/** Integer lane arithmetic: add/sub/mul, saturation, min/max, avgr, abs/neg/popcnt, shifts, q15mulr, dot. */
class IntegerLanesTest {
    private static void check(long[] expected, Opcode op, long[]... operands) {
        assertArrayEquals(expected, run(op, slots(operands)), op.text);
    }

    @Test
    void addSubMulWrapPerLane() {
        check(i8x16(0, 2, 0x80, 0xFE, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0),
                Opcode.I8X16_ADD, i8x16(0xFF, 1, 0x7F, 0xFF, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 0xFF),
                i8x16(1, 1, 1, 0xFF, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 1));
        check(i16x8(0xFFFF, 0, 0x8000, 3, 0, 0, 0, 0), Opcode.I16X8_SUB, i16x8(0, 1, 0x7FFF, 5, 0, 0, 0, 0),
                i16x8(1, 1, -1, 2, 0, 0, 0, 0));
        check(i32x4(0, -2, 6, 0x80000000), Opcode.I32X4_ADD, i32x4(-1, -1, 3, 0x7FFFFFFF), i32x4(1, -1, 3, 1));
        check(i64x2(0, Long.MIN_VALUE), Opcode.I64X2_ADD, i64x2(-1, Long.MAX_VALUE), i64x2(1, 1));
        check(i64x2(Long.MAX_VALUE, -1), Opcode.I64X2_SUB, i64x2(Long.MIN_VALUE, 0), i64x2(1, 1));
        check(i16x8(0, 1, 0xFFFE, 6, 0, 0, 0, 0x4000), Opcode.I16X8_MUL, i16x8(0x100, -1, 2, 2, 0, 0, 0, 0x8002),
                i16x8(0x100, -1, -1, 3, 0, 0, 0, 0x2000));
        check(i32x4(1, -6, 0, 0), Opcode.I32X4_MUL, i32x4(-1, 2, 0x10000, 0), i32x4(-1, -3, 0x10000, 5));
        check(i64x2(1, -6), Opcode.I64X2_MUL, i64x2(-1, 2), i64x2(-1, -3));
    }

    @Test
    void saturatingAddAndSub() {
        check(i8x16(0x7F, 0x80, 0x80, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x7F), Opcode.I8X16_ADD_SAT_S,
                i8x16(0x7F, 0x80, 0x80, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x70),
                i8x16(1, 0xFF, 0x80, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x70));
        check(i8x16(0xFF, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_ADD_SAT_U,
                i8x16(0xFF, 0x80, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                i8x16(1, 0x80, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        check(i8x16(0x80, 0x7F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_SUB_SAT_S,
                i8x16(0x80, 0x7F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                i8x16(1, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        check(i8x16(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_SUB_SAT_U,
                i8x16(1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                i8x16(2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        check(i16x8(0x7FFF, 0x8000, 0, 0, 0, 0, 0, -3), Opcode.I16X8_ADD_SAT_S,
                i16x8(0x7FFF, 0x8000, 0, 0, 0, 0, 0, -1), i16x8(1, -1, 0, 0, 0, 0, 0, -2));
        check(i16x8(0xFFFF, 0, 0, 0, 0, 0, 0, 0), Opcode.I16X8_ADD_SAT_U, i16x8(0xFFFE, 0, 0, 0, 0, 0, 0, 0),
                i16x8(2, 0, 0, 0, 0, 0, 0, 0));
        check(i16x8(0x8000, 0x7FFF, 0, 0, 0, 0, 0, 0), Opcode.I16X8_SUB_SAT_S,
                i16x8(0x8000, 0x7FFF, 0, 0, 0, 0, 0, 0), i16x8(1, -1, 0, 0, 0, 0, 0, 0));
        check(i16x8(0, 0xFFFE, 0, 0, 0, 0, 0, 0), Opcode.I16X8_SUB_SAT_U, i16x8(1, 0xFFFF, 0, 0, 0, 0, 0, 0),
                i16x8(0xFFFF, 1, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void minMaxAvgr() {
        long[] a = i8x16(0x80, 0x7F, 1, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9);
        long[] b = i8x16(0x7F, 0x80, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8);
        check(i8x16(0x80, 0x80, 1, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8), Opcode.I8X16_MIN_S, a, b);
        check(i8x16(0x7F, 0x7F, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8), Opcode.I8X16_MIN_U, a, b);
        check(i8x16(0x7F, 0x7F, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9), Opcode.I8X16_MAX_S, a, b);
        check(i8x16(0x80, 0x80, 2, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9), Opcode.I8X16_MAX_U, a, b);
        check(i8x16(0x80, 0x80, 2, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9), Opcode.I8X16_AVGR_U, a, b);
        check(i16x8(0x8000, 0xFFFF, 0, 0, 0, 0, 0, 0), Opcode.I16X8_AVGR_U, i16x8(0xFFFF, 0xFFFF, 0, 0, 0, 0, 0, 0),
                i16x8(0, 0xFFFF, 0, 0, 0, 0, 0, 0));
        check(i16x8(-5, 0, 0, 0, 0, 0, 0, 0), Opcode.I16X8_MIN_S, i16x8(-5, 0, 0, 0, 0, 0, 0, 0),
                i16x8(5, 0, 0, 0, 0, 0, 0, 0));
        check(i16x8(0xFFFB, 0, 0, 0, 0, 0, 0, 0), Opcode.I16X8_MAX_U, i16x8(-5, 0, 0, 0, 0, 0, 0, 0),
                i16x8(5, 0, 0, 0, 0, 0, 0, 0));
        check(i32x4(Integer.MIN_VALUE, 0, 1, -1), Opcode.I32X4_MIN_S, i32x4(Integer.MIN_VALUE, 0, 1, -1),
                i32x4(Integer.MAX_VALUE, 0, 2, 0));
        check(i32x4(Integer.MAX_VALUE, 0, 1, 0), Opcode.I32X4_MIN_U, i32x4(Integer.MIN_VALUE, 0, 1, -1),
                i32x4(Integer.MAX_VALUE, 0, 2, 0));
        check(i32x4(Integer.MAX_VALUE, 0, 2, 0), Opcode.I32X4_MAX_S, i32x4(Integer.MIN_VALUE, 0, 1, -1),
                i32x4(Integer.MAX_VALUE, 0, 2, 0));
        check(i32x4(Integer.MIN_VALUE, 0, 2, -1), Opcode.I32X4_MAX_U, i32x4(Integer.MIN_VALUE, 0, 1, -1),
                i32x4(Integer.MAX_VALUE, 0, 2, 0));
    }

    @Test
    void absNegPopcnt() {
        check(i8x16(0x80, 1, 1, 0x7F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5), Opcode.I8X16_ABS,
                i8x16(0x80, 0xFF, 1, 0x81, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFB));
        check(i16x8(0x8000, 1, 0, 0, 0, 0, 0, 7), Opcode.I16X8_ABS, i16x8(0x8000, -1, 0, 0, 0, 0, 0, -7));
        check(i32x4(Integer.MIN_VALUE, 1, 0, 7), Opcode.I32X4_ABS, i32x4(Integer.MIN_VALUE, -1, 0, -7));
        check(i64x2(Long.MIN_VALUE, 3), Opcode.I64X2_ABS, i64x2(Long.MIN_VALUE, -3));
        check(i8x16(0x80, 1, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_NEG,
                i8x16(0x80, 0xFF, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        check(i16x8(0x8000, 1, -2, 0, 0, 0, 0, 0), Opcode.I16X8_NEG, i16x8(0x8000, -1, 2, 0, 0, 0, 0, 0));
        check(i32x4(Integer.MIN_VALUE, 1, -2, 0), Opcode.I32X4_NEG, i32x4(Integer.MIN_VALUE, -1, 2, 0));
        check(i64x2(Long.MIN_VALUE, -5), Opcode.I64X2_NEG, i64x2(Long.MIN_VALUE, 5));
        check(i8x16(0, 1, 8, 4, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2), Opcode.I8X16_POPCNT,
                i8x16(0, 0x80, 0xFF, 0x55 & 0x0F | 0xA0, 0x10, 0x7F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x11));
    }

    @Test
    void shiftsTakeTheCountModuloTheLaneWidth() {
        long[] bytes = i8x16(0x81, 0x01, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80);
        check(i8x16(0x02, 0x02, 0xFE, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_SHL, bytes,
                scalar(9));
        check(i8x16(0xE0, 0x00, 0xFF, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xE0), Opcode.I8X16_SHR_S, bytes,
                scalar(2));
        check(i8x16(0x20, 0x00, 0x3F, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20), Opcode.I8X16_SHR_U, bytes,
                scalar(-6));
        check(bytes, Opcode.I8X16_SHL, bytes, scalar(8));
        long[] shorts = i16x8(0x8001, 1, 0, 0, 0, 0, 0, 0xFFFF);
        check(i16x8(0x0002, 2, 0, 0, 0, 0, 0, 0xFFFE), Opcode.I16X8_SHL, shorts, scalar(17));
        check(i16x8(0xC000, 0, 0, 0, 0, 0, 0, 0xFFFF), Opcode.I16X8_SHR_S, shorts, scalar(1));
        check(i16x8(0x4000, 0, 0, 0, 0, 0, 0, 0x7FFF), Opcode.I16X8_SHR_U, shorts, scalar(1));
        long[] ints = i32x4(0x80000001, 1, -1, 0x40000000);
        check(i32x4(0x00000002, 2, -2, 0x80000000), Opcode.I32X4_SHL, ints, scalar(33));
        check(i32x4(0xC0000000, 0, -1, 0x20000000), Opcode.I32X4_SHR_S, ints, scalar(1));
        check(i32x4(0x40000000, 0, 0x7FFFFFFF, 0x20000000), Opcode.I32X4_SHR_U, ints, scalar(-31));
        long[] longs = i64x2(Long.MIN_VALUE | 1, -1);
        check(i64x2(2, -2), Opcode.I64X2_SHL, longs, scalar(65));
        check(i64x2(0xC000000000000000L, -1), Opcode.I64X2_SHR_S, longs, scalar(1));
        check(i64x2(1, 1), Opcode.I64X2_SHR_U, longs, scalar(63));
    }

    @Test
    void q15mulrSaturatesOnlyMinTimesMin() {
        check(i16x8(0x7FFF, 0x4000, 0xC000, 1, 0, 0, 0, -1), Opcode.I16X8_Q15MULR_SAT_S,
                i16x8(0x8000, 0x4000, 0x4000, 0x0001, 0, 0, 0, 0x7FFF),
                i16x8(0x8000, 0x7FFF, 0x8000, 0x4000, 0, 0, 0, 0xFFFF));
    }

    @Test
    void dotProductWrapsOnlyForTheExtremes() {
        check(i32x4(1 * 3 + 2 * 4, -6, 0x80000000, 0), Opcode.I32X4_DOT_I16X8_S,
                i16x8(1, 2, -1, 2, 0x8000, 0x8000, 0, 0), i16x8(3, 4, 2, -2, 0x8000, 0x8000, 0, 0));
    }

    @Test
    void extaddPairwise() {
        long[] bytes = i8x16(0xFF, 0xFF, 0x80, 0x7F, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x80);
        check(i16x8(-2, -1, 3, 0, 0, 0, 0, -256), Opcode.I16X8_EXTADD_PAIRWISE_I8X16_S, bytes);
        check(i16x8(0x1FE, 0xFF, 3, 0, 0, 0, 0, 0x100), Opcode.I16X8_EXTADD_PAIRWISE_I8X16_U, bytes);
        long[] shorts = i16x8(0xFFFF, 0xFFFF, 0x8000, 0x8000, 1, 2, 0x7FFF, 0x7FFF);
        check(i32x4(-2, -65536, 3, 0xFFFE), Opcode.I32X4_EXTADD_PAIRWISE_I16X8_S, shorts);
        check(i32x4(0x1FFFE, 0x10000, 3, 0xFFFE), Opcode.I32X4_EXTADD_PAIRWISE_I16X8_U, shorts);
    }

    @Test
    void extmulLowAndHigh() {
        long[] a = i8x16(0xFF, 2, 0, 0, 0, 0, 0, 0x80, 0xFF, 3, 0, 0, 0, 0, 0, 0x80);
        long[] b = i8x16(0xFF, 0xFE, 0, 0, 0, 0, 0, 0x80, 2, 3, 0, 0, 0, 0, 0, 0x7F);
        check(i16x8(1, -4, 0, 0, 0, 0, 0, 0x4000), Opcode.I16X8_EXTMUL_LOW_I8X16_S, a, b);
        check(i16x8(0xFE01, 0x1FC, 0, 0, 0, 0, 0, 0x4000), Opcode.I16X8_EXTMUL_LOW_I8X16_U, a, b);
        check(i16x8(-2, 9, 0, 0, 0, 0, 0, -128 * 127), Opcode.I16X8_EXTMUL_HIGH_I8X16_S, a, b);
        check(i16x8(0x1FE, 9, 0, 0, 0, 0, 0, 128 * 127), Opcode.I16X8_EXTMUL_HIGH_I8X16_U, a, b);
        long[] c = i16x8(0x8000, -1, 0, 0, 0xFFFF, 2, 0, 0);
        long[] d = i16x8(0x8000, 2, 0, 0, 0xFFFF, 3, 0, 0);
        check(i32x4(0x40000000, -2, 0, 0), Opcode.I32X4_EXTMUL_LOW_I16X8_S, c, d);
        check(i32x4(0x40000000, 0x1FFFE, 0, 0), Opcode.I32X4_EXTMUL_LOW_I16X8_U, c, d);
        check(i32x4(1, 6, 0, 0), Opcode.I32X4_EXTMUL_HIGH_I16X8_S, c, d);
        check(i32x4(0xFFFE0001, 6, 0, 0), Opcode.I32X4_EXTMUL_HIGH_I16X8_U, c, d);
        long[] e = i32x4(-1, Integer.MIN_VALUE, -1, 3);
        long[] f = i32x4(-1, Integer.MIN_VALUE, 2, 5);
        check(i64x2(1, 1L << 62), Opcode.I64X2_EXTMUL_LOW_I32X4_S, e, f);
        check(i64x2(0xFFFFFFFE00000001L, 1L << 62), Opcode.I64X2_EXTMUL_LOW_I32X4_U, e, f);
        check(i64x2(-2, 15), Opcode.I64X2_EXTMUL_HIGH_I32X4_S, e, f);
        check(i64x2(0x1FFFFFFFEL, 15), Opcode.I64X2_EXTMUL_HIGH_I32X4_U, e, f);
    }
}
