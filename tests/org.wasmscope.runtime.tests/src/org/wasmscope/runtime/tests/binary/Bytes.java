package org.wasmscope.runtime.tests.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds binary modules for tests: raw bytes, LEB128 numbers, names, sized sections. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A module with the magic and version already written. */
    static Bytes module() {
        return new Bytes().raw(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);
    }

    Bytes raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    Bytes u32(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    Bytes name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        out.writeBytes(b);
        return this;
    }

    Bytes bytes(Bytes other) {
        out.writeBytes(other.toArray());
        return this;
    }

    /** A section: id, size, then {@code contents}. */
    Bytes section(int id, Bytes contents) {
        byte[] c = contents.toArray();
        raw(id).u32(c.length);
        out.writeBytes(c);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
