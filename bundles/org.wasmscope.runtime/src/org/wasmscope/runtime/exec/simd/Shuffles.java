package org.wasmscope.runtime.exec.simd;

/**
 * i8x16.shuffle and i8x16.swizzle (spec 4.4.3): bytes picked from one or two vectors by lane indices.
 */
final class Shuffles {
    private Shuffles() {
    }

    /**
     * i8x16.shuffle: byte i of the result is byte {@code lanes[i]} of the 32-byte concatenation of the
     * operands (validation ensures every index is below 32). {@code from} is the half index (0 for the low
     * half of the result, 1 for the high).
     */
    static long shuffle(byte[] lanes, int from, long aLo, long aHi, long bLo, long bHi) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            int k = lanes[from * 8 + i];
            int v = k < 16 ? V128Lanes.byteAt(aLo, aHi, k) : V128Lanes.byteAt(bLo, bHi, k - 16);
            r |= (long) v << (i << 3);
        }
        return r;
    }

    /**
     * i8x16.swizzle: byte i of the result is byte {@code s[i]} of {@code a}, or 0 where that index (read
     * unsigned) is 16 or more. {@code s} is one half of the index vector, giving one half of the result.
     */
    static long swizzle(long aLo, long aHi, long s) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int k = (int) ((s >>> i) & 0xFF);
            if (k < 16) {
                r |= (long) V128Lanes.byteAt(aLo, aHi, k) << i;
            }
        }
        return r;
    }
}
