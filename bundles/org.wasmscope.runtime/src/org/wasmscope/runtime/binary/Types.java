package org.wasmscope.runtime.binary;

import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.SpecVersion;
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

    private static final int HAS_MAX = 0x01;
    private static final int ADDR_I64 = 0x04;

    /**
     * The flags that start limits (5.3.7): bit 0 says a maximum follows, bit 2 that addresses are 64-bit; any
     * other bit is malformed. In 2.0 the flag is a u1 LEB128 (so 2 is "integer too large").
     */
    private static int limitsFlags(Reader r) {
        if (r.version == SpecVersion.V2) {
            return r.u1();
        }
        int at = r.pos;
        int flags = r.u8();
        if ((flags & ~(HAS_MAX | ADDR_I64)) != 0) {
            throw r.error("malformed limits flags", at);
        }
        return flags;
    }

    private static AddrType addrType(int flags) {
        return (flags & ADDR_I64) != 0 ? AddrType.I64 : AddrType.I32;
    }

    /** The bounds after the flags: u64 in 3.0 (validation checks the address type's range), u32 in 2.0. */
    private static Limits limits(Reader r, int flags) {
        int bits = r.version == SpecVersion.V2 ? 32 : 64;
        long min = r.unsigned(bits);
        boolean hasMax = (flags & HAS_MAX) != 0;
        long max = hasMax ? r.unsigned(bits) : -1;
        return new Limits(min, max, hasMax);
    }

    /** A memory type (5.3.8): limits with the address type. */
    static MemType memType(Reader r) {
        int flags = limitsFlags(r);
        return new MemType(addrType(flags), limits(r, flags));
    }

    /** A table type (5.3.9): reference type, then limits with the address type. */
    static TableType tableType(Reader r) {
        ValType t = refType(r);
        int flags = limitsFlags(r);
        return new TableType(addrType(flags), limits(r, flags), t);
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
