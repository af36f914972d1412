package org.wasmscope.runtime.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.TableType;
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
        return c.at(Kind.KEYWORD) && ValType.ofText(c.peek().text()) != null;
    }

    static ValType valType(Cursor c) {
        Token t = c.peek();
        ValType v = t.kind() == Kind.KEYWORD ? ValType.ofText(t.text()) : null;
        if (v == null) {
            throw c.unexpected();
        }
        c.next();
        return v;
    }

    static ValType refType(Cursor c) {
        if (c.atKeyword("funcref") || c.atKeyword("externref") || c.atKeyword("exnref")) {
            return valType(c);
        }
        throw c.unexpected();
    }

    /** {@code func}, {@code extern} or {@code exn}, the heap type of ref.null. */
    static ValType heapType(Cursor c) {
        if (c.atKeyword("func")) {
            c.next();
            return ValType.FUNCREF;
        }
        if (c.atKeyword("extern")) {
            c.next();
            return ValType.EXTERNREF;
        }
        if (c.atKeyword("exn")) {
            c.next();
            return ValType.EXNREF;
        }
        throw c.unexpected();
    }

    /** {@code (func (param ...)* (result ...)*)} of a type definition. */
    static FuncType funcType(Cursor c) {
        c.open("func");
        List<ValType> params = new ArrayList<>();
        params(c, params, new ArrayList<>(), true);
        List<ValType> results = new ArrayList<>();
        results(c, results);
        c.close();
        return of(params, results);
    }

    static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params.toArray(new ValType[0]), results.toArray(new ValType[0]));
    }

    /** {@code (param id? t)} or {@code (param t*)}, repeated; ids only where {@code named}. */
    static void params(Cursor c, List<ValType> types, List<String> ids, boolean named) {
        while (c.atOpen("param")) {
            c.openIf("param");
            if (c.at(Kind.ID)) {
                if (!named) {
                    throw c.unexpected();
                }
                ids.add(c.next().idName());
                types.add(valType(c));
            } else {
                while (!c.at(Kind.RPAREN)) {
                    types.add(valType(c));
                    ids.add(null);
                }
            }
            c.close();
        }
    }

    static void results(Cursor c, List<ValType> types) {
        while (c.openIf("result")) {
            while (!c.at(Kind.RPAREN)) {
                types.add(valType(c));
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
        params(c, params, ids, named);
        List<ValType> results = new ArrayList<>();
        results(c, results);
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
            if (!cx.module.types.get(explicit).equals(inline)) {
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
    static TableType tableType(Cursor c) {
        return tableType(c, addrType(c));
    }

    /** {@code limits reftype} after the address type. */
    static TableType tableType(Cursor c, AddrType at) {
        Limits l = limits(c);
        return new TableType(at, l, refType(c));
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
    static GlobalType globalType(Cursor c) {
        if (c.openIf("mut")) {
            ValType t = valType(c);
            c.close();
            return new GlobalType(t, true);
        }
        return new GlobalType(valType(c), false);
    }
}
