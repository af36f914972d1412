package org.wasmscope.runtime.exec.simd;

import static org.wasmscope.runtime.exec.simd.V128Lanes.at;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneS;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneU;

/**
 * Vector conversions (spec 4.4.3: vcvtop, narrow, extend): lanes change width or type. Each method produces
 * one 64-bit half of the result; which source lanes feed which half is chosen by the caller
 * ({@link Simd}): "low" instructions read the first half of the source lanes, "high" the second.
 */
final class Conversions {
    private Conversions() {
    }

    /**
     * extend_sx: the low 32 bits of {@code a}, as lanes of {@code bits}, each extended to 2 * {@code bits}
     * (a whole half).
     */
    static long extend(long a, int bits, boolean signed) {
        long r = 0;
        for (int p = 0, q = 0; p < 64; p += 2 * bits, q += bits) {
            r |= at(signed ? laneS(a, q, bits) : laneU(a, q, bits), p, 2 * bits);
        }
        return r;
    }

    /**
     * narrow_sx: the lanes of width 2 * {@code bits} of one half, read as signed, saturated into lanes of
     * {@code bits} (signed or unsigned); the result fills the low 32 bits.
     */
    static long narrow(long a, int bits, boolean signed) {
        long r = 0;
        for (int p = 0, q = 0; p < 64; p += 2 * bits, q += bits) {
            long x = laneS(a, p, 2 * bits);
            r |= at(signed ? IntLanes.satS(x, bits) : IntLanes.satU(x, bits), q, bits);
        }
        return r;
    }

    /** i32x4.trunc_sat_f32x4_s on a half: Java's float-to-int cast saturates and maps NaN to 0. */
    static long truncSatF32S(long a) {
        return ((long) (int) FloatLanes.f32(a, 0) & 0xFFFFFFFFL) | (long) (int) FloatLanes.f32(a, 32) << 32;
    }

    /** i32x4.trunc_sat_f32x4_u on a half. */
    static long truncSatF32U(long a) {
        return truncSatU32(FloatLanes.f32(a, 0)) | truncSatU32(FloatLanes.f32(a, 32)) << 32;
    }

    /** trunc_sat_s from f64 to i32, zero-extended (NaN -> 0, out of range -> the nearest bound). */
    static long truncSatS32(double x) {
        return (int) x & 0xFFFFFFFFL;
    }

    /** trunc_sat_u from f32 or f64 to u32. */
    static long truncSatU32(double x) {
        // (long) saturates and maps NaN to 0; every value of interest fits a long exactly.
        return Math.max(0, Math.min(0xFFFFFFFFL, (long) x));
    }

    /** f32x4.convert_i32x4_s on a half (round to nearest even). */
    static long convertS32ToF32(long a) {
        return f32Bits((float) (int) a) | f32Bits((float) (int) (a >>> 32)) << 32;
    }

    /** f32x4.convert_i32x4_u on a half: Java's long-to-float conversion rounds to nearest even. */
    static long convertU32ToF32(long a) {
        return f32Bits((float) (a & 0xFFFFFFFFL)) | f32Bits((float) (a >>> 32)) << 32;
    }

    /** f64x2.convert_low_i32x4_s for one i32 (exact). */
    static long convertS32ToF64(int x) {
        return Double.doubleToRawLongBits(x);
    }

    /** f64x2.convert_low_i32x4_u for one i32 (exact). */
    static long convertU32ToF64(int x) {
        return Double.doubleToRawLongBits(x & 0xFFFFFFFFL);
    }

    /** demote of one f64 to f32 bits (round to nearest even; NaN canonical). */
    static long demote(long f64) {
        return FloatLanes.bits32((float) Double.longBitsToDouble(f64));
    }

    /** promote of one f32 (the low 32 bits of {@code f32}) to f64 (exact; NaN canonical). */
    static long promote(long f32) {
        return FloatLanes.bits64(Float.intBitsToFloat((int) f32));
    }

    private static long f32Bits(float f) {
        return Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
    }
}
