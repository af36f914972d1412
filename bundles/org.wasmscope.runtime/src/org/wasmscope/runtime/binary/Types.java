package org.wasmscope.runtime.binary;

import org.wasmscope.runtime.syntax.AddrType;
import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.CompType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.HeapType;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.PackedType;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.StorageType;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.SubType;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TypeIdx;
import org.wasmscope.runtime.syntax.ValType;

/** Decoding of types (spec 5.3). */
final class Types {
    private Types() {
    }

    /** The prefix of {@code (ref null ht)} and of {@code (ref ht)}. */
    private static final int REF_NULL = 0x63, REF = 0x64;

    /**
     * A value type (5.3.4): a number or vector type byte, or a reference type. Type bytes are s7 integers,
     * so a byte with its continuation bit set cannot be one ("integer representation too long"); other
     * unknown bytes are reported by the group they fall in.
     */
    static ValType valType(Reader r) {
        int b = r.peek();
        ValType t = ValType.ofCode(b);
        if (t != null && !t.isRef()) {
            r.u8();
            return t;
        }
        if (t != null || b == REF || b == REF_NULL) {
            return refType(r);
        }
        int at = r.pos;
        r.u8();
        throw malformedType(r, b, at, b > ValType.FUNCREF.code() ? "malformed value type" : "malformed reference type");
    }

    /**
     * A reference type (5.3.3): 0x63 (nullable) or 0x64 and a heap type, or the one byte of an abstract heap
     * type, short for its nullable reference type.
     */
    static ValType refType(Reader r) {
        int at = r.pos;
        int b = r.u8();
        if (b == REF || b == REF_NULL) {
            return ValType.ref(b == REF_NULL, heapType(r));
        }
        AbsHeap h = AbsHeap.ofCode(b);
        if (h != null) {
            return ValType.ref(true, h);
        }
        throw malformedType(r, b, at, "malformed reference type");
    }

    /** A heap type (5.3.2): an abstract heap type's byte, or a type index as a non-negative s33. */
    static HeapType heapType(Reader r) {
        int at = r.pos;
        AbsHeap h = AbsHeap.ofCode(r.peek());
        if (h != null) {
            r.u8();
            return h;
        }
        long x = r.signed(33);
        if (x < 0 || x > Integer.MAX_VALUE) {
            throw r.error("malformed heap type", at);
        }
        return new TypeIdx((int) x);
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

    /** A recursive type (5.3.7): 0x4E and a vector of sub types, or one sub type, a group of its own. */
    static List<SubType> recType(Reader r) {
        if (r.peek() != 0x4E) {
            return List.of(subType(r));
        }
        r.u8();
        List<SubType> group = new ArrayList<>();
        for (int n = r.length(); n > 0; n--) {
            group.add(subType(r));
        }
        return group;
    }

    /** A sub type (5.3.7): 0x50 (open) or 0x4F (final) and its supertypes' indices, or a final composite type. */
    static SubType subType(Reader r) {
        int b = r.peek();
        if (b != 0x50 && b != 0x4F) {
            return SubType.of(compType(r));
        }
        r.u8();
        HeapType[] supers = new HeapType[r.length()];
        for (int i = 0; i < supers.length; i++) {
            supers[i] = new TypeIdx(r.index());
        }
        return new SubType(b == 0x4F, supers, compType(r));
    }

    /**
     * A composite type (5.3.6): 0x60 and the parameters and results of a function type, 0x5F and the
     * fields of a structure type, or 0x5E and the element field of an array type.
     */
    static CompType compType(Reader r) {
        int at = r.pos;
        int b = r.u8();
        switch (b) {
            case 0x60 -> {
                ValType[] params = resultType(r);
                ValType[] results = resultType(r);
                return new FuncType(params, results);
            }
            case 0x5F -> {
                FieldType[] fields = new FieldType[r.length()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fieldType(r);
                }
                return new StructType(fields);
            }
            case 0x5E -> {
                return new ArrayType(fieldType(r));
            }
            default -> throw malformedType(r, b, at, "malformed definition type");
        }
    }

    /** A field type (5.3.6): a storage type, then its mutability. */
    static FieldType fieldType(Reader r) {
        StorageType t = storageType(r);
        return new FieldType(t, mutability(r));
    }

    /** A storage type (5.3.6): a value type, or the byte of a packed type. */
    static StorageType storageType(Reader r) {
        PackedType p = PackedType.ofCode(r.peek());
        if (p != null) {
            r.u8();
            return p;
        }
        return valType(r);
    }

    /** Mutability (5.3.10): 0x00 for const, 0x01 for var. */
    private static boolean mutability(Reader r) {
        int at = r.pos;
        int m = r.u8();
        if (m > 1) {
            throw r.error("malformed mutability", at);
        }
        return m == 1;
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
        return new GlobalType(t, mutability(r));
    }
}
