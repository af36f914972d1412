package org.wasmscope.runtime.exec;

import java.util.List;

import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.DataInst;
import org.wasmscope.runtime.store.ElemInst;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * Instantiation of a validated module (spec 4.5.4): match the imports, allocate the module's instances
 * (spec 4.5.3.8, allocmodule), run the active and declarative segments, then invoke the start function.
 * It lives beside the interpreter because it executes: constant expressions and the start function.
 *
 * <p>{@link #instantiate} does all of it. A caller that wants to run the start function itself, on a
 * machine or session it can pause or step, calls {@link #instantiateBeforeStart} and then invokes
 * {@link #startFunction}, as {@link #instantiate} would have.
 */
public final class Instantiator {
    private Instantiator() {
    }

    /**
     * Instantiates {@code vm} in {@code store}, taking its imports from {@code imports}, and invokes its
     * start function if it has one.
     *
     * @throws LinkException if an import is missing ("unknown import") or does not match its declared
     *                       type ("incompatible import type"); nothing is allocated then
     * @throws Trap          if a segment is out of bounds or the start function traps; what was written
     *                       before stays written (shared tables and memories see it), as the spec says
     */
    public static ModuleInst instantiate(Store store, ValidModule vm, Imports imports, String name)
            throws LinkException, Trap {
        ModuleInst inst = instantiateBeforeStart(store, vm, imports, name);
        FuncInst start = startFunction(inst);
        if (start != null) {
            Interpreter.invoke(store, start);
        }
        return inst;
    }

    /**
     * Instantiation up to, not including, the invocation of the start function: the instance is allocated
     * and its segments are initialized.
     *
     * @throws LinkException as {@link #instantiate}
     * @throws Trap          if a segment is out of bounds
     */
    public static ModuleInst instantiateBeforeStart(Store store, ValidModule vm, Imports imports, String name)
            throws LinkException, Trap {
        Module m = vm.module;
        ExternVal[] externs = resolveImports(vm, imports);

        ModuleInst inst = new ModuleInst(vm);
        inst.name = name != null ? name : m.names.module; // the name section's, if the caller has none
        allocate(store, vm, externs, inst);

        initializeElems(store, inst);
        initializeDatas(store, inst);
        return inst;
    }

    /** The function instantiation invokes last (the module's start function), or null if it has none. */
    public static FuncInst startFunction(ModuleInst inst) {
        return inst.module.start >= 0 ? inst.funcs[inst.module.start] : null;
    }

    /** Steps 3-4: one external value per import, each of the kind and type the import declares. */
    private static ExternVal[] resolveImports(ValidModule vm, Imports imports) throws LinkException {
        Module m = vm.module;
        ExternVal[] externs = new ExternVal[m.imports.size()];
        int[] indexOfKind = new int[ExternKind.values().length];
        for (int i = 0; i < externs.length; i++) {
            Import im = m.imports.get(i);
            int index = indexOfKind[im.kind().ordinal()]++;
            ExternVal ev = imports.resolve(im.module(), im.name());
            if (ev == null) {
                throw new LinkException("unknown import " + quoted(im));
            }
            if (!ExternTypes.matches(vm, im.kind(), index, ev)) {
                throw new LinkException("incompatible import type for " + quoted(im) + ": expected "
                        + ExternTypes.describe(vm, im.kind(), index) + ", got " + ExternTypes.describe(ev));
            }
            externs[i] = ev;
        }
        return externs;
    }

    private static String quoted(Import im) {
        return "\"" + im.module() + "\" \"" + im.name() + "\"";
    }

    /**
     * allocmodule (spec 4.5.3.8): imports first in each index space, then the module's own instances in
     * the order functions, tables, memories, tags, globals, element segments, data segments; then exports.
     * Global and element initializers are evaluated against the instance as far as it is built: the
     * functions (for ref.func) and the globals before them (imported ones, and in 3.0 earlier ones).
     */
    private static void allocate(Store store, ValidModule vm, ExternVal[] externs, ModuleInst inst) {
        Module m = vm.module;
        inst.types = vm.types;
        inst.funcs = new FuncInst[m.funcCount()];
        inst.tables = new TableInst[m.tableCount()];
        inst.memories = new MemInst[m.memoryCount()];
        inst.globals = new GlobalInst[m.globalCount()];
        inst.tags = new TagInst[m.tagCount()];
        int nf = 0, nt = 0, nm = 0, ng = 0, nx = 0;
        for (ExternVal ev : externs) {
            switch (ev.kind()) {
                case FUNC -> inst.funcs[nf++] = ev.func();
                case TABLE -> inst.tables[nt++] = ev.table();
                case MEMORY -> inst.memories[nm++] = ev.memory();
                case GLOBAL -> inst.globals[ng++] = ev.global();
                case TAG -> inst.tags[nx++] = ev.tag();
            }
        }
        for (int i = 0; i < m.funcs.size(); i++) {
            Func f = m.funcs.get(i);
            inst.funcs[nf] = store.allocFunc(vm.funcs[nf], inst, nf, f, vm.code[i]);
            nf++;
        }
        while (nt < inst.tables.length) {
            Instr[] init = m.tables.get(nt - m.importCount(ExternKind.TABLE)).init();
            long ref = init == null ? Value.NULL_REF : ConstEval.eval(store, inst, init).bits();
            inst.tables[nt] = store.allocTable(vm.tables[nt], ref);
            nt++;
        }
        for (var mt : m.memories) {
            inst.memories[nm++] = store.allocMemory(mt);
        }
        while (nx < inst.tags.length) {
            inst.tags[nx] = store.allocTag(vm.tags[nx]);
            nx++;
        }
        for (Global g : m.globals) {
            Value init = ConstEval.eval(store, inst, g.init());
            inst.globals[ng] = store.allocGlobal(vm.globals[ng], init);
            ng++;
        }
        inst.elems = new ElemInst[m.elems.size()];
        for (int i = 0; i < inst.elems.length; i++) {
            Elem e = m.elems.get(i);
            long[] refs = new long[e.init().length];
            for (int j = 0; j < refs.length; j++) {
                refs[j] = ConstEval.eval(store, inst, e.init()[j]).bits();
            }
            inst.elems[i] = store.allocElem(vm.elems[i], refs);
        }
        inst.datas = new DataInst[m.datas.size()];
        for (int i = 0; i < inst.datas.length; i++) {
            inst.datas[i] = store.allocData(m.datas.get(i).init());
        }
        for (Export x : m.exports) {
            inst.exports.put(x.name(), exportValue(inst, x));
        }
    }

    private static ExternVal exportValue(ModuleInst inst, Export x) {
        return switch (x.kind()) {
            case FUNC -> ExternVal.of(inst.funcs[x.index()]);
            case TABLE -> ExternVal.of(inst.tables[x.index()]);
            case MEMORY -> ExternVal.of(inst.memories[x.index()]);
            case GLOBAL -> ExternVal.of(inst.globals[x.index()]);
            case TAG -> ExternVal.of(inst.tags[x.index()]);
        };
    }

    /**
     * Steps 11-12 (2.0): each active segment runs as {@code table.init} then {@code elem.drop}, each
     * declarative one as {@code elem.drop}, in segment order.
     */
    private static void initializeElems(Store store, ModuleInst inst) {
        List<Elem> elems = inst.module.elems;
        for (int i = 0; i < elems.size(); i++) {
            Elem e = elems.get(i);
            if (e.mode() == SegmentMode.ACTIVE) {
                long offset = offset(store, inst, e.offset());
                tableInit(inst.tables[e.table()], inst.elems[i], offset);
                inst.elems[i].drop();
            } else if (e.mode() == SegmentMode.DECLARATIVE) {
                inst.elems[i].drop();
            }
        }
    }

    /** table.init of a whole segment at {@code offset} (spec 4.4.6.9): bounds first, then copy. */
    private static void tableInit(TableInst table, ElemInst elem, long offset) {
        long[] refs = elem.refs();
        if (refs.length > table.size() || Long.compareUnsigned(offset, table.size() - refs.length) > 0) {
            throw new Trap("out of bounds table access");
        }
        System.arraycopy(refs, 0, table.elements(), (int) offset, refs.length);
    }

    /** Step 13 (2.0): each active data segment runs as {@code memory.init} then {@code data.drop}. */
    private static void initializeDatas(Store store, ModuleInst inst) {
        List<Data> datas = inst.module.datas;
        for (int i = 0; i < datas.size(); i++) {
            Data d = datas.get(i);
            if (d.mode() == SegmentMode.ACTIVE) {
                long offset = offset(store, inst, d.offset());
                memoryInit(inst.memories[d.memory()], inst.datas[i], offset);
                inst.datas[i].drop();
            }
        }
    }

    /** memory.init of a whole segment at {@code offset} (spec 4.4.7.13): bounds first, then copy. */
    private static void memoryInit(MemInst memory, DataInst data, long offset) {
        byte[] bytes = data.bytes();
        if (bytes.length > memory.bytes().length
                || Long.compareUnsigned(offset, memory.bytes().length - bytes.length) > 0) {
            throw new Trap("out of bounds memory access");
        }
        System.arraycopy(bytes, 0, memory.bytes(), (int) offset, bytes.length);
    }

    /** A segment offset as an unsigned address: an i32, or an i64 for a 64-bit table or memory (3.0). */
    private static long offset(Store store, ModuleInst inst, Instr[] expr) {
        Value v = ConstEval.eval(store, inst, expr);
        return v.type() == ValType.I64 ? v.bits() : v.asInt() & 0xFFFF_FFFFL;
    }
}
