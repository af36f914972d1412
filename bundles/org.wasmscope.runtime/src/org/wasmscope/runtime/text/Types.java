package org.wasmscope.runtime.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.CompType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.HeapType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.PackedType;
import org.wasmscope.runtime.syntax.StorageType;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.SubType;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TypeIdx;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.Token.Kind;

/** Types in the text format (spec 6.4) and type uses (6.6.3). */
final class Types {
    private Types() {
    }

    /** A type use: the type index and the parameters' identifiers (null entries where there are none). */
    record TypeUse(int index, String[] paramIds) {
    }

    static boolean atValType(Cursor c) {
        return c.at(Kind.KEYWORD) && ValType.ofText(c.peek().text()) != null || c.atOpen("ref");
    }

    /** A value type (spec 6.4.4): a keyword, or a reference type {@code (ref null? ht)}. */
    static ValType valType(Cursor c, Context cx) {
        if (c.atOpen("ref")) {
            return refType(c, cx);
        }
        Token t = c.peek();
        ValType v = t.kind() == Kind.KEYWORD ? ValType.ofText(t.text()) : null;
        if (v == null) {
            throw c.unexpected();
        }
        c.next();
        return v;
    }

    /** A reference type (spec 6.4.3): {@code (ref null? ht)} or a shorthand such as {@code funcref}. */
    static ValType refType(Cursor c, Context cx) {
        if (c.openIf("ref")) {
            boolean nullable = c.atKeyword("null");
            if (nullable) {
                c.next();
            }
            HeapType h = heapType(c, cx);
            c.close();
            return ValType.ref(nullable, h);
        }
        ValType t = c.at(Kind.KEYWORD) ? ValType.ofText(c.peek().text()) : null;
        if (t == null || !t.isRef()) {
            throw c.unexpected();
        }
        c.next();
        return t;
    }

    /**
     * A heap type (spec 6.4.2): an abstract one's keyword, or a type index. Without a module context
     * ({@code cx} null, as in script values) only abstract heap types exist.
     */
    static HeapType heapType(Cursor c, Context cx) {
        AbsHeap h = c.at(Kind.KEYWORD) ? AbsHeap.ofText(c.peek().text()) : null;
        if (h != null) {
            c.next();
            return h;
        }
        if (cx != null && Context.atIndex(c)) {
            return new TypeIdx(cx.index(c, Space.TYPE));
        }
        throw c.unexpected();
    }

    /**
     * The sub type of type definition {@code typeIndex} (spec 6.4.9): a composite type, which is final and
     * has no supertypes, or {@code (sub final? x* comptype)}.
     */
    static SubType subType(Cursor c, Context cx, int typeIndex) {
        if (!c.openIf("sub")) {
            return SubType.of(compType(c, cx, typeIndex));
        }
        boolean isFinal = c.atKeyword("final");
        if (isFinal) {
            c.next();
        }
        List<HeapType> supers = new ArrayList<>();
        while (Context.atIndex(c)) {
            supers.add(new TypeIdx(cx.index(c, Space.TYPE)));
        }
        CompType comp = compType(c, cx, typeIndex);
        c.close();
        return new SubType(isFinal, supers.toArray(new HeapType[0]), comp);
    }

    /** A composite type (spec 6.4.8): a function, structure or array type. */
    private static CompType compType(Cursor c, Context cx, int typeIndex) {
        if (c.openIf("struct")) {
            List<FieldType> fields = new ArrayList<>();
            while (c.openIf("field")) {
                if (c.at(Kind.ID)) {
                    cx.bindField(typeIndex, fields.size(), c.next());
                    fields.add(fieldType(c, cx));
                } else {
                    while (!c.at(Kind.RPAREN)) {
                        fields.add(fieldType(c, cx)); // (field t*): one field each, without names
                    }
                }
                c.close();
            }
            c.close();
            return new StructType(fields.toArray(new FieldType[0]));
        }
        if (c.openIf("array")) {
            FieldType element = fieldType(c, cx);
            c.close();
            return new ArrayType(element);
        }
        return funcType(c, cx);
    }

    /** A field type (spec 6.4.7): {@code st} or {@code (mut st)}, st a value type or {@code i8}, {@code i16}. */
    private static FieldType fieldType(Cursor c, Context cx) {
        boolean mutable = c.openIf("mut");
        PackedType packed = c.at(Kind.KEYWORD) ? PackedType.ofText(c.peek().text()) : null;
        StorageType t;
        if (packed != null) {
            c.next();
            t = packed;
        } else {
            t = valType(c, cx);
        }
        if (mutable) {
            c.close();
        }
        return new FieldType(t, mutable);
    }

    /** {@code (func (param ...)* (result ...)*)} of a type definition. */
    static FuncType funcType(Cursor c, Context cx) {
        c.open("func");
        List<ValType> params = new ArrayList<>();
        params(c, cx, params, new ArrayList<>(), true);
        List<ValType> results = new ArrayList<>();
        results(c, cx, results);
        c.close();
        return of(params, results);
    }

    static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params.toArray(new ValType[0]), results.toArray(new ValType[0]));
    }

    /** {@code (param id? t)} or {@code (param t*)}, repeated; ids only where {@code named}. */
    static void params(Cursor c, Context cx, List<ValType> types, List<String> ids, boolean named) {
        while (c.atOpen("param")) {
            c.openIf("param");
            if (c.at(Kind.ID)) {
                if (!named) {
                    throw c.unexpected();
                }
                ids.add(c.next().idName());
                types.add(valType(c, cx));
            } else {
                while (!c.at(Kind.RPAREN)) {
                    types.add(valType(c, cx));
                    ids.add(null);
                }
            }
            c.close();
        }
    }

    static void results(Cursor c, Context cx, List<ValType> types) {
        while (c.openIf("result")) {
            while (!c.at(Kind.RPAREN)) {
                types.add(valType(c, cx));
            }
            c.close();
        }
    }

    /**
     * A type use {@code (type x)? (param ...)* (result ...)*}: an explicit index whose definition must agree
     * with any inline declarations, or else the index of the inline type (defined implicitly if needed).
     */
    static TypeUse typeUse(Cursor c, Context cx, boolean named) {
        Integer explicit = null;
        Token typeToken = c.peek();
        if (c.openIf("type")) {
            explicit = cx.index(c, Space.TYPE);
            c.close();
        }
        List<ValType> params = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        params(c, cx, params, ids, named);
        List<ValType> results = new ArrayList<>();
        results(c, cx, results);
        if (c.atOpen("param") || c.atOpen("type")) {
            throw c.unexpected(); // out of order: a syntax error, found before any check of the types
        }
        FuncType inline = of(params, results);
        String[] paramIds = ids.toArray(new String[0]);
        if (explicit == null) {
            return new TypeUse(cx.typeIndexOf(inline), paramIds);
        }
        if (!params.isEmpty() || !results.isEmpty()) {
            if (explicit >= cx.module.types.size()) {
                throw Cursor.error(typeToken, "unknown type");
            }
            if (!inline.equals(cx.module.funcTypeAt(explicit))) {
                throw Cursor.error(typeToken, "inline function type");
            }
        }
        return new TypeUse(explicit, paramIds);
    }

    /** An address type, {@code i32} or {@code i64}, which may be left out for i32 (spec 6.4.10). */
    static AddrType addrType(Cursor c) {
        if (c.atKeyword("i64")) {
            c.next();
            return AddrType.I64;
        }
        if (c.atKeyword("i32")) {
            c.next();
        }
        return AddrType.I32;
    }

    /** {@code min max?}: u64 in 3.0, u32 in 2.0. */
    static Limits limits(Cursor c) {
        long min = Literals.addressNumber(c);
        if (c.at(Kind.NUMBER)) {
            return new Limits(min, Literals.addressNumber(c), true);
        }
        return new Limits(min, -1, false);
    }

    /** {@code addrtype? limits reftype}. */
    static TableType tableType(Cursor c, Context cx) {
        return tableType(c, cx, addrType(c));
    }

    /** {@code limits reftype} after the address type. */
    static TableType tableType(Cursor c, Context cx, AddrType at) {
        Limits l = limits(c);
        return new TableType(at, l, refType(c, cx));
    }

    /** {@code addrtype? limits}. */
    static MemType memType(Cursor c) {
        return memType(c, addrType(c));
    }

    /** {@code limits} after the address type. */
    static MemType memType(Cursor c, AddrType at) {
        return new MemType(at, limits(c));
    }

    /** {@code t} or {@code (mut t)}. */
    static GlobalType globalType(Cursor c, Context cx) {
        if (c.openIf("mut")) {
            ValType t = valType(c, cx);
            c.close();
            return new GlobalType(t, true);
        }
        return new GlobalType(valType(c, cx), false);
    }
}
