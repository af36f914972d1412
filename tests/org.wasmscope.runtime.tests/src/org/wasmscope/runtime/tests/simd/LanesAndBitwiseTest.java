package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i16x8;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i8x16;
import static org.wasmscope.runtime.tests.simd.SimdRunner.lane;
import static org.wasmscope.runtime.tests.simd.SimdRunner.run;
import static org.wasmscope.runtime.tests.simd.SimdRunner.scalar;
import static org.wasmscope.runtime.tests.simd.SimdRunner.slots;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;

/** v128.const, splat, extract/replace lane, shuffle, swizzle, bitwise, any_true, all_true, bitmask. */
class LanesAndBitwiseTest {
    private static final long[] BYTES = i8x16(0, 0x81, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xFF);

    @Test
    void constPushesBothHalves() {
        Instr c = new Instr(Opcode.V128_CONST);
        c.imm = 0x0706050403020100L;
        c.imm2 = 0x0F0E0D0C0B0A0908L;
        assertArrayEquals(new long[] { 42, 0x0706050403020100L, 0x0F0E0D0C0B0A0908L }, run(c, null, 42));
    }

    @Test
    void splatRepeatsTheLowBits() {
        assertArrayEquals(i8x16(0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB, 0xAB,
                0xAB, 0xAB), run(Opcode.I8X16_SPLAT, 0x123456ABL));
        assertArrayEquals(i16x8(0x8001, 0x8001, 0x8001, 0x8001, 0x8001, 0x8001, 0x8001, 0x8001),
                run(Opcode.I16X8_SPLAT, 0xFFFF8001L));
        assertArrayEquals(i32x4(-2, -2, -2, -2), run(Opcode.I32X4_SPLAT, 0x12345678FFFFFFFEL));
        assertArrayEquals(i32x4(0x7FC00001, 0x7FC00001, 0x7FC00001, 0x7FC00001), run(Opcode.F32X4_SPLAT, 0x7FC00001));
        assertArrayEquals(i64x2(-3, -3), run(Opcode.I64X2_SPLAT, -3));
        assertArrayEquals(i64x2(0x7FF0000000000001L, 0x7FF0000000000001L),
                run(Opcode.F64X2_SPLAT, 0x7FF0000000000001L));
    }

    @Test
    void extractLane() {
        assertArrayEquals(new long[] { -127 }, run(lane(Opcode.I8X16_EXTRACT_LANE_S, 1), null, BYTES));
        assertArrayEquals(new long[] { 0x81 }, run(lane(Opcode.I8X16_EXTRACT_LANE_U, 1), null, BYTES));
        assertArrayEquals(new long[] { -1 }, run(lane(Opcode.I8X16_EXTRACT_LANE_S, 15), null, BYTES));
        assertArrayEquals(new long[] { 9 }, run(lane(Opcode.I8X16_EXTRACT_LANE_U, 9), null, BYTES));
        long[] shorts = i16x8(1, 2, 3, 4, 5, 6, 7, 0x8000);
        assertArrayEquals(new long[] { -32768 }, run(lane(Opcode.I16X8_EXTRACT_LANE_S, 7), null, shorts));
        assertArrayEquals(new long[] { 0x8000 }, run(lane(Opcode.I16X8_EXTRACT_LANE_U, 7), null, shorts));
        assertArrayEquals(new long[] { 4 }, run(lane(Opcode.I16X8_EXTRACT_LANE_U, 3), null, shorts));
        long[] ints = i32x4(10, 20, 0x7FC00001, 40);
        assertArrayEquals(new long[] { 20 }, run(lane(Opcode.I32X4_EXTRACT_LANE, 1), null, ints));
        assertArrayEquals(new long[] { 0x7FC00001 }, run(lane(Opcode.F32X4_EXTRACT_LANE, 2), null, ints));
        assertArrayEquals(new long[] { -9 }, run(lane(Opcode.I64X2_EXTRACT_LANE, 1), null, i64x2(8, -9)));
        assertArrayEquals(new long[] { 8 }, run(lane(Opcode.F64X2_EXTRACT_LANE, 0), null, i64x2(8, -9)));
    }

    @Test
    void replaceLane() {
        assertArrayEquals(i8x16(0, 0x81, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0x34, 14, 0xFF),
                run(lane(Opcode.I8X16_REPLACE_LANE, 13), null, slots(BYTES, scalar(0x1234))));
        assertArrayEquals(i16x8(1, 2, 3, 4, 5, 0xFFFF, 7, 8),
                run(lane(Opcode.I16X8_REPLACE_LANE, 5), null, slots(i16x8(1, 2, 3, 4, 5, 6, 7, 8), scalar(-1))));
        assertArrayEquals(i32x4(1, -5, 3, 4),
                run(lane(Opcode.I32X4_REPLACE_LANE, 1), null, slots(i32x4(1, 2, 3, 4), scalar(0xFFFFFFFFFFFFFFFBL))));
        assertArrayEquals(i32x4(1, 2, 3, 0x7F800001),
                run(lane(Opcode.F32X4_REPLACE_LANE, 3), null, slots(i32x4(1, 2, 3, 4), scalar(0x7F800001))));
        assertArrayEquals(i64x2(1, Long.MIN_VALUE),
                run(lane(Opcode.I64X2_REPLACE_LANE, 1), null, slots(i64x2(1, 2), scalar(Long.MIN_VALUE))));
        assertArrayEquals(i64x2(-1, 2), run(lane(Opcode.F64X2_REPLACE_LANE, 0), null, slots(i64x2(1, 2), scalar(-1))));
    }

    @Test
    void shuffleIndexesTheConcatenation() {
        Instr s = new Instr(Opcode.I8X16_SHUFFLE);
        s.lanes = new byte[] { 31, 0, 16, 15, 1, 17, 2, 18, 30, 14, 29, 13, 28, 12, 27, 11 };
        long[] a = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        long[] b = i8x16(0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E,
                0x1F);
        assertArrayEquals(i8x16(0x1F, 0, 0x10, 15, 1, 0x11, 2, 0x12, 0x1E, 14, 0x1D, 13, 0x1C, 12, 0x1B, 11),
                run(s, null, slots(a, b)));
    }

    @Test
    void swizzleGivesZeroForIndicesFromSixteen() {
        long[] a = i8x16(0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
                0xAF);
        long[] s = i8x16(15, 0, 16, 0xFF, 0x80, 7, 8, 1, 1, 1, 1, 1, 1, 1, 14, 17);
        assertArrayEquals(i8x16(0xAF, 0xA0, 0, 0, 0, 0xA7, 0xA8, 0xA1, 0xA1, 0xA1, 0xA1, 0xA1, 0xA1, 0xA1, 0xAE, 0),
                run(Opcode.I8X16_SWIZZLE, slots(a, s)));
    }

    @Test
    void bitwise() {
        long[] a = i64x2(0xFF00FF00FF00FF00L, 0x0123456789ABCDEFL);
        long[] b = i64x2(0x0F0F0F0F0F0F0F0FL, 0xFFFFFFFF00000000L);
        assertArrayEquals(i64x2(~0xFF00FF00FF00FF00L, ~0x0123456789ABCDEFL), run(Opcode.V128_NOT, a));
        assertArrayEquals(i64x2(0x0F000F000F000F00L, 0x0123456700000000L), run(Opcode.V128_AND, slots(a, b)));
        assertArrayEquals(i64x2(0xF000F000F000F000L, 0x0000000089ABCDEFL), run(Opcode.V128_ANDNOT, slots(a, b)));
        assertArrayEquals(i64x2(0xFF0FFF0FFF0FFF0FL, 0xFFFFFFFF89ABCDEFL), run(Opcode.V128_OR, slots(a, b)));
        assertArrayEquals(i64x2(0xF00FF00FF00FF00FL, 0xFEDCBA9889ABCDEFL), run(Opcode.V128_XOR, slots(a, b)));
        long[] mask = i64x2(0x00000000FFFFFFFFL, 0xF0F0F0F0F0F0F0F0L);
        assertArrayEquals(i64x2(0x0F0F0F0FFF00FF00L, 0x0020406080A0C0E0L | 0x0F0F0F0F00000000L),
                run(Opcode.V128_BITSELECT, slots(a, b, mask)));
    }

    @Test
    void anyTrueAllTrueBitmask() {
        assertArrayEquals(new long[] { 7, 0 }, run(Opcode.V128_ANY_TRUE, slots(scalar(7), i64x2(0, 0))));
        assertArrayEquals(new long[] { 1 }, run(Opcode.V128_ANY_TRUE, i64x2(0, 1L << 63)));
        assertArrayEquals(new long[] { 0 }, run(Opcode.I8X16_ALL_TRUE, BYTES));
        assertArrayEquals(new long[] { 1 }, run(Opcode.I8X16_ALL_TRUE, i64x2(0x0101010101010101L, -1)));
        assertArrayEquals(new long[] { 1 }, run(Opcode.I16X8_ALL_TRUE, i16x8(1, 0x100, 1, 1, 1, 1, 1, 0x8000)));
        assertArrayEquals(new long[] { 0 }, run(Opcode.I16X8_ALL_TRUE, i16x8(1, 1, 1, 1, 1, 1, 1, 0)));
        assertArrayEquals(new long[] { 0 }, run(Opcode.I32X4_ALL_TRUE, i32x4(1, 1, 0, 1)));
        assertArrayEquals(new long[] { 1 }, run(Opcode.I32X4_ALL_TRUE, i32x4(1, 0x10000, -1, 0x80000000)));
        assertArrayEquals(new long[] { 0 }, run(Opcode.I64X2_ALL_TRUE, i64x2(1L << 40, 0)));
        assertArrayEquals(new long[] { 1 }, run(Opcode.I64X2_ALL_TRUE, i64x2(1L << 40, 1)));
        assertArrayEquals(new long[] { 0x8002 }, run(Opcode.I8X16_BITMASK, BYTES));
        assertArrayEquals(new long[] { 0x81 }, run(Opcode.I16X8_BITMASK, i16x8(-1, 0x7FFF, 0, 0, 0, 0, 0, 0x8000)));
        assertArrayEquals(new long[] { 0b1010 }, run(Opcode.I32X4_BITMASK, i32x4(0x7FFFFFFF, -1, 1, 0x80000000)));
        assertArrayEquals(new long[] { 0b10 }, run(Opcode.I64X2_BITMASK, i64x2(Long.MAX_VALUE, Long.MIN_VALUE)));
    }
}
