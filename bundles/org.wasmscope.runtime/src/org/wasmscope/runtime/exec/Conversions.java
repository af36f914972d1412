package org.wasmscope.runtime.exec;

/**
 * The conversions between number types that are more than a Java cast (spec 4.3.4): the trapping and the
 * saturating truncations, unsigned integer to float, promotion and demotion of NaNs. f32 operands are
 * widened to double first, which is exact.
 */
final class Conversions {
    private Conversions() {
    }

    private static final double TWO_31 = 2147483648.0;
    private static final double TWO_32 = 4294967296.0;
    private static final double TWO_63 = 9223372036854775808.0;
    private static final double TWO_64 = 18446744073709551616.0;

    // ---- trunc: NaN is an invalid conversion, a result out of range an overflow ----

    static int truncS32(double x) {
        if (x != x) {
            throw Traps.invalidConversion();
        }
        if (!(x > -TWO_31 - 1 && x < TWO_31)) {
            throw Traps.integerOverflow();
        }
        return (int) x;
    }

    static int truncU32(double x) {
        if (x != x) {
            throw Traps.invalidConversion();
        }
        if (!(x > -1 && x < TWO_32)) {
            throw Traps.integerOverflow();
        }
        return (int) (long) x;
    }

    static long truncS64(double x) {
        if (x != x) {
            throw Traps.invalidConversion();
        }
        if (!(x >= -TWO_63 && x < TWO_63)) {
            throw Traps.integerOverflow();
        }
        return (long) x;
    }

    static long truncU64(double x) {
        if (x != x) {
            throw Traps.invalidConversion();
        }
        if (!(x > -1 && x < TWO_64)) {
            throw Traps.integerOverflow();
        }
        return toU64(x);
    }

    /** A truncated value in [0, 2^64) as the u64 bit pattern. */
    private static long toU64(double x) {
        return x < TWO_63 ? (long) x : (long) (x - TWO_63) ^ Long.MIN_VALUE;
    }

    // ---- trunc_sat: NaN is 0, out of range saturates (Java's casts do this for signed targets) ----

    static int truncSatS32(double x) {
        return (int) x;
    }

    static int truncSatU32(double x) {
        if (!(x > 0)) {
            return 0;
        }
        return x >= TWO_32 ? -1 : (int) (long) x;
    }

    static long truncSatS64(double x) {
        return (long) x;
    }

    static long truncSatU64(double x) {
        if (!(x > 0)) {
            return 0;
        }
        return x >= TWO_64 ? -1L : toU64(x);
    }

    // ---- convert from unsigned ----

    static float u32ToF32(int x) {
        return (float) (x & 0xFFFF_FFFFL);
    }

    static double u32ToF64(int x) {
        return (double) (x & 0xFFFF_FFFFL);
    }

    /** Halving with the lost bit kept sticky rounds the same as converting the full value. */
    static float u64ToF32(long x) {
        if (x >= 0) {
            return (float) x;
        }
        return (float) ((x >>> 1) | (x & 1)) * 2f;
    }

    static double u64ToF64(long x) {
        if (x >= 0) {
            return (double) x;
        }
        return (double) ((x >>> 1) | (x & 1)) * 2.0;
    }

    // ---- promote / demote: NaNs stay NaNs of the same sign, quiet, with the payload's top bits ----

    static long promote(long f32Slot) {
        int bits = (int) f32Slot;
        float x = Float.intBitsToFloat(bits);
        if (x != x) {
            long sign = (long) (bits & FloatOps.F32_SIGN) << 32;
            long payload = (long) (bits & 0x007F_FFFF) << 29;
            return sign | 0x7FF0_0000_0000_0000L | FloatOps.F64_QUIET | payload;
        }
        return Double.doubleToRawLongBits(x);
    }

    static long demote(long f64Slot) {
        double x = Double.longBitsToDouble(f64Slot);
        if (x != x) {
            int sign = (int) (f64Slot >>> 32) & FloatOps.F32_SIGN;
            int payload = (int) ((f64Slot & 0x000F_FFFF_FFFF_FFFFL) >>> 29);
            return sign | 0x7F80_0000 | FloatOps.F32_QUIET | payload;
        }
        return Float.floatToRawIntBits((float) x);
    }
}
