package org.wasmscope.runtime.dwarf;

import java.nio.charset.StandardCharsets;

/**
 * Reads little-endian DWARF data from one section, never past {@code end}: a read that would is a
 * {@link DwarfFormatException} naming the section and the offset.
 */
final class ByteReader {
    final String section;
    final byte[] bytes;
    int pos;
    int end;

    ByteReader(String section, byte[] bytes) {
        this(section, bytes, 0, bytes.length);
    }

    ByteReader(String section, byte[] bytes, int pos, int end) {
        this.section = section;
        this.bytes = bytes;
        this.pos = pos;
        this.end = end;
        if (pos < 0 || end > bytes.length || pos > end) {
            throw error("offset 0x" + Long.toHexString(pos) + " outside the section");
        }
    }

    /** A reader of {@code length} bytes from here, which this one skips. */
    ByteReader slice(long length) {
        require(length);
        ByteReader r = new ByteReader(section, bytes, pos, pos + (int) length);
        pos += (int) length;
        return r;
    }

    /** A reader of the same section from {@code offset} to its end. */
    ByteReader at(long offset) {
        if (offset < 0 || offset > bytes.length) {
            throw error("offset 0x" + Long.toHexString(offset) + " outside the section");
        }
        return new ByteReader(section, bytes, (int) offset, bytes.length);
    }

    boolean atEnd() {
        return pos >= end;
    }

    DwarfFormatException error(String what) {
        return new DwarfFormatException(section + ": " + what);
    }

    private void require(long n) {
        if (n < 0 || n > end - pos) {
            throw error("truncated at offset 0x" + Integer.toHexString(pos));
        }
    }

    void skip(long n) {
        require(n);
        pos += (int) n;
    }

    int u8() {
        require(1);
        return bytes[pos++] & 0xFF;
    }

    int u16() {
        return u8() | u8() << 8;
    }

    long u24() {
        return u16() | (long) u8() << 16;
    }

    long u32() {
        return (u16() | (long) u16() << 16) & 0xFFFFFFFFL;
    }

    long u64() {
        return u32() | u32() << 32;
    }

    /** An unsigned value of {@code size} bytes (1, 2, 4 or 8). */
    long unsigned(int size) {
        return switch (size) {
            case 1 -> u8();
            case 2 -> u16();
            case 4 -> u32();
            case 8 -> u64();
            default -> throw error("unsupported size " + size);
        };
    }

    long uleb() {
        long result = 0;
        for (int shift = 0;; shift += 7) {
            int b = u8();
            if (shift < 64) {
                result |= (long) (b & 0x7F) << shift;
            }
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    long sleb() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = u8();
            if (shift < 64) {
                result |= (long) (b & 0x7F) << shift;
            }
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    /** A uleb that must fit a non-negative int (a count, index or length). */
    int ulebInt() {
        long v = uleb();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw error("value " + Long.toUnsignedString(v) + " too large at offset 0x" + Integer.toHexString(pos));
        }
        return (int) v;
    }

    /** A NUL-terminated UTF-8 string. */
    String cstring() {
        int start = pos;
        while (pos < end && bytes[pos] != 0) {
            pos++;
        }
        if (pos >= end) {
            throw error("unterminated string at offset 0x" + Integer.toHexString(start));
        }
        return new String(bytes, start, pos++ - start, StandardCharsets.UTF_8);
    }

    byte[] bytes(long n) {
        require(n);
        byte[] out = new byte[(int) n];
        System.arraycopy(bytes, pos, out, 0, (int) n);
        pos += (int) n;
        return out;
    }
}
