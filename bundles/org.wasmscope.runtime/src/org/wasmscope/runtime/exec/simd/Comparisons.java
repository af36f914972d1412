package org.wasmscope.runtime.exec.simd;

import static org.wasmscope.runtime.exec.simd.V128Lanes.bool;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneS;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneU;

/**
 * Lane-wise comparisons (spec 4.4.3, vrelop), on one 64-bit half: a lane of the result is all ones where
 * the relation holds and zero where it does not. Unsigned relations exist only for N < 64, where the
 * zero-extended lanes compare correctly as signed longs. Float lanes compare as IEEE numbers: NaN is
 * unordered, -0 equals +0.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** ieq_N. */
    static long eq(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= bool(laneU(a, p, bits) == laneU(b, p, bits), p, bits);
        }
        return r;
    }

    /** ine_N. */
    static long ne(long a, long b, int bits) {
        return ~eq(a, b, bits);
    }

    /** ilt_s_N. */
    static long ltS(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= bool(laneS(a, p, bits) < laneS(b, p, bits), p, bits);
        }
        return r;
    }

    /** ilt_u_N. */
    static long ltU(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= bool(laneU(a, p, bits) < laneU(b, p, bits), p, bits);
        }
        return r;
    }

    /** igt_s_N: i1 > i2 is i2 < i1. */
    static long gtS(long a, long b, int bits) {
        return ltS(b, a, bits);
    }

    static long gtU(long a, long b, int bits) {
        return ltU(b, a, bits);
    }

    /** ile_s_N: i1 <= i2 is not i2 < i1. */
    static long leS(long a, long b, int bits) {
        return ~ltS(b, a, bits);
    }

    static long leU(long a, long b, int bits) {
        return ~ltU(b, a, bits);
    }

    /** ige_s_N: i1 >= i2 is not i1 < i2. */
    static long geS(long a, long b, int bits) {
        return ~ltS(a, b, bits);
    }

    static long geU(long a, long b, int bits) {
        return ~ltU(a, b, bits);
    }

    // ---- f32 lanes, two per half ----

    private static float f32(long half, int p) {
        return Float.intBitsToFloat((int) (half >>> p));
    }

    static long f32Eq(long a, long b) {
        return bool(f32(a, 0) == f32(b, 0), 0, 32) | bool(f32(a, 32) == f32(b, 32), 32, 32);
    }

    static long f32Ne(long a, long b) {
        return bool(f32(a, 0) != f32(b, 0), 0, 32) | bool(f32(a, 32) != f32(b, 32), 32, 32);
    }

    static long f32Lt(long a, long b) {
        return bool(f32(a, 0) < f32(b, 0), 0, 32) | bool(f32(a, 32) < f32(b, 32), 32, 32);
    }

    static long f32Gt(long a, long b) {
        return bool(f32(a, 0) > f32(b, 0), 0, 32) | bool(f32(a, 32) > f32(b, 32), 32, 32);
    }

    static long f32Le(long a, long b) {
        return bool(f32(a, 0) <= f32(b, 0), 0, 32) | bool(f32(a, 32) <= f32(b, 32), 32, 32);
    }

    static long f32Ge(long a, long b) {
        return bool(f32(a, 0) >= f32(b, 0), 0, 32) | bool(f32(a, 32) >= f32(b, 32), 32, 32);
    }

    // ---- f64 lanes, one per half ----

    private static double f64(long half) {
        return Double.longBitsToDouble(half);
    }

    static long f64Eq(long a, long b) {
        return f64(a) == f64(b) ? -1L : 0;
    }

    static long f64Ne(long a, long b) {
        return f64(a) != f64(b) ? -1L : 0;
    }

    static long f64Lt(long a, long b) {
        return f64(a) < f64(b) ? -1L : 0;
    }

    static long f64Gt(long a, long b) {
        return f64(a) > f64(b) ? -1L : 0;
    }

    static long f64Le(long a, long b) {
        return f64(a) <= f64(b) ? -1L : 0;
    }

    static long f64Ge(long a, long b) {
        return f64(a) >= f64(b) ? -1L : 0;
    }
}
