package org.wasmscope.runtime.exec;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/**
 * Instantiation of a validated module (spec 4.5.4): match the imports, allocate the module's instances
 * (spec 4.5.3.8, allocmodule), then execute what instantiation executes: the active and declarative
 * segments' initialization as the instruction sequences the spec gives for them, and the start function.
 * It lives beside the interpreter because it executes: constant expressions and that code.
 *
 * <p>{@link #instantiate} does all of it. A caller that wants to run the code itself, on a session it can
 * pause or step, calls {@link #allocate} and then invokes {@link #initialization} (if not null), as
 * {@link #instantiate} would have.
 */
public final class Instantiator {
    private Instantiator() {
    }

    /**
     * Instantiates {@code vm} in {@code store}, taking its imports from {@code imports}: allocates it, then
     * runs its segments' initialization and its start function.
     *
     * @throws LinkException if an import is missing ("unknown import") or does not match its declared
     *                       type ("incompatible import type"); nothing is allocated then
     * @throws Trap          if a segment is out of bounds or the start function traps; what was written
     *                       before stays written (shared tables and memories see it), as the spec says
     */
    public static ModuleInst instantiate(Store store, ValidModule vm, Imports imports, String name)
            throws LinkException, Trap {
        ModuleInst inst = allocate(store, vm, imports, name);
        FuncInst init = initialization(inst);
        if (init != null) {
            Interpreter.invoke(store, init);
        }
        return inst;
    }

    /**
     * Instantiation up to, not including, the code it executes: the imports matched and the instance
     * allocated, its segments not yet written to any table or memory.
     *
     * @throws LinkException as {@link #instantiate}
     */
    public static ModuleInst allocate(Store store, ValidModule vm, Imports imports, String name)
            throws LinkException {
        Module m = vm.module;
        ExternVal[] externs = resolveImports(vm, imports);
        ModuleInst inst = new ModuleInst(vm);
        inst.name = name != null ? name : m.names.module; // the name section's, if the caller has none
        allocate(store, vm, externs, inst);
        return inst;
    }

    /**
     * The code instantiation executes once {@code inst} is allocated (spec 4.5.4), as a function of type
     * [] -> [] ({@link FuncInst#instantiation}): for each active element segment i, its offset expression
     * then {@code (i32.const 0) (i32.const n) (table.init x i) (elem.drop i)}; for each declarative one
     * {@code (elem.drop i)}; for each active data segment i, its offset expression then
     * {@code (i32.const 0) (i32.const n) (memory.init x i) (data.drop i)}; then {@code (call start)}. Null
     * when there is none of these. The instructions a segment adds carry its offset expression's position.
     */
    public static FuncInst initialization(ModuleInst inst) {
        Module m = inst.module;
        List<Instr> code = new ArrayList<>();
        for (int i = 0; i < m.elems.size(); i++) {
            Elem e = m.elems.get(i);
            if (e.mode() == SegmentMode.ACTIVE) {
                segment(code, e.offset(), e.init().length, Opcode.TABLE_INIT, e.table(), i, Opcode.ELEM_DROP);
            } else if (e.mode() == SegmentMode.DECLARATIVE) {
                code.add(Instr.of(Opcode.ELEM_DROP, i));
            }
        }
        for (int i = 0; i < m.datas.size(); i++) {
            Data d = m.datas.get(i);
            if (d.mode() == SegmentMode.ACTIVE) {
                segment(code, d.offset(), d.init().length, Opcode.MEMORY_INIT, d.memory(), i, Opcode.DATA_DROP);
            }
        }
        if (m.start >= 0) {
            code.add(Instr.of(Opcode.CALL, m.start));
        }
        if (code.isEmpty()) {
            return null;
        }
        code.add(new Instr(Opcode.END));
        Func f = new Func(-1, new ValType[0], code.toArray(Instr[]::new), -1);
        return FuncInst.instantiation(inst, f, Validator.instantiationCode(inst.valid, f));
    }

    /**
     * An active segment's initialization: its offset expression (without its end), then
     * {@code (i32.const 0) (i32.const n) (init x segment) (drop segment)}.
     */
    private static void segment(List<Instr> code, Instr[] offset, int n, Opcode init, int target, int segment,
            Opcode drop) {
        Instr position = offset[0];
        code.addAll(Arrays.asList(offset).subList(0, offset.length - 1));
        Instr copy = Instr.of(init, segment);
        copy.y = target;
        for (Instr in : List.of(Instr.constant(Opcode.I32_CONST, 0), Instr.constant(Opcode.I32_CONST, n), copy,
                Instr.of(drop, segment))) {
            in.offset = position.offset;
            in.line = position.line;
            in.column = position.column;
            code.add(in);
        }
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
}
