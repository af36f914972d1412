package org.wasmscope.runtime.exec.simd;

import static org.wasmscope.runtime.exec.simd.V128Lanes.at;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneS;
import static org.wasmscope.runtime.exec.simd.V128Lanes.laneU;
import static org.wasmscope.runtime.exec.simd.V128Lanes.mask;

/**
 * Lane-wise integer operations (spec 4.3.2 applied per lane, 4.4.3 vector instructions), each on one 64-bit
 * half of a v128 with lanes of {@code bits} = 8, 16, 32 or 64 bits (the spec's N). The caller applies them to
 * both halves.
 */
final class IntLanes {
    private IntLanes() {
    }

    /** The top bit of every lane of a half: 0x8080..., 0x8000_8000..., ... */
    private static long topBits(int bits) {
        return V128Lanes.splat(1L << (bits - 1), bits);
    }

    /**
     * iadd_N: addition modulo 2^N. All lanes at once: the low N-1 bits of each lane are added without
     * carrying into the next lane, and the top bits are then set by xor.
     */
    static long add(long a, long b, int bits) {
        long h = topBits(bits);
        return ((a & ~h) + (b & ~h)) ^ ((a ^ b) & h);
    }

    /** isub_N: subtraction modulo 2^N, all lanes at once (borrows stop at each lane's top bit). */
    static long sub(long a, long b, int bits) {
        long h = topBits(bits);
        return ((a | h) - (b & ~h)) ^ ((a ^ ~b) & h);
    }

    /** imul_N: multiplication modulo 2^N. */
    static long mul(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at((a >>> p) * (b >>> p), p, bits);
        }
        return r;
    }

    /** ineg_N: 0 - i modulo 2^N. */
    static long neg(long a, int bits) {
        return sub(0, a, bits);
    }

    /** iabs_N: the absolute value of the signed lane; the most negative value stays as it is. */
    static long abs(long a, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            long x = laneS(a, p, bits);
            r |= at(x < 0 ? -x : x, p, bits);
        }
        return r;
    }

    /** ipopcnt_8: the number of one bits in each byte. */
    static long popcnt8(long a) {
        long r = 0;
        for (int p = 0; p < 64; p += 8) {
            r |= (long) Long.bitCount((a >>> p) & 0xFF) << p;
        }
        return r;
    }

    /** imin_s_N. */
    static long minS(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(Math.min(laneS(a, p, bits), laneS(b, p, bits)), p, bits);
        }
        return r;
    }

    /** imin_u_N (N < 64, so the zero-extended lanes compare as signed longs). */
    static long minU(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(Math.min(laneU(a, p, bits), laneU(b, p, bits)), p, bits);
        }
        return r;
    }

    /** imax_s_N. */
    static long maxS(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(Math.max(laneS(a, p, bits), laneS(b, p, bits)), p, bits);
        }
        return r;
    }

    /** imax_u_N. */
    static long maxU(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(Math.max(laneU(a, p, bits), laneU(b, p, bits)), p, bits);
        }
        return r;
    }

    /** iavgr_u_N: (i1 + i2 + 1) / 2 on the unsigned lanes, rounding up. */
    static long avgrU(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at((laneU(a, p, bits) + laneU(b, p, bits) + 1) >>> 1, p, bits);
        }
        return r;
    }

    /** sat_s_N: clamps a signed value into the range of a signed N-bit lane. */
    static long satS(long x, int bits) {
        long max = mask(bits) >>> 1;
        return Math.max(-max - 1, Math.min(max, x));
    }

    /** sat_u_N: clamps a signed value into the range of an unsigned N-bit lane. */
    static long satU(long x, int bits) {
        return Math.max(0, Math.min(mask(bits), x));
    }

    /** iadd_sat_s_N. */
    static long addSatS(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(satS(laneS(a, p, bits) + laneS(b, p, bits), bits), p, bits);
        }
        return r;
    }

    /** iadd_sat_u_N. */
    static long addSatU(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(satU(laneU(a, p, bits) + laneU(b, p, bits), bits), p, bits);
        }
        return r;
    }

    /** isub_sat_s_N. */
    static long subSatS(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(satS(laneS(a, p, bits) - laneS(b, p, bits), bits), p, bits);
        }
        return r;
    }

    /** isub_sat_u_N. */
    static long subSatU(long a, long b, int bits) {
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(satU(laneU(a, p, bits) - laneU(b, p, bits), bits), p, bits);
        }
        return r;
    }

    /** iq15mulr_sat_s_16: the Q15 product (i1 * i2 + 2^14) >> 15, saturated. */
    static long q15mulrSatS(long a, long b) {
        long r = 0;
        for (int p = 0; p < 64; p += 16) {
            r |= at(satS((laneS(a, p, 16) * laneS(b, p, 16) + 0x4000) >> 15, 16), p, 16);
        }
        return r;
    }

    /** ishl_N: the shift count is taken modulo N. */
    static long shl(long a, int count, int bits) {
        int k = count & (bits - 1);
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(laneU(a, p, bits) << k, p, bits);
        }
        return r;
    }

    /** ishr_s_N: arithmetic shift right, count modulo N. */
    static long shrS(long a, int count, int bits) {
        int k = count & (bits - 1);
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(laneS(a, p, bits) >> k, p, bits);
        }
        return r;
    }

    /** ishr_u_N: logical shift right, count modulo N. */
    static long shrU(long a, int count, int bits) {
        int k = count & (bits - 1);
        long r = 0;
        for (int p = 0; p < 64; p += bits) {
            r |= at(laneU(a, p, bits) >>> k, p, bits);
        }
        return r;
    }

    /**
     * extadd_pairwise (spec: i16x8.extadd_pairwise_i8x16_sx, i32x4.extadd_pairwise_i16x8_sx): each lane of
     * width 2 * {@code bits} is the sum of the two extended source lanes it covers; pairs never straddle
     * the halves.
     */
    static long extaddPairwise(long a, int bits, boolean signed) {
        long r = 0;
        for (int p = 0; p < 64; p += 2 * bits) {
            long x = signed ? laneS(a, p, bits) : laneU(a, p, bits);
            long y = signed ? laneS(a, p + bits, bits) : laneU(a, p + bits, bits);
            r |= at(x + y, p, 2 * bits);
        }
        return r;
    }

    /**
     * extmul (spec: imul of the extended lanes): {@code a} and {@code b} hold, in their low 32 bits, the
     * source lanes of width {@code bits} (half of a v128's half); the result is one half of wide lanes.
     */
    static long extmul(long a, long b, int bits, boolean signed) {
        long r = 0;
        for (int p = 0, q = 0; p < 64; p += 2 * bits, q += bits) {
            long x = signed ? laneS(a, q, bits) : laneU(a, q, bits);
            long y = signed ? laneS(b, q, bits) : laneU(b, q, bits);
            r |= at(x * y, p, 2 * bits);
        }
        return r;
    }

    /** i32x4.dot_i16x8_s: each i32 lane is the (wrapping) sum of the two products of signed i16 lanes. */
    static long dotS16(long a, long b) {
        long r = 0;
        for (int p = 0; p < 64; p += 32) {
            long sum = laneS(a, p, 16) * laneS(b, p, 16) + laneS(a, p + 16, 16) * laneS(b, p + 16, 16);
            r |= at(sum, p, 32);
        }
        return r;
    }

    /** all_true for one half: every lane non-zero. */
    static boolean allTrue(long a, int bits) {
        for (int p = 0; p < 64; p += bits) {
            if (laneU(a, p, bits) == 0) {
                return false;
            }
        }
        return true;
    }

    /** bitmask for one half: bit i of the result is the top bit of lane i. */
    static int bitmask(long a, int bits) {
        int r = 0;
        for (int p = 0, i = 0; p < 64; p += bits, i++) {
            r |= (int) ((a >>> (p + bits - 1)) & 1) << i;
        }
        return r;
    }
}
