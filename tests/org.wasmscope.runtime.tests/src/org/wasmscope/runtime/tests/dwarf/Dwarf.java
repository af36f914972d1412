package org.wasmscope.runtime.tests.dwarf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Assembles DWARF section contents for the tests: little-endian fixed sizes, LEB128, strings. */
final class Dwarf {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Dwarf u8(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    Dwarf u16(int v) {
        return u8(v & 0xFF, v >>> 8 & 0xFF);
    }

    Dwarf u32(long v) {
        return u16((int) (v & 0xFFFF)).u16((int) (v >>> 16 & 0xFFFF));
    }

    Dwarf uleb(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    Dwarf sleb(long v) {
        for (;;) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0;
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    Dwarf string(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return u8(0);
    }

    Dwarf bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** {@code body} prefixed by its length as a u32 (a unit's or header's length field). */
    Dwarf withLength32(Dwarf body) {
        return u32(body.size()).bytes(body.toBytes());
    }

    /** {@code body} prefixed by its length as a uleb (an exprloc). */
    Dwarf withLengthUleb(Dwarf body) {
        return uleb(body.size()).bytes(body.toBytes());
    }

    int size() {
        return out.size();
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
