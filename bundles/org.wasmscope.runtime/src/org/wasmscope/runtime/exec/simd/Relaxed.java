package org.wasmscope.runtime.exec.simd;

import org.wasmscope.runtime.syntax.Opcode;

/**
 * The relaxed vector instructions of WebAssembly 3.0 (spec 4.3, "Relaxed Operations"), executed by the
 * spec's <em>deterministic profile</em>.
 *
 * <p>The spec lets each relaxed operation pick its result from a list of allowed outcomes, by a global
 * parameter fixed per implementation; the deterministic profile (appendix "Profiles") prescribes the first
 * outcome of every list, and this runtime always uses it, so a program gives the same results on every
 * host:
 * <ul>
 * <li>{@code i8x16.relaxed_swizzle} = {@code i8x16.swizzle}: an index of 16 or more selects 0;</li>
 * <li>{@code i32x4.relaxed_trunc_*} = the matching {@code trunc_sat}: NaN gives 0, out-of-range values
 * saturate;</li>
 * <li>{@code relaxed_madd(a, b, c)} = {@code fadd(fmul(a, b), c)}, rounded twice (<em>not</em> fused);
 * {@code relaxed_nmadd(a, b, c)} = {@code relaxed_madd(-a, b, c)};</li>
 * <li>{@code relaxed_laneselect} = {@code v128.bitselect}: the mask selects bit by bit;</li>
 * <li>{@code relaxed_min}/{@code relaxed_max} = {@code fmin}/{@code fmax}: NaN propagates, -0 &lt; +0;</li>
 * <li>{@code i16x8.relaxed_q15mulr_s} = {@code i16x8.q15mulr_sat_s}: -32768 * -32768 saturates to 32767;</li>
 * <li>{@code i16x8.relaxed_dot_i8x16_i7x16_s}: both operands signed, each pair of products added with
 * signed saturation ({@code ivdot_sat});</li>
 * <li>{@code i32x4.relaxed_dot_i8x16_i7x16_add_s}: that i16 dot product, then {@code extadd_pairwise_s} to
 * i32 lanes, then (wrapping) {@code add} of the third operand.</li>
 * </ul>
 * The reference interpreter differs in two places that the suite's {@code either} results accept either
 * way: it fuses {@code relaxed_madd}, and it wraps instead of saturating the i16 pair sums of the dot
 * products (only -128 * -128 + -128 * -128 differs). This runtime follows the spec text.
 */
final class Relaxed {
    private Relaxed() {
    }

    /** Executes the relaxed vector instruction {@code op} and returns the new stack pointer. */
    static int execute(Opcode op, long[] stack, int sp) {
        return switch (op) {
            case I8X16_RELAXED_SWIZZLE -> Simd.swizzle(stack, sp);
            case I32X4_RELAXED_TRUNC_F32X4_S -> Simd.unary(Opcode.I32X4_TRUNC_SAT_F32X4_S, stack, sp);
            case I32X4_RELAXED_TRUNC_F32X4_U -> Simd.unary(Opcode.I32X4_TRUNC_SAT_F32X4_U, stack, sp);
            case I32X4_RELAXED_TRUNC_F64X2_S_ZERO -> Simd.truncSatF64x2Zero(stack, sp, true);
            case I32X4_RELAXED_TRUNC_F64X2_U_ZERO -> Simd.truncSatF64x2Zero(stack, sp, false);
            case I8X16_RELAXED_LANESELECT, I16X8_RELAXED_LANESELECT, I32X4_RELAXED_LANESELECT,
                    I64X2_RELAXED_LANESELECT -> Simd.bitselect(stack, sp);
            case F32X4_RELAXED_MIN -> Simd.binary(Opcode.F32X4_MIN, stack, sp);
            case F32X4_RELAXED_MAX -> Simd.binary(Opcode.F32X4_MAX, stack, sp);
            case F64X2_RELAXED_MIN -> Simd.binary(Opcode.F64X2_MIN, stack, sp);
            case F64X2_RELAXED_MAX -> Simd.binary(Opcode.F64X2_MAX, stack, sp);
            case I16X8_RELAXED_Q15MULR_S -> Simd.binary(Opcode.I16X8_Q15MULR_SAT_S, stack, sp);
            case I16X8_RELAXED_DOT_I8X16_I7X16_S -> {
                stack[sp - 4] = dot(stack[sp - 4], stack[sp - 2]);
                stack[sp - 3] = dot(stack[sp - 3], stack[sp - 1]);
                yield sp - 2;
            }
            case F32X4_RELAXED_MADD, F32X4_RELAXED_NMADD, F64X2_RELAXED_MADD, F64X2_RELAXED_NMADD,
                    I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S -> ternary(op, stack, sp);
            default -> throw new IllegalArgumentException("not a relaxed vector instruction: " + op);
        };
    }

    /** [v128 v128 v128] -> [v128], one lane-wise function applied to the corresponding halves. */
    private static int ternary(Opcode op, long[] stack, int sp) {
        stack[sp - 6] = ternary(op, stack[sp - 6], stack[sp - 4], stack[sp - 2]);
        stack[sp - 5] = ternary(op, stack[sp - 5], stack[sp - 3], stack[sp - 1]);
        return sp - 4;
    }

    private static long ternary(Opcode op, long a, long b, long c) {
        return switch (op) {
            case F32X4_RELAXED_MADD -> FloatLanes.f32Add(FloatLanes.f32Mul(a, b), c);
            case F32X4_RELAXED_NMADD -> FloatLanes.f32Add(FloatLanes.f32Mul(FloatLanes.f32Neg(a), b), c);
            case F64X2_RELAXED_MADD -> FloatLanes.f64Add(FloatLanes.f64Mul(a, b), c);
            case F64X2_RELAXED_NMADD -> FloatLanes.f64Add(FloatLanes.f64Mul(FloatLanes.f64Neg(a), b), c);
            case I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S ->
                    IntLanes.add(IntLanes.extaddPairwise(dot(a, b), 16, true), c, 32);
            default -> throw new IllegalArgumentException("not a relaxed ternary operation: " + op);
        };
    }

    /**
     * ivdot_sat on one half, both operands signed: each i16 lane is the saturating sum of the two products of
     * the i8 lanes it covers.
     */
    private static long dot(long a, long b) {
        long r = 0;
        for (int p = 0; p < 64; p += 16) {
            long sum = V128Lanes.laneS(a, p, 8) * V128Lanes.laneS(b, p, 8)
                    + V128Lanes.laneS(a, p + 8, 8) * V128Lanes.laneS(b, p + 8, 8);
            r |= V128Lanes.at(IntLanes.satS(sum, 16), p, 16);
        }
        return r;
    }
}
