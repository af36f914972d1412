package org.wasmscope.runtime.binary;

import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/** Decoding of types (spec 5.3). */
final class Types {
    private Types() {
    }

    /**
     * A value type (5.3.4). Type bytes are s7 integers, so a byte with its continuation bit set cannot be
     * one ("integer representation too long"); other unknown bytes are reported by the group they fall in.
     */
    static ValType valType(Reader r) {
        int at = r.pos;
        int b = r.u8();
        ValType t = ValType.ofCode(b);
        if (t != null) {
            return t;
        }
        throw malformedType(r, b, at, b > ValType.FUNCREF.code ? "malformed value type" : "malformed reference type");
    }

    /** A reference type (5.3.3): funcref 0x70, externref 0x6F or exnref 0x69. */
    static ValType refType(Reader r) {
        int at = r.pos;
        int b = r.u8();
        ValType t = ValType.ofCode(b);
        if (t != null && t.isRef()) {
            return t;
        }
        throw malformedType(r, b, at, "malformed reference type");
    }

    private static RuntimeException malformedType(Reader r, int b, int at, String message) {
        if ((b & 0x80) != 0) {
            return r.error("integer representation too long", r.pos);
        }
        return r.error(message, at);
    }

    /** A result type (5.3.5): a vector of value types. */
    static ValType[] resultType(Reader r) {
        ValType[] ts = new ValType[r.length()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = valType(r);
        }
        return ts;
    }

    /** A function type (5.3.6): 0x60, parameters, results. */
    static FuncType funcType(Reader r) {
        int at = r.pos;
        int b = r.u8();
        if (b != 0x60) {
            throw malformedType(r, b, at, "malformed function type");
        }
        ValType[] params = resultType(r);
        ValType[] results = resultType(r);
        return new FuncType(params, results);
    }

    /** Limits (5.3.7): flag 0 {min} or 1 {min, max}; the flag is a u1, so 2 is "integer too large". */
    static Limits limits(Reader r) {
        int hasMax = r.u1();
        long min = r.u32();
        long max = hasMax == 1 ? r.u32() : -1;
        return new Limits(min, max);
    }

    /** A memory type (5.3.8). */
    static MemType memType(Reader r) {
        return new MemType(limits(r));
    }

    /** A table type (5.3.9): reference type, then limits. */
    static TableType tableType(Reader r) {
        ValType t = refType(r);
        return new TableType(limits(r), t);
    }

    /** A global type (5.3.10): value type, then mutability 0x00 (const) or 0x01 (var). */
    static GlobalType globalType(Reader r) {
        ValType t = valType(r);
        int at = r.pos;
        int m = r.u8();
        if (m > 1) {
            throw r.error("malformed mutability", at);
        }
        return new GlobalType(t, m == 1);
    }
}
