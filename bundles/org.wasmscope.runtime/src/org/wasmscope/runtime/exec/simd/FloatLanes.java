package org.wasmscope.runtime.exec.simd;

/**
 * Lane-wise float operations (spec 4.3.3 applied per lane), on one 64-bit half of a v128: two f32 lanes
 * (f32x4) or one f64 lane (f64x2). f32 lanes are computed in f32 precision.
 *
 * <p>NaN results: where the spec lets an operation return a NaN (nans{z1, z2}), it must be canonical when
 * every NaN operand is canonical and arithmetic otherwise. This implementation always returns the positive
 * canonical NaN, which satisfies both and makes results independent of the host's NaN propagation. abs and
 * neg work on the sign bit only; pmin and pmax return one of their operands unchanged.
 */
final class FloatLanes {
    private FloatLanes() {
    }

    static final int CANONICAL_NAN_32 = 0x7FC00000;
    static final long CANONICAL_NAN_64 = 0x7FF8000000000000L;

    private static final long SIGNS_32 = 0x8000000080000000L;

    /** The f32 lane at bit position {@code p} (0 or 32) of a half. */
    static float f32(long half, int p) {
        return Float.intBitsToFloat((int) (half >>> p));
    }

    /** The bits of an f32 result, a NaN made canonical, zero-extended to be placed in a half. */
    static long bits32(float r) {
        return Float.isNaN(r) ? CANONICAL_NAN_32 : Float.floatToRawIntBits(r) & 0xFFFFFFFFL;
    }

    /** The bits of an f64 result, a NaN made canonical. */
    static long bits64(double r) {
        return Double.isNaN(r) ? CANONICAL_NAN_64 : Double.doubleToRawLongBits(r);
    }

    private static double f64(long half) {
        return Double.longBitsToDouble(half);
    }

    private static long pair(long lo, long hi) {
        return lo | hi << 32;
    }

    // ---- f32x4, two lanes per half ----

    /** fabs_32: clears the sign bits. */
    static long f32Abs(long a) {
        return a & ~SIGNS_32;
    }

    /** fneg_32: flips the sign bits. */
    static long f32Neg(long a) {
        return a ^ SIGNS_32;
    }

    /** fsqrt_32: the double square root of an f32 rounds correctly to f32. */
    static long f32Sqrt(long a) {
        return pair(bits32((float) Math.sqrt(f32(a, 0))), bits32((float) Math.sqrt(f32(a, 32))));
    }

    static long f32Add(long a, long b) {
        return pair(bits32(f32(a, 0) + f32(b, 0)), bits32(f32(a, 32) + f32(b, 32)));
    }

    static long f32Sub(long a, long b) {
        return pair(bits32(f32(a, 0) - f32(b, 0)), bits32(f32(a, 32) - f32(b, 32)));
    }

    static long f32Mul(long a, long b) {
        return pair(bits32(f32(a, 0) * f32(b, 0)), bits32(f32(a, 32) * f32(b, 32)));
    }

    static long f32Div(long a, long b) {
        return pair(bits32(f32(a, 0) / f32(b, 0)), bits32(f32(a, 32) / f32(b, 32)));
    }

    /** fmin_32: NaN if either is NaN; -0 is less than +0 (as Math.min). */
    static long f32Min(long a, long b) {
        return pair(bits32(Math.min(f32(a, 0), f32(b, 0))), bits32(Math.min(f32(a, 32), f32(b, 32))));
    }

    /** fmax_32: NaN if either is NaN; +0 is greater than -0 (as Math.max). */
    static long f32Max(long a, long b) {
        return pair(bits32(Math.max(f32(a, 0), f32(b, 0))), bits32(Math.max(f32(a, 32), f32(b, 32))));
    }

    /** fpmin_32: {@code z2 < z1 ? z2 : z1}, the chosen operand's bits unchanged. */
    static long f32Pmin(long a, long b) {
        long r = 0;
        for (int p = 0; p < 64; p += 32) {
            r |= ((f32(b, p) < f32(a, p) ? b : a) >>> p & 0xFFFFFFFFL) << p;
        }
        return r;
    }

    /** fpmax_32: {@code z1 < z2 ? z2 : z1}, the chosen operand's bits unchanged. */
    static long f32Pmax(long a, long b) {
        long r = 0;
        for (int p = 0; p < 64; p += 32) {
            r |= ((f32(a, p) < f32(b, p) ? b : a) >>> p & 0xFFFFFFFFL) << p;
        }
        return r;
    }

    /** fceil_32 (integral f32 values are exact in double, so rounding back is exact). */
    static long f32Ceil(long a) {
        return pair(bits32((float) Math.ceil(f32(a, 0))), bits32((float) Math.ceil(f32(a, 32))));
    }

    static long f32Floor(long a) {
        return pair(bits32((float) Math.floor(f32(a, 0))), bits32((float) Math.floor(f32(a, 32))));
    }

    static long f32Trunc(long a) {
        return pair(bits32((float) trunc(f32(a, 0))), bits32((float) trunc(f32(a, 32))));
    }

    /** fnearest_32: round to nearest, ties to even (Math.rint); keeps the sign of zero. */
    static long f32Nearest(long a) {
        return pair(bits32((float) Math.rint(f32(a, 0))), bits32((float) Math.rint(f32(a, 32))));
    }

    // ---- f64x2, one lane per half ----

    static long f64Abs(long a) {
        return a & Long.MAX_VALUE;
    }

    static long f64Neg(long a) {
        return a ^ Long.MIN_VALUE;
    }

    static long f64Sqrt(long a) {
        return bits64(Math.sqrt(f64(a)));
    }

    static long f64Add(long a, long b) {
        return bits64(f64(a) + f64(b));
    }

    static long f64Sub(long a, long b) {
        return bits64(f64(a) - f64(b));
    }

    static long f64Mul(long a, long b) {
        return bits64(f64(a) * f64(b));
    }

    static long f64Div(long a, long b) {
        return bits64(f64(a) / f64(b));
    }

    static long f64Min(long a, long b) {
        return bits64(Math.min(f64(a), f64(b)));
    }

    static long f64Max(long a, long b) {
        return bits64(Math.max(f64(a), f64(b)));
    }

    static long f64Pmin(long a, long b) {
        return f64(b) < f64(a) ? b : a;
    }

    static long f64Pmax(long a, long b) {
        return f64(a) < f64(b) ? b : a;
    }

    static long f64Ceil(long a) {
        return bits64(Math.ceil(f64(a)));
    }

    static long f64Floor(long a) {
        return bits64(Math.floor(f64(a)));
    }

    static long f64Trunc(long a) {
        return bits64(trunc(f64(a)));
    }

    static long f64Nearest(long a) {
        return bits64(Math.rint(f64(a)));
    }

    /** ftrunc: rounds toward zero, keeping the sign of a zero result. */
    private static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }
}
