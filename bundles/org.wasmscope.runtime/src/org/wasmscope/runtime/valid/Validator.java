package org.wasmscope.runtime.valid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TagType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.syntax.Table;

/**
 * Module validation (spec 3.4.10), in the order of the reference interpreter so that a module with
 * several faults reports the same one: imports, tags, globals, tables, memories, segments, functions, start,
 * exports, and at most one memory (2.0). A global's initializer sees the imported globals and, in 3.0,
 * the globals defined before it; segments see the imported globals (2.0) or all (3.0).
 */
public final class Validator {
    private Validator() {
    }

    public static ValidModule validate(Module m) throws InvalidException {
        return check(m, fault -> {
            throw fault;
        });
    }

    /**
     * Every fault of {@code m}, for a person editing it (the testsuite wants the first only): each import,
     * tag, global, table, memory, segment and function checked on its own (a function up to its first
     * fault), then the start function, the exports and the number of memories. Empty if {@code m} is valid.
     * If the types themselves are faulty, that is the one fault: nothing else can be checked without them.
     */
    public static List<InvalidException> faults(Module m) {
        List<InvalidException> faults = new ArrayList<>();
        try {
            check(m, faults::add);
        } catch (InvalidException e) {
            faults.add(e);
        }
        return faults;
    }

    /** Validates {@code m}, passing each fault to {@code fault}, which may throw it. */
    private static ValidModule check(Module m, Consumer<InvalidException> fault) {
        ModuleContext c = ModuleContext.of(m);
        boolean v2 = m.version == SpecVersion.V2;
        int importedGlobals = m.importCount(ExternKind.GLOBAL);
        for (Import i : m.imports) {
            guard(fault, () -> importDesc(c, i));
        }
        for (TagType t : m.tags) {
            guard(fault, () -> TypeRules.tag(c.type(t.typeIndex())));
        }
        for (int i = 0; i < m.globals.size(); i++) {
            Global g = m.globals.get(i);
            ModuleContext visible = c.globalsBefore(importedGlobals + (v2 ? 0 : i));
            guard(fault, () -> ConstantValidator.validate(visible, g.init(), c.resolve(g.type().type())));
        }
        ModuleContext constants = v2 ? c.globalsBefore(importedGlobals) : c;
        for (Table t : m.tables) {
            // a table's initializer sees the imported globals only
            guard(fault, () -> table(c, c.globalsBefore(importedGlobals), t));
        }
        for (MemType t : m.memories) {
            guard(fault, () -> TypeRules.memory(t));
        }
        for (Elem e : m.elems) {
            guard(fault, () -> SegmentValidator.elem(constants, e));
        }
        for (Data d : m.datas) {
            guard(fault, () -> SegmentValidator.data(constants, d));
        }
        int imported = m.importCount(ExternKind.FUNC);
        FunctionCode[] code = new FunctionCode[m.funcs.size()];
        for (int i = 0; i < code.length; i++) {
            int k = i;
            guard(fault, () -> code[k] = CodeValidator.function(c, imported + k, m.funcs.get(k)));
        }
        if (m.start >= 0) {
            guard(fault, () -> start(c, m.start));
        }
        guard(fault, () -> exports(c, m));
        if (m.version == SpecVersion.V2 && c.memoryCount() > 1) {
            fault.accept(new InvalidException("multiple memories"));
        }
        return new ValidModule(c, code);
    }

    private static void guard(Consumer<InvalidException> fault, Runnable check) {
        try {
            check.run();
        } catch (InvalidException e) {
            fault.accept(e);
        }
    }

    /**
     * The type instruction {@code instrIndex} of function {@code funcIndex} (in the function index space)
     * has where it stands: what it consumes and produces there.
     */
    public static InstrType instrType(ValidModule vm, int funcIndex, int instrIndex) {
        return CodeValidator.instrType(vm.context, definedFunc(vm, funcIndex), instrIndex);
    }

    /**
     * The static operand types just before instruction {@code instrIndex} of function {@code funcIndex}
     * (in the function index space, so imports come first), bottom first; null entries stand for the
     * unknown types of unreachable code.
     */
    public static ValType[] operandTypesAt(ValidModule vm, int funcIndex, int instrIndex) {
        return operandTypes(vm, funcIndex).at(instrIndex);
    }

    /** The static operand types before every instruction of function {@code funcIndex}, found in one pass. */
    public static OperandTypes operandTypes(ValidModule vm, int funcIndex) {
        Func f = definedFunc(vm, funcIndex);
        return CodeValidator.operandTypes(vm.context, f, vm.context.type(f.typeIndex));
    }

    private static Func definedFunc(ValidModule vm, int funcIndex) {
        Module m = vm.module;
        int defined = funcIndex - m.importCount(ExternKind.FUNC);
        if (defined < 0 || defined >= m.funcs.size()) {
            throw new IllegalArgumentException("function " + funcIndex + " has no body in this module");
        }
        return m.funcs.get(defined);
    }

    /**
     * The static operand types before every instruction of {@code f}, a function of type {@code type} in
     * module {@code vm}'s context that need not be one of its functions (instantiation's code), in one pass.
     */
    public static OperandTypes operandTypes(ValidModule vm, Func f, FuncType type) {
        return CodeValidator.operandTypes(vm.context, f, type);
    }

    /**
     * Validates {@code f}, a function of type [] -> [] in module {@code vm}'s context outside its function
     * index space: the code instantiation executes (spec 4.5.4), made by the runtime, valid by construction.
     */
    public static FunctionCode instantiationCode(ValidModule vm, Func f) {
        return CodeValidator.function(vm.context, -1, new FuncType(new ValType[0], new ValType[0]), f);
    }

    /**
     * A table's elements start as its initializer's value, which must be of the element type, or as null,
     * which needs a nullable element type.
     */
    private static void table(ModuleContext c, ModuleContext constants, Table t) {
        TypeRules.table(t.type());
        ValType elem = c.resolve(t.type().elemType());
        if (t.init() != null) {
            ConstantValidator.validate(constants, t.init(), elem);
        } else if (!elem.nullable) {
            throw TypeStack.mismatch("a table of " + elem + " needs an initializer");
        }
    }

    private static void importDesc(ModuleContext c, Import i) {
        switch (i.kind()) {
            case FUNC -> c.type(i.typeIndex());
            case TABLE -> TypeRules.table(i.table());
            case MEMORY -> TypeRules.memory(i.memory());
            case GLOBAL -> {
            }
            case TAG -> TypeRules.tag(c.type(i.typeIndex()));
        }
    }

    /** The start function takes nothing and returns nothing. */
    private static void start(ModuleContext c, int x) {
        FuncType t = c.func(x);
        if (t.params.length != 0 || t.results.length != 0) {
            throw new InvalidException("start function must have type [] -> [], not " + t);
        }
    }

    /** Each export names an existing entity, and export names are distinct. */
    private static void exports(ModuleContext c, Module m) {
        Set<String> names = new HashSet<>();
        for (Export e : m.exports) {
            switch (e.kind()) {
                case FUNC -> c.func(e.index());
                case TABLE -> c.table(e.index());
                case MEMORY -> c.memory(e.index());
                case GLOBAL -> c.global(e.index());
                case TAG -> c.tag(e.index());
            }
            if (!names.add(e.name())) {
                throw new InvalidException("duplicate export name \"" + e.name() + "\"");
            }
        }
    }
}
