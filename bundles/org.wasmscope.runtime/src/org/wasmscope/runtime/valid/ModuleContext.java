package org.wasmscope.runtime.valid;

import java.util.BitSet;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.TableType;
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
    private final FuncType[] funcs;
    private final TableType[] tables;
    private final MemType[] mems;
    private final GlobalType[] globals;
    /** How many globals, from index 0, are visible here (all but in the contexts of constant expressions). */
    private final int visibleGlobals;
    /** Each tag's function type (results checked to be empty by {@link #tag}'s users at module level). */
    private final FuncType[] tags;
    private final ValType[] elems;
    private final int datas;
    /** C.refs: the functions that may be referenced by ref.func (spec 3.4.10). */
    private final BitSet refs;

    private ModuleContext(Module module, FuncType[] funcs, TableType[] tables, MemType[] mems,
            GlobalType[] globals, int visibleGlobals, FuncType[] tags, ValType[] elems, int datas, BitSet refs) {
        this.module = module;
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

    /** The full context C of {@code m}; fails with "unknown type" if a function names a missing type. */
    static ModuleContext of(Module m) {
        FuncType[] funcs = new FuncType[m.funcCount()];
        for (int i = 0; i < funcs.length; i++) {
            funcs[i] = typeAt(m, m.funcTypeIndex(i));
        }
        TableType[] tables = new TableType[m.tableCount()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = m.tableType(i);
        }
        MemType[] mems = new MemType[m.memoryCount()];
        for (int i = 0; i < mems.length; i++) {
            mems[i] = m.memoryType(i);
        }
        GlobalType[] globals = new GlobalType[m.globalCount()];
        for (int i = 0; i < globals.length; i++) {
            globals[i] = m.globalType(i);
        }
        FuncType[] tags = new FuncType[m.tagCount()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = typeAt(m, m.tagType(i).typeIndex());
        }
        ValType[] elems = new ValType[m.elems.size()];
        for (int i = 0; i < elems.length; i++) {
            elems[i] = m.elems.get(i).type();
        }
        return new ModuleContext(m, funcs, tables, mems, globals, globals.length, tags, elems, m.datas.size(),
                declaredRefs(m));
    }

    /**
     * C' of the spec: a context for constant expressions, in which only the first {@code n} globals are
     * visible (the imported ones, and in 3.0 those defined before a global's own initializer).
     */
    ModuleContext globalsBefore(int n) {
        return new ModuleContext(module, funcs, tables, mems, globals, n, tags, elems, datas, refs);
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

    private static FuncType typeAt(Module m, int x) {
        if (x < 0 || x >= m.types.size()) {
            throw unknown("type", x);
        }
        return m.types.get(x);
    }

    static InvalidException unknown(String what, int x) {
        return new InvalidException("unknown " + what + " " + Integer.toUnsignedString(x));
    }

    FuncType type(int x) {
        return typeAt(module, x);
    }

    FuncType func(int x) {
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
        return tags[x];
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
