package org.wasmscope.runtime.exec.simd;

/**
 * The bitwise vector instructions (spec 4.4.3: vvunop, vvbinop, vvternop, vvtestop), on one 64-bit half,
 * or on a whole v128 given as its two halves.
 */
final class Bitwise {
    private Bitwise() {
    }

    static long not(long a) {
        return ~a;
    }

    static long and(long a, long b) {
        return a & b;
    }

    static long andnot(long a, long b) {
        return a & ~b;
    }

    static long or(long a, long b) {
        return a | b;
    }

    static long xor(long a, long b) {
        return a ^ b;
    }

    /** bitselect: each bit from {@code v1} where {@code c} is one, from {@code v2} where it is zero. */
    static long bitselect(long v1, long v2, long c) {
        return (v1 & c) | (v2 & ~c);
    }

    /** any_true: 1 if any bit of the v128 is one. */
    static int anyTrue(long lo, long hi) {
        return (lo | hi) != 0 ? 1 : 0;
    }
}
