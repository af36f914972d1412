package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.runtime.tests.simd.SimdRunner.f32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.f64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i16x8;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i8x16;
import static org.wasmscope.runtime.tests.simd.SimdRunner.run;
import static org.wasmscope.runtime.tests.simd.SimdRunner.slots;
import static org.wasmscope.tests.support.ModuleBuilder.V128;
import static org.wasmscope.tests.support.ModuleBuilder.get;
import static org.wasmscope.tests.support.ModuleBuilder.invalidFunc;
import static org.wasmscope.tests.support.ModuleBuilder.op;
import static org.wasmscope.tests.support.ModuleBuilder.types;
import static org.wasmscope.tests.support.ModuleBuilder.v128;
import static org.wasmscope.tests.support.ModuleBuilder.validFunc;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.InstrText;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.tests.support.ModuleBuilder;

/**
 * The relaxed vector instructions give the results of the spec's deterministic profile, at the edges
 * where the other allowed outcomes differ (NaN, signed zeros, out-of-range lanes and values, rounding,
 * saturation); and each one is named, typed and executed like the other vector instructions.
 */
class RelaxedSimdTest {
    private static final int NAN32 = 0x7FC00000;
    private static final long NAN64 = 0x7FF8000000000000L;
    private static final int SNAN32 = 0xFF800123;

    private static void check(long[] expected, Opcode op, long[]... operands) {
        assertArrayEquals(expected, run(op, slots(operands)), op.text);
    }

    private static Opcode[] relaxed() {
        return Arrays.stream(Opcode.values()).filter(o -> o.text.contains(".relaxed_")).toArray(Opcode[]::new);
    }

    @Test
    void twentyInstructionsAtSubOpcodes0x100To0x113() {
        Opcode[] ops = relaxed();
        assertEquals(20, ops.length);
        for (int i = 0; i < ops.length; i++) {
            assertEquals(0xFD, ops[i].prefix);
            assertEquals(0x100 + i, ops[i].code, ops[i].text);
            assertEquals(ops[i], Opcode.prefixed(0xFD, 0x100 + i));
            assertEquals(ops[i], Opcode.byText(ops[i].text));
            assertEquals(ops[i].text, InstrText.format(new Instr(ops[i])));
        }
        assertEquals(null, Opcode.prefixed(0xFD, 0x114));
        assertEquals(null, Opcode.prefixed(0xFC, 0x100));
    }

    @Test
    void swizzleSelectsZeroForEveryIndexOf16OrMore() {
        long[] a = i8x16(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
        check(i8x16(25, 10, 0, 0, 0, 0, 17, 18, 0, 0, 0, 0, 0, 0, 0, 0), Opcode.I8X16_RELAXED_SWIZZLE, a,
                i8x16(15, 0, 16, 0x1F, 0x7F, 0x80, 7, 8, 0xFF, 0x90, 0x10, 0x20, 0x40, 0x11, 0xF0, 0xC0));
    }

    @Test
    void truncSaturatesAndMapsNaNToZero() {
        check(i32x4(0, 0x7FFFFFFF, 0x80000000, -1), Opcode.I32X4_RELAXED_TRUNC_F32X4_S,
                f32x4(Float.NaN, 0x1p31f, Float.NEGATIVE_INFINITY, -1.9f));
        check(i32x4(0, 0, 0, 1), Opcode.I32X4_RELAXED_TRUNC_F32X4_S, f32x4(-0f, 0.9f, -0.9f, 1.5f));
        check(i32x4(0, 0, 0xFFFFFFFF, 0xFFFFFF00), Opcode.I32X4_RELAXED_TRUNC_F32X4_U,
                f32x4(Float.NaN, -1f, 0x1p32f, 0x1.fffffep31f));
        check(i32x4(0, 0, 2, 0xFFFFFFFF), Opcode.I32X4_RELAXED_TRUNC_F32X4_U,
                i32x4(SNAN32, Float.floatToRawIntBits(-0.9f), Float.floatToRawIntBits(2.99f), 0x7F800000));
        check(i32x4(0, 0x7FFFFFFF, 0, 0), Opcode.I32X4_RELAXED_TRUNC_F64X2_S_ZERO, f64x2(Double.NaN, 1e10));
        check(i32x4(0x80000000, -2147483647, 0, 0), Opcode.I32X4_RELAXED_TRUNC_F64X2_S_ZERO,
                f64x2(-2147483648.5, -2147483647.9));
        check(i32x4(0, 0xFFFFFFFF, 0, 0), Opcode.I32X4_RELAXED_TRUNC_F64X2_U_ZERO, f64x2(-1, 4294967296.0));
        check(i32x4(0, 0xFFFFFFFF, 0, 0), Opcode.I32X4_RELAXED_TRUNC_F64X2_U_ZERO, f64x2(Double.NaN, 4294967295.9));
    }

    @Test
    void maddRoundsTheProductBeforeTheAddition() {
        // fused, these are 2^-37 and 2^-53; the product rounded first cancels the addend exactly
        check(f32x4(0f, 0f, 0f, 0f), Opcode.F32X4_RELAXED_MADD, f32x4(0x1.000004p0f, 0x1.000004p0f, 0x1.000004p0f,
                0x1.000004p0f), f32x4(0x1.0002p0f, 0x1.0002p0f, 0x1.0002p0f, 0x1.0002p0f),
                f32x4(-0x1.000204p0f, -0x1.000204p0f, -0x1.000204p0f, -0x1.000204p0f));
        check(f64x2(0, 0), Opcode.F64X2_RELAXED_MADD, f64x2(0x1.00000004p0, 0x1.00000004p0),
                f64x2(0x1.000002p0, 0x1.000002p0), f64x2(-0x1.00000204p0, -0x1.00000204p0));
        // fused, MAX * 2 - MAX is MAX; the product overflows first
        check(f32x4(Float.POSITIVE_INFINITY, 7f, 1f, -5f), Opcode.F32X4_RELAXED_MADD,
                f32x4(Float.MAX_VALUE, 2f, 0.5f, -2f), f32x4(2f, 3f, 2f, 3f), f32x4(-Float.MAX_VALUE, 1f, 0f, 1f));
        check(f64x2(Double.POSITIVE_INFINITY, 7), Opcode.F64X2_RELAXED_MADD, f64x2(Double.MAX_VALUE, 2),
                f64x2(2, 3), f64x2(-Double.MAX_VALUE, 1));
    }

    @Test
    void maddSignedZerosAndNaN() {
        check(f32x4(-0f, 0f, 0f, 0f), Opcode.F32X4_RELAXED_MADD, f32x4(-0f, -0f, 0f, -1f), f32x4(1f, 1f, 1f, 0f),
                f32x4(-0f, 0f, -0f, 0f));
        check(i32x4(NAN32, NAN32, NAN32, NAN32), Opcode.F32X4_RELAXED_MADD,
                i32x4(SNAN32, 0, 0x7F800000, Float.floatToRawIntBits(1f)), f32x4(1f, 1f, 0f, 1f),
                i32x4(0, SNAN32, 0, 0x7FC00001));
        check(i64x2(NAN64, Long.MIN_VALUE), Opcode.F64X2_RELAXED_MADD, f64x2(Double.POSITIVE_INFINITY, -0.0),
                f64x2(1, 5), f64x2(Double.NEGATIVE_INFINITY, -0.0));
    }

    @Test
    void nmaddNegatesTheProduct() {
        check(f32x4(-5f, 7f, 0f, -0f), Opcode.F32X4_RELAXED_NMADD, f32x4(2f, -2f, 0f, 0f), f32x4(3f, 3f, 1f, 1f),
                f32x4(1f, 1f, 0f, -0f));
        check(f32x4(0f, 0f, 0f, 0f), Opcode.F32X4_RELAXED_NMADD, f32x4(0x1.000004p0f, 0x1.000004p0f,
                0x1.000004p0f, 0x1.000004p0f), f32x4(-0x1.0002p0f, -0x1.0002p0f, -0x1.0002p0f, -0x1.0002p0f),
                f32x4(-0x1.000204p0f, -0x1.000204p0f, -0x1.000204p0f, -0x1.000204p0f));
        check(f64x2(-5, Double.NEGATIVE_INFINITY), Opcode.F64X2_RELAXED_NMADD, f64x2(2, Double.MAX_VALUE),
                f64x2(3, 2), f64x2(1, Double.MAX_VALUE));
        check(i64x2(NAN64, 0), Opcode.F64X2_RELAXED_NMADD, f64x2(Double.NaN, 0), f64x2(1, 1), f64x2(1, 0));
    }

    @Test
    void laneselectSelectsBitByBitWhateverTheLaneWidth() {
        long[] a = i64x2(0x1111111111111111L, -1);
        long[] b = i64x2(0x2222222222222222L, 0);
        long[] mask = i64x2(0x0F0000FF00FF80F0L, 0x8000000000000001L);
        long[] bitselect = i64x2(0x2122221122112212L, 0x8000000000000001L);
        for (Opcode op : new Opcode[] {Opcode.I8X16_RELAXED_LANESELECT, Opcode.I16X8_RELAXED_LANESELECT,
            Opcode.I32X4_RELAXED_LANESELECT, Opcode.I64X2_RELAXED_LANESELECT}) {
            check(bitselect, op, a, b, mask);
        }
    }

    @Test
    void minMaxPropagateNaNAndOrderSignedZeros() {
        long[] a = f32x4(-0f, 0f, Float.NaN, 1f);
        long[] b = f32x4(0f, -0f, 1f, -2f);
        check(i32x4(0x80000000, 0x80000000, NAN32, Float.floatToRawIntBits(-2f)), Opcode.F32X4_RELAXED_MIN, a, b);
        check(i32x4(0, 0, NAN32, Float.floatToRawIntBits(1f)), Opcode.F32X4_RELAXED_MAX, a, b);
        check(i32x4(NAN32, 0, 0, 0), Opcode.F32X4_RELAXED_MIN, f32x4(1f, 0f, 0f, 0f), i32x4(SNAN32, 0, 0, 0));
        check(i64x2(Long.MIN_VALUE, NAN64), Opcode.F64X2_RELAXED_MIN, f64x2(0.0, 5), f64x2(-0.0, Double.NaN));
        check(i64x2(0, NAN64), Opcode.F64X2_RELAXED_MAX, f64x2(-0.0, Double.NaN), f64x2(0.0, 5));
    }

    @Test
    void q15mulrSaturatesTheOneOverflowingProduct() {
        check(i16x8(0x7FFF, 0x2000, 0x8001, 1, 0, -1, 0, 0x7FFE), Opcode.I16X8_RELAXED_Q15MULR_S,
                i16x8(0x8000, 0x4000, 0x8000, 0x4000, 0x3FFF, 0x8000, 1, 0x7FFF),
                i16x8(0x8000, 0x4000, 0x7FFF, 1, 1, 1, 1, 0x7FFF));
    }

    @Test
    void dotTakesBothOperandsSignedAndSaturatesThePairSum() {
        check(i16x8(1, 13, 41, 85, 145, 221, 313, 421), Opcode.I16X8_RELAXED_DOT_I8X16_I7X16_S,
                i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
        // -128 * -128 twice is 32768: saturated; 0x81 is -127 (signed), not 129
        check(i16x8(0x7FFF, 32512, -32512, -16256, 0x7FFF, 0, 0, -1), Opcode.I16X8_RELAXED_DOT_I8X16_I7X16_S,
                i8x16(-128, -128, -128, -128, -128, -128, -128, 0, -128, -128, 0, 0, 0, 0, -1, 0),
                i8x16(-128, -128, 0x81, 0x81, 127, 127, 127, 5, -128, -128, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void dotAddWidensTheSaturatedDotPairwiseAndWrapsTheAddition() {
        check(i32x4(14, 127, 368, 737), Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S,
                i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), i32x4(0, 1, 2, 3));
        check(i32x4(65534 + 1, -65023, 0x80000000, -65024), Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S,
                i8x16(-128, -128, -128, -128, -128, -128, -128, -128, 0, 0, 0, 0, -128, -128, -128, -128),
                i8x16(-128, -128, -128, -128, 127, 127, 127, 127, 0, 0, 0, 0, 127, 127, 127, 127),
                i32x4(1, 1, 0x80000000, 0));
        check(i32x4(0x80000000, 0, 0, 0), Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S,
                i8x16(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                i8x16(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i32x4(0x7FFFFFFF, 0, 0, 0));
    }

    @Test
    void operandTypes() {
        for (Opcode op : relaxed()) {
            int operands = op.text.contains("trunc") ? 1
                    : op.text.contains("madd") || op.text.contains("laneselect") || op.text.contains("_add_") ? 3 : 2;
            Instr[] body = new Instr[operands + 1];
            Arrays.fill(body, v128());
            body[operands] = op(op);
            validFunc(types(), types(V128), body);
            invalidFunc("type mismatch", types(), types(V128), Arrays.copyOfRange(body, 1, body.length));
            body[0] = ModuleBuilder.i32(0);
            invalidFunc("type mismatch", types(), types(V128), body);
        }
    }

    @Test
    void runsInAFunction() {
        ModuleBuilder m = new ModuleBuilder();
        m.func("madd", types(V128, V128, V128), types(V128), get(0), get(1), get(2), op(Opcode.F32X4_RELAXED_MADD),
                get(0), op(Opcode.I8X16_RELAXED_SWIZZLE));
        m.func("dotAdd", types(V128, V128, V128), types(V128), get(0), get(1), get(2),
                op(Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S));
        long[] a = f32x4(1f, 2f, 3f, 4f);
        long[] madd = f32x4(3f, 6f, 11f, 18f); // a * a + 2, swizzled by the bits of a
        long[] swizzled = run(Opcode.I8X16_SWIZZLE, slots(madd, a));
        assertEquals(Value.v128(swizzled[0], swizzled[1]),
                m.call("madd", v(a), v(a), v(f32x4(2f, 2f, 2f, 2f))));
        long[] ones = i8x16(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertEquals(v(i32x4(5, 6, 7, 8)), m.call("dotAdd", v(ones), v(ones), v(i32x4(1, 2, 3, 4))));
    }

    private static Value v(long[] v128) {
        return Value.v128(v128[0], v128[1]);
    }
}
