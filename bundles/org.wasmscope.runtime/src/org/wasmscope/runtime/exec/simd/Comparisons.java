package org.wasmscope.runtime.exec.simd;

import static org.wasmscope.runtime.exec.simd.V128Lanes.bool;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneS;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneU;

/**
 * Lane-wise comparisons (spec 4.4.3, vrelop), on one 64-bit half: a lane of the result is all ones where
 * the relation holds and zero where it does not. Float lanes compare as IEEE numbers: NaN is unordered,
 * -0 equals +0.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** The relations of integer lanes. */
    enum IntRel {
        EQ, NE, LT_S, LT_U, GT_S, GT_U, LE_S, LE_U, GE_S, GE_U
    }

    /** The relations of float lanes. */
    enum FloatRel {
        EQ, NE, LT, GT, LE, GE
    }

    /** ieq_N, ine_N, ilt_sx_N, igt_sx_N, ile_sx_N, ige_sx_N. */
    static long compare(long a, long b, int bits, IntRel rel) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            long xs = laneS(a, p, bits);
            long ys = laneS(b, p, bits);
            // Unsigned relations exist only for N < 64, where the zero-extended lanes fit a signed long.
            long xu = laneU(a, p, bits);
            long yu = laneU(b, p, bits);
            boolean holds = switch (rel) {
                case EQ -> xs == ys;
                case NE -> xs != ys;
                case LT_S -> xs < ys;
                case LT_U -> xu < yu;
                case GT_S -> xs > ys;
                case GT_U -> xu > yu;
                case LE_S -> xs <= ys;
                case LE_U -> xu <= yu;
                case GE_S -> xs >= ys;
                case GE_U -> xu >= yu;
            };
            r |= bool(holds, p, bits);
        }
        return r;
    }

    /** feq_32, fne_32, flt_32, fgt_32, fle_32, fge_32 on the two f32 lanes of a half. */
    static long compareF32(long a, long b, FloatRel rel) {
        long r = 0;
        for (int p = 0; p < 64; p += 32) {
            float x = Float.intBitsToFloat((int) (a >>> p));
            float y = Float.intBitsToFloat((int) (b >>> p));
            r |= bool(holds(x, y, rel), p, 32);
        }
        return r;
    }

    /** feq_64, fne_64, flt_64, fgt_64, fle_64, fge_64 on the f64 lane of a half. */
    static long compareF64(long a, long b, FloatRel rel) {
        return holds(Double.longBitsToDouble(a), Double.longBitsToDouble(b), rel) ? -1L : 0;
    }

    private static boolean holds(double x, double y, FloatRel rel) {
        // f32 lanes widen exactly to double, so one relation serves both widths.
        return switch (rel) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case GT -> x > y;
            case LE -> x <= y;
            case GE -> x >= y;
        };
    }
}
