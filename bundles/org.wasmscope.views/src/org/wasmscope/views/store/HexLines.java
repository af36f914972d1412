package org.wasmscope.views.store;

import org.wasmscope.runtime.syntax.AddrType;

/**
 * The text of one line of a memory's hex dump: 16 bytes as {@code 0000fff0  61 62 63 00 ... 00  abc.....}
 * (the address in hex, the bytes in two groups of eight, then the printable ASCII, dots for the rest). The
 * address has 8 hex digits in a memory with i32 addresses and 16 in one with i64 addresses (memory64).
 *
 * @param digits how many hex digits the address has
 */
record HexLines(int digits) {
    static final int BYTES = 16;

    /** The layout for a memory whose addresses are of type {@code addrType}. */
    static HexLines of(AddrType addrType) {
        return new HexLines(addrType == AddrType.I64 ? 16 : 8);
    }

    /** Where byte {@code i}'s two hex digits start in the line. */
    int hexColumn(int i) {
        return digits + 2 + 3 * i + (i >= 8 ? 1 : 0);
    }

    int asciiColumn(int i) {
        return hexColumn(BYTES) + 1 + i;
    }

    /** The line for {@code bytes[0..count)} at {@code address} ({@code count} < 16 only at a memory's end). */
    String format(long address, byte[] bytes, int count) {
        StringBuilder b = new StringBuilder(100);
        b.append(String.format("%0" + digits + "x", address)).append("  ");
        for (int i = 0; i < BYTES; i++) {
            if (i == 8) {
                b.append(' ');
            }
            if (i < count) {
                int v = bytes[i] & 0xFF;
                b.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16)).append(' ');
            } else {
                b.append("   ");
            }
        }
        b.append(' ');
        for (int i = 0; i < count; i++) {
            int v = bytes[i] & 0xFF;
            b.append(v >= 0x20 && v < 0x7F ? (char) v : '.');
        }
        return b.toString();
    }
}
