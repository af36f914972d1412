package org.wasmscope.runtime.valid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.HeapType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.RecGroup;
import org.wasmscope.runtime.syntax.SubType;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TypeIdx;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The validation context C of a module (spec 3.1.1): the types of everything an instruction may refer to.
 * Locals, labels and the return type are per function and live in {@link CodeValidator}.
 *
 * <p>Each lookup fails with the spec's "unknown ..." error, naming the index as the reference interpreter
 * does ("unknown global 3").
 */
final class ModuleContext {
    final Module module;
    /** The canonical types of the type index space. */
    final DefType[] types;
    /** The index spaces, imports first, with resolved types. */
    final DefType[] funcs;
    final TableType[] tables;
    final MemType[] mems;
    final GlobalType[] globals;
    /** How many globals, from index 0, are visible here (all but in the contexts of constant expressions). */
    private final int visibleGlobals;
    /** Each tag's function type (results checked to be empty by {@link #tag}'s users at module level). */
    final DefType[] tags;
    final ValType[] elems;
    private final int datas;
    /** C.refs: the functions that may be referenced by ref.func (spec 3.4.10). */
    private final BitSet refs;

    private ModuleContext(Module module, DefType[] types, DefType[] funcs, TableType[] tables, MemType[] mems,
            GlobalType[] globals, int visibleGlobals, DefType[] tags, ValType[] elems, int datas, BitSet refs) {
        this.module = module;
        this.types = types;
        this.funcs = funcs;
        this.tables = tables;
        this.mems = mems;
        this.globals = globals;
        this.visibleGlobals = visibleGlobals;
        this.tags = tags;
        this.elems = elems;
        this.datas = datas;
        this.refs = refs;
    }

    /**
     * The full context C of {@code m}, its types canonicalized and every type in it resolved; fails with
     * "unknown type" if a type names a missing one.
     */
    static ModuleContext of(Module m) {
        DefType[] types = canonicalTypes(m);
        DefType[] funcs = new DefType[m.funcCount()];
        for (int i = 0; i < funcs.length; i++) {
            funcs[i] = funcTypeAt(types, m.funcTypeIndex(i));
        }
        TableType[] tables = new TableType[m.tableCount()];
        for (int i = 0; i < tables.length; i++) {
            TableType t = m.tableType(i);
            tables[i] = t.withElemType(resolve(types, t.elemType()));
        }
        MemType[] mems = new MemType[m.memoryCount()];
        for (int i = 0; i < mems.length; i++) {
            mems[i] = m.memoryType(i);
        }
        GlobalType[] globals = new GlobalType[m.globalCount()];
        for (int i = 0; i < globals.length; i++) {
            GlobalType g = m.globalType(i);
            globals[i] = new GlobalType(resolve(types, g.type()), g.mutable());
        }
        DefType[] tags = new DefType[m.tagCount()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = funcTypeAt(types, m.tagType(i).typeIndex());
        }
        ValType[] elems = new ValType[m.elems.size()];
        for (int i = 0; i < elems.length; i++) {
            elems[i] = resolve(types, m.elems.get(i).type());
        }
        return new ModuleContext(m, types, funcs, tables, mems, globals, globals.length, tags, elems, m.datas.size(),
                declaredRefs(m));
    }

    /**
     * The canonical types of the module's type index space (spec 3.2.6, 3.4.1), group by group: each
     * recursive group is rolled up (references to earlier groups become their canonical types, references
     * into the group group-relative indices) and interned, then each sub type is checked against its
     * supertype.
     */
    private static DefType[] canonicalTypes(Module m) {
        DefType[] types = new DefType[m.types.size()];
        for (int g = 0; g < m.recStarts.size(); g++) {
            int start = m.recStarts.get(g);
            int end = m.recEnd(g);
            List<SubType> rolled = new ArrayList<>();
            for (int x = start; x < end; x++) {
                SubType s = m.types.get(x);
                if (s.supers.length > 1) {
                    throw new InvalidException("multiple supertypes");
                }
                HeapType[] supers = new HeapType[s.supers.length];
                for (int k = 0; k < supers.length; k++) {
                    int sx = ((TypeIdx) s.supers[k]).index();
                    if (sx < 0 || sx >= x) {
                        throw unknown("type", sx);
                    }
                    supers[k] = roll(types, start, end, s.supers[k]);
                }
                rolled.add(new SubType(s.isFinal, supers, s.comp.map(h -> roll(types, start, end, h))));
            }
            RecGroup group = RecGroup.of(rolled);
            for (int x = start; x < end; x++) {
                types[x] = group.type(x - start);
                SubType s = m.types.get(x);
                if (s.supers.length == 1) {
                    checkSupertype(x, types[x], ((TypeIdx) s.supers[0]).index());
                }
            }
        }
        return types;
    }

    private static HeapType roll(DefType[] types, int start, int end, HeapType h) {
        if (!(h instanceof TypeIdx t)) {
            return h;
        }
        int x = t.index();
        if (x < 0 || x >= end) {
            throw unknown("type", x);
        }
        return x < start ? types[x] : new TypeIdx(x - start);
    }

    /** A sub type's supertype is not final, and its composite type matches the supertype's (spec 3.2.7). */
    private static void checkSupertype(int x, DefType t, int superIndex) {
        DefType sup = t.superType();
        if (sup.isFinal) {
            throw new InvalidException("sub type " + x + " has final super type " + superIndex);
        }
        if (!t.comp().matches(sup.comp())) {
            throw new InvalidException("sub type " + x + " does not match super type " + superIndex);
        }
    }

    /** The value type {@code t} with its type index replaced by the canonical type; "unknown type" if there is none. */
    static ValType resolve(DefType[] types, ValType t) {
        if (t != null && t.heap instanceof TypeIdx x && (x.index() < 0 || x.index() >= types.length)) {
            throw unknown("type", x.index());
        }
        return t == null ? null : t.resolve(types);
    }

    ValType resolve(ValType t) {
        return resolve(types, t);
    }

    ValType[] resolve(ValType[] ts) {
        ValType[] resolved = new ValType[ts.length];
        for (int i = 0; i < ts.length; i++) {
            resolved[i] = resolve(ts[i]);
        }
        return resolved;
    }

    /**
     * C' of the spec: a context for constant expressions, in which only the first {@code n} globals are
     * visible (the imported ones, and in 3.0 those defined before a global's own initializer).
     */
    ModuleContext globalsBefore(int n) {
        return new ModuleContext(module, types, funcs, tables, mems, globals, n, tags, elems, datas, refs);
    }

    /**
     * C.refs: every function index occurring in the module outside function bodies and the start
     * function: in global initializers, element segments, data offsets and function exports.
     */
    private static BitSet declaredRefs(Module m) {
        BitSet refs = new BitSet();
        for (Global g : m.globals) {
            addRefs(refs, g.init());
        }
        for (Table t : m.tables) {
            addRefs(refs, t.init());
        }
        for (Elem e : m.elems) {
            for (Instr[] init : e.init()) {
                addRefs(refs, init);
            }
            addRefs(refs, e.offset());
        }
        for (Data d : m.datas) {
            addRefs(refs, d.offset());
        }
        for (Export e : m.exports) {
            if (e.kind() == ExternKind.FUNC && e.index() >= 0) {
                refs.set(e.index());
            }
        }
        return refs;
    }

    private static void addRefs(BitSet refs, Instr[] expr) {
        if (expr == null) {
            return;
        }
        for (Instr i : expr) {
            if (i.op == Opcode.REF_FUNC && i.x >= 0) {
                refs.set(i.x);
            }
        }
    }

    private static DefType typeAt(DefType[] types, int x) {
        if (x < 0 || x >= types.length) {
            throw unknown("type", x);
        }
        return types[x];
    }

    /** The function type at type index x. */
    private static DefType funcTypeAt(DefType[] types, int x) {
        DefType t = typeAt(types, x);
        if (!t.isFunc()) {
            throw TypeStack.mismatch("type " + x + " is not a function type");
        }
        return t;
    }

    static InvalidException unknown(String what, int x) {
        return new InvalidException("unknown " + what + " " + Integer.toUnsignedString(x));
    }

    /** The defined type at type index x. */
    DefType defType(int x) {
        return typeAt(types, x);
    }

    /** The function type at type index x, resolved. */
    FuncType type(int x) {
        return funcTypeAt(types, x).func();
    }

    /** The type of function x, resolved. */
    FuncType func(int x) {
        return funcDef(x).func();
    }

    /** The defined type of function x. */
    DefType funcDef(int x) {
        if (x < 0 || x >= funcs.length) {
            throw unknown("function", x);
        }
        return funcs[x];
    }

    TableType table(int x) {
        if (x < 0 || x >= tables.length) {
            throw unknown("table", x);
        }
        return tables[x];
    }

    MemType memory(int x) {
        if (x < 0 || x >= mems.length) {
            throw unknown("memory", x);
        }
        return mems[x];
    }

    GlobalType global(int x) {
        if (x < 0 || x >= visibleGlobals) {
            throw unknown("global", x);
        }
        return globals[x];
    }

    /** The function type of tag {@code x}: its parameters are the exception's payload. */
    FuncType tag(int x) {
        if (x < 0 || x >= tags.length) {
            throw unknown("tag", x);
        }
        return tags[x].func();
    }

    ValType elem(int x) {
        if (x < 0 || x >= elems.length) {
            throw unknown("elem segment", x);
        }
        return elems[x];
    }

    void data(int x) {
        if (x < 0 || x >= datas) {
            throw unknown("data segment", x);
        }
    }

    /** ref.func x needs x in C.refs, so that every referenced function is known before any code runs. */
    void declaredRef(int x) {
        func(x);
        if (!refs.get(x)) {
            throw new InvalidException("undeclared function reference");
        }
    }

    int memoryCount() {
        return mems.length;
    }
}
