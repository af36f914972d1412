package org.wasmscope.runtime.binary;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;

/**
 * The binary format's module (spec 5.5.16): magic, version, then sections in their fixed order, each at
 * most once, with custom sections anywhere in between.
 *
 * <p>Errors carry the testsuite's messages and the byte offset where the problem was found.
 */
public final class Decoder {
    private static final int MAGIC = 0x6D736100; // "\0asm" read little-endian
    private static final int VERSION = 1;

    /**
     * Position of each non-custom section id (1 to 13) in the required order. The data count section (12)
     * comes between the element section (9) and the code section (10), the tag section (13) between the
     * memory section (5) and the global section (6).
     */
    private static final int[] ORDER = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

    private Decoder() {
    }

    /** A module of WebAssembly 3.0's binary format. */
    public static Module decode(byte[] bytes) throws MalformedException {
        return decode(bytes, SpecVersion.V3);
    }

    /** A module of the binary format as {@code version} defines it. */
    public static Module decode(byte[] bytes, SpecVersion version) throws MalformedException {
        Reader r = new Reader(bytes, 0, version);
        if (r.fixed(4) != MAGIC) {
            throw r.error("magic header not detected", 0);
        }
        if (r.fixed(4) != VERSION) {
            throw r.error("unknown binary version", 4);
        }
        Module m = new Module();
        m.version = version;
        Sections sections = new Sections(r, m);
        int last = 0; // order position of the last non-custom section read
        while (!r.atEnd()) {
            int at = r.pos;
            int id = r.peek();
            if (id >= ORDER.length) {
                throw r.error("malformed section id", at);
            }
            if (id != 0) {
                if (ORDER[id] <= last) {
                    // a repeated or out-of-order section: nothing may follow the sections read so far
                    throw r.error("unexpected content after last section", at);
                }
                last = ORDER[id];
            }
            r.u8();
            section(r, sections, id);
        }
        return finish(r, m, sections);
    }

    /** A section: its id (already read), its u32 size, and contents that must fill exactly that size. */
    private static void section(Reader r, Sections sections, int id) {
        int size = r.length();
        int start = r.pos;
        sections.contents(id, start + size);
        if (r.pos != start + size) {
            throw r.error("section size mismatch", start);
        }
    }

    /** The checks that need every section read, in the reference interpreter's order. */
    private static Module finish(Reader r, Module m, Sections s) {
        int end = r.bytes.length;
        if (s.funcTypes.size() != s.codes.size()) {
            throw r.error("function and code section have inconsistent lengths", end);
        }
        if (m.dataCount >= 0 && m.dataCount != m.datas.size()) {
            throw r.error("data count and data section have inconsistent lengths", end);
        }
        if (m.dataCount < 0 && s.codeUsesDataIndex) {
            throw r.error("data count section required", end);
        }
        for (int i = 0; i < s.codes.size(); i++) {
            Sections.Code c = s.codes.get(i);
            m.funcs.add(new Func(s.funcTypes.get(i), c.locals(), c.body(), c.offset()));
        }
        return m;
    }
}
