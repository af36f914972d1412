package org.wasmscope.runtime.exec;

/**
 * The floating-point operators (spec 4.3.3) on operand slots: an f32 is its raw bits in the low 32 bits
 * of a slot, an f64 its raw bits.
 *
 * <p>Java's float and double arithmetic is IEEE 754 binary32/binary64 with round-to-nearest-even, as Wasm
 * requires. NaN results: arithmetic on a NaN operand gives that operand made quiet and an invalid
 * operation gives the default quiet NaN, both accepted by the spec's NaN propagation rule (an arithmetic
 * NaN, canonical when the operands are). Where Java would pass a NaN through unchanged (min, max) or via a
 * widening conversion (ceil, floor, trunc, nearest, sqrt on f32), the NaN is made quiet here explicitly.
 * abs, neg and copysign only touch the sign bit, never the payload.
 */
final class FloatOps {
    private FloatOps() {
    }

    static final int F32_SIGN = 0x8000_0000;
    static final int F32_QUIET = 0x0040_0000;
    static final long F64_SIGN = 0x8000_0000_0000_0000L;
    static final long F64_QUIET = 0x0008_0000_0000_0000L;

    static float f32(long slot) {
        return Float.intBitsToFloat((int) slot);
    }

    static long slot(float v) {
        return Float.floatToRawIntBits(v);
    }

    static double f64(long slot) {
        return Double.longBitsToDouble(slot);
    }

    static long slot(double v) {
        return Double.doubleToRawLongBits(v);
    }

    // ---- f32 ----

    static long f32Abs(long a) {
        return (int) a & ~F32_SIGN;
    }

    static long f32Neg(long a) {
        return (int) a ^ F32_SIGN;
    }

    static long f32Copysign(long a, long b) {
        return ((int) a & ~F32_SIGN) | ((int) b & F32_SIGN);
    }

    static long f32Ceil(long a) {
        float x = f32(a);
        return x != x ? ((int) a | F32_QUIET) : slot((float) Math.ceil(x));
    }

    static long f32Floor(long a) {
        float x = f32(a);
        return x != x ? ((int) a | F32_QUIET) : slot((float) Math.floor(x));
    }

    /** ftrunc: rounds toward zero, keeping the sign of a zero result. */
    static long f32Trunc(long a) {
        float x = f32(a);
        return x != x ? ((int) a | F32_QUIET) : slot((float) (x < 0 ? Math.ceil(x) : Math.floor(x)));
    }

    /** fnearest: to the nearest integer, ties to even (Math.rint). */
    static long f32Nearest(long a) {
        float x = f32(a);
        return x != x ? ((int) a | F32_QUIET) : slot((float) Math.rint(x));
    }

    /** The square root in double is exact enough that rounding it to float is the correctly rounded result. */
    static long f32Sqrt(long a) {
        float x = f32(a);
        return x != x ? ((int) a | F32_QUIET) : slot((float) Math.sqrt(x));
    }

    /** fmin: NaN if either is NaN; -0 is less than +0. */
    static long f32Min(long a, long b) {
        float x = f32(a), y = f32(b);
        if (x != x) {
            return (int) a | F32_QUIET;
        }
        if (y != y) {
            return (int) b | F32_QUIET;
        }
        if (x == y) { // equal, or zeros of either sign: -0 wins
            return (int) a | (int) b;
        }
        return x < y ? a : b;
    }

    /** fmax: NaN if either is NaN; +0 is greater than -0. */
    static long f32Max(long a, long b) {
        float x = f32(a), y = f32(b);
        if (x != x) {
            return (int) a | F32_QUIET;
        }
        if (y != y) {
            return (int) b | F32_QUIET;
        }
        if (x == y) { // equal, or zeros of either sign: +0 wins
            return (int) a & (int) b;
        }
        return x > y ? a : b;
    }

    // ---- f64 ----

    static long f64Abs(long a) {
        return a & ~F64_SIGN;
    }

    static long f64Neg(long a) {
        return a ^ F64_SIGN;
    }

    static long f64Copysign(long a, long b) {
        return (a & ~F64_SIGN) | (b & F64_SIGN);
    }

    static long f64Ceil(long a) {
        double x = f64(a);
        return x != x ? a | F64_QUIET : slot(Math.ceil(x));
    }

    static long f64Floor(long a) {
        double x = f64(a);
        return x != x ? a | F64_QUIET : slot(Math.floor(x));
    }

    static long f64Trunc(long a) {
        double x = f64(a);
        return x != x ? a | F64_QUIET : slot(x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    static long f64Nearest(long a) {
        double x = f64(a);
        return x != x ? a | F64_QUIET : slot(Math.rint(x));
    }

    static long f64Sqrt(long a) {
        double x = f64(a);
        return x != x ? a | F64_QUIET : slot(Math.sqrt(x));
    }

    static long f64Min(long a, long b) {
        double x = f64(a), y = f64(b);
        if (x != x) {
            return a | F64_QUIET;
        }
        if (y != y) {
            return b | F64_QUIET;
        }
        if (x == y) {
            return a | b;
        }
        return x < y ? a : b;
    }

    static long f64Max(long a, long b) {
        double x = f64(a), y = f64(b);
        if (x != x) {
            return a | F64_QUIET;
        }
        if (y != y) {
            return b | F64_QUIET;
        }
        if (x == y) {
            return a & b;
        }
        return x > y ? a : b;
    }
}
