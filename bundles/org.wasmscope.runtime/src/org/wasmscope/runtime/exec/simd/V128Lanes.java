package org.wasmscope.runtime.exec.simd;

/**
 * Lanes of a v128 value (spec 4.3.1, lanes_t). A v128 is kept as two longs, {@code lo} (bytes 0..7, little
 * endian) and {@code hi} (bytes 8..15); a lane of width {@code bits} at index {@code i} occupies bits
 * {@code i * bits} .. of that 128-bit number. Lane-wise operations work on one 64-bit half at a time: a
 * lane never straddles the halves, and the lane at bit position {@code p} of a half is
 * {@code (half >>> p) & mask(bits)}.
 */
final class V128Lanes {
    private V128Lanes() {
    }

    /** The all-ones pattern of one lane: 0xFF, 0xFFFF, 0xFFFFFFFF or -1. */
    static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    /** The lane at bit position {@code p} of a half, zero-extended (the lane read as unsigned). */
    static long laneU(long half, int p, int bits) {
        return (half >>> p) & mask(bits);
    }

    /** The lane at bit position {@code p} of a half, sign-extended (the lane read as signed). */
    static long laneS(long half, int p, int bits) {
        return (half << (64 - p - bits)) >> (64 - bits);
    }

    /** {@code v}'s low {@code bits} bits placed at bit position {@code p}, to be or-ed into a result half. */
    static long at(long v, int p, int bits) {
        return (v & mask(bits)) << p;
    }

    /** The half with its lane at bit position {@code p} replaced by the low bits of {@code v}. */
    static long replace(long half, int p, int bits, long v) {
        long m = mask(bits) << p;
        return (half & ~m) | ((v << p) & m);
    }

    /** A half with every lane equal to the low {@code bits} bits of {@code v} (spec: splat). */
    static long splat(long v, int bits) {
        return switch (bits) {
            case 8 -> (v & 0xFFL) * 0x0101010101010101L;
            case 16 -> (v & 0xFFFFL) * 0x0001000100010001L;
            case 32 -> (v & 0xFFFFFFFFL) * 0x0000000100000001L;
            default -> v;
        };
    }

    /** Byte {@code i} (0..15) of the v128 {@code lo, hi}, as 0..255. */
    static int byteAt(long lo, long hi, int i) {
        return (int) ((i < 8 ? lo >>> (i << 3) : hi >>> ((i - 8) << 3)) & 0xFF);
    }

    /** True if lane {@code p} of the half is all ones, as comparisons produce it. */
    static long bool(boolean b, int p, int bits) {
        return b ? mask(bits) << p : 0;
    }
}
