package org.wasmscope.runtime.binary;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.SpecVersion;

/**
 * A cursor over the bytes of a binary module: bytes, LEB128 integers (spec 5.2.2), lengths and names
 * (spec 5.2.4).
 *
 * <p>Like the reference interpreter, reads are not fenced by the end of the current section: a section
 * whose contents run past its declared size is caught afterwards as "section size mismatch", and running
 * off the end of the module is "unexpected end of section or function". The testsuite's messages depend
 * on this.
 */
final class Reader {
    static final String UNEXPECTED_END = "unexpected end of section or function";

    final byte[] bytes;
    int pos;
    /** Where the bytes this reader may read end (a subsection may end before the array does). */
    private final int end;
    /** The edition whose encodings are read where 2.0 and 3.0 differ (limits, memargs, memory indices). */
    final SpecVersion version;

    Reader(byte[] bytes) {
        this(bytes, 0);
    }

    Reader(byte[] bytes, int pos) {
        this(bytes, pos, SpecVersion.V3);
    }

    Reader(byte[] bytes, int pos, SpecVersion version) {
        this(bytes, pos, bytes.length, version);
    }

    /** A reader of {@code bytes} from {@code pos} up to {@code end}, exclusive. */
    Reader(byte[] bytes, int pos, int end, SpecVersion version) {
        this.bytes = bytes;
        this.pos = pos;
        this.end = end;
        this.version = version;
    }

    boolean atEnd() {
        return pos >= end;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() {
        return atEnd() ? -1 : bytes[pos] & 0xFF;
    }

    int u8() {
        if (atEnd()) {
            throw error(UNEXPECTED_END, end);
        }
        return bytes[pos++] & 0xFF;
    }

    /** Reads one byte that must be {@code b}; otherwise fails with {@code message} at that byte. */
    void expect(int b, String message) {
        int at = pos;
        if (u8() != b) {
            throw error(message, at);
        }
    }

    byte[] bytes(int n) {
        if (n < 0 || n > end - pos) {
            throw error(UNEXPECTED_END, end);
        }
        byte[] out = new byte[n];
        System.arraycopy(bytes, pos, out, 0, n);
        pos += n;
        return out;
    }

    /** Little-endian fixed-width integer of {@code n} bytes (floats, v128). */
    long fixed(int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) u8() << (8 * i);
        }
        return v;
    }

    /**
     * An unsigned LEB128 integer of at most {@code bits} bits: at most ceil(bits/7) bytes ("integer
     * representation too long"), and the unused bits of the last byte must be zero ("integer too large").
     */
    long unsigned(int bits) {
        long result = 0;
        int shift = 0;
        for (int n = bits;; n -= 7, shift += 7) {
            if (n <= 0) {
                throw error("integer representation too long", pos);
            }
            int b = u8();
            if (n < 7 && (b & 0x7F) >= (1 << n)) {
                throw error("integer too large", pos - 1);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /**
     * A signed LEB128 integer of at most {@code bits} bits; the unused bits of the last byte must all equal
     * its sign bit ("integer too large").
     */
    long signed(int bits) {
        long result = 0;
        int shift = 0;
        for (int n = bits;; n -= 7, shift += 7) {
            if (n <= 0) {
                throw error("integer representation too long", pos);
            }
            int b = u8();
            int mask = (-1 << (n - 1)) & 0x7F;
            if (n < 7 && (b & mask) != 0 && (b & mask) != mask) {
                throw error("integer too large", pos - 1);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if ((b & 0x40) != 0 && shift + 7 < 64) {
                    result |= -1L << (shift + 7); // sign-extend
                }
                return result;
            }
        }
    }

    long u32() {
        return unsigned(32);
    }

    /**
     * A u32 index. Indices of 2^31 and above are kept as {@link Integer#MAX_VALUE}: no module can have that
     * many entities, so validation rejects them either way, and a negative int would mislead index checks.
     */
    int index() {
        return (int) Math.min(u32(), Integer.MAX_VALUE);
    }

    long u64() {
        return unsigned(64);
    }

    /** A boolean flag encoded as a u1 (limits in 2.0): 0 or 1. */
    int u1() {
        return (int) unsigned(1);
    }

    /**
     * A u32 length or count that must not exceed the bytes left in the module ("length out of bounds"),
     * which also keeps a corrupt count from allocating huge arrays.
     */
    int length() {
        int at = pos;
        long n = u32();
        if (n > end - at) {
            throw error("length out of bounds", at);
        }
        return (int) n;
    }

    /** A name: a length-prefixed UTF-8 string (spec 5.2.4). */
    String name() {
        int at = pos;
        byte[] b = bytes(length());
        String s = Utf8.decode(b);
        if (s == null) {
            throw error("malformed UTF-8 encoding", at);
        }
        return s;
    }

    MalformedException error(String message, int at) {
        return new MalformedException(message, at);
    }
}
