package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.runtime.tests.valid.Mod.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.TableType;

/** Module-level rules (spec 3.2, 3.4): types of imports, limits, globals, segments, start, exports. */
class ModuleRulesTest {

    @Test
    void memoryLimits() {
        Mod ok = new Mod();
        ok.m.memories.add(new MemType(new Limits(1, 65536)));
        ok.valid();
        Mod big = new Mod();
        big.m.memories.add(new MemType(new Limits(65537, -1)));
        big.invalid("memory size must be at most 65536 pages (4GiB)");
        Mod bigMax = new Mod();
        bigMax.m.memories.add(new MemType(new Limits(0, 0xFFFF_FFFFL)));
        bigMax.invalid("memory size must be at most 65536 pages (4GiB)");
        Mod minMax = new Mod();
        minMax.m.memories.add(new MemType(new Limits(2, 1)));
        minMax.invalid("size minimum must not be greater than maximum");
        Mod imported = new Mod();
        imported.m.imports.add(Import.memory("m", "mem", new MemType(new Limits(70000, -1))));
        imported.invalid("memory size must be at most 65536 pages (4GiB)");
    }

    @Test
    void tableLimits() {
        Mod ok = new Mod();
        ok.m.tables.add(new TableType(new Limits(0, 0xFFFF_FFFFL), FUNCREF));
        ok.m.tables.add(new TableType(new Limits(3, -1), EXTERNREF)); // 2.0 allows several tables
        ok.valid();
        Mod minMax = new Mod();
        minMax.m.tables.add(new TableType(new Limits(10, 9), FUNCREF));
        minMax.invalid("size minimum must not be greater than maximum");
    }

    @Test
    void multipleMemories() {
        Mod two = new Mod();
        two.m.memories.add(new MemType(new Limits(0, -1)));
        two.m.memories.add(new MemType(new Limits(0, -1)));
        two.invalid("multiple memories");
        Mod importedAndDefined = new Mod();
        importedAndDefined.m.imports.add(Import.memory("spectest", "memory", new MemType(new Limits(1, 2))));
        importedAndDefined.m.memories.add(new MemType(new Limits(0, -1)));
        importedAndDefined.invalid("multiple memories");
    }

    @Test
    void unknownTypes() {
        Mod imp = new Mod();
        imp.m.imports.add(Import.func("m", "f", 0));
        imp.invalid("unknown type 0");
        Mod def = new Mod();
        def.func(3, t());
        def.invalid("unknown type 3");
    }

    @Test
    void startFunction() {
        Mod ok = new Mod().func(t(), t());
        ok.m.start = 0;
        ok.valid();
        Mod result = new Mod().func(t(), t(I32), i32(0));
        result.m.start = 0;
        result.invalid("start function");
        Mod param = new Mod().func(t(I32), t());
        param.m.start = 0;
        param.invalid("start function");
        Mod unknown = new Mod().func(t(), t());
        unknown.m.start = 1;
        unknown.invalid("unknown function 1");
    }

    @Test
    void exports() {
        Mod ok = new Mod().func(t(), t());
        ok.m.memories.add(new MemType(new Limits(0, -1)));
        ok.m.exports.add(new Export("f", ExternKind.FUNC, 0));
        ok.m.exports.add(new Export("m", ExternKind.MEMORY, 0));
        ok.valid();
        Mod dup = new Mod().func(t(), t());
        dup.m.exports.add(new Export("a", ExternKind.FUNC, 0));
        dup.m.exports.add(new Export("a", ExternKind.FUNC, 0));
        dup.invalid("duplicate export name");
        for (ExternKind k : ExternKind.values()) {
            Mod missing = new Mod();
            missing.m.exports.add(new Export("x", k, 0));
            missing.invalid("unknown " + (k == ExternKind.FUNC ? "function" : k.text) + " 0");
        }
    }

    @Test
    void globalInitializers() {
        Mod ok = new Mod();
        ok.m.imports.add(Import.global("m", "g", new GlobalType(I32, false)));
        ok.m.globals.add(new Global(new GlobalType(I32, true), expr(op(Opcode.GLOBAL_GET, 0))));
        ok.m.globals.add(new Global(new GlobalType(FUNCREF, false), expr(refNull(FUNCREF))));
        ok.m.globals.add(new Global(new GlobalType(V128, false), expr(v128())));
        ok.valid();

        global(I32, expr(op(Opcode.I32_CONST, 0), op(Opcode.I32_CTZ))).invalid("constant expression required");
        global(I32, expr(op(Opcode.NOP))).invalid("constant expression required");
        global(I32, expr(op(Opcode.LOCAL_GET, 0))).invalid("constant expression required");
        global(I32, expr(f32(0))).invalid("type mismatch");
        global(I32, expr(i32(0), i32(0))).invalid("type mismatch");
        global(I32, expr()).invalid("type mismatch");
        // 2.0: only imported globals are visible in initializers
        Mod own = global(I32, expr(i32(0)));
        own.m.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 0))));
        own.invalid("unknown global 0");
        Mod mutable = new Mod();
        mutable.m.imports.add(Import.global("m", "g", new GlobalType(I32, true)));
        mutable.m.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 0))));
        mutable.invalid("constant expression required");
        Mod wrongRef = new Mod();
        wrongRef.m.imports.add(Import.global("m", "g", new GlobalType(EXTERNREF, false)));
        wrongRef.m.globals.add(new Global(new GlobalType(FUNCREF, false), expr(op(Opcode.GLOBAL_GET, 0))));
        wrongRef.invalid("type mismatch");
    }

    private static Mod global(org.wasmscope.runtime.syntax.ValType t, Instr[] init) {
        Mod m = new Mod();
        m.m.globals.add(new Global(new GlobalType(t, false), init));
        return m;
    }

    @Test
    void elementSegments() {
        Mod ok = new Mod().func(t(), t());
        ok.m.tables.add(new TableType(new Limits(1, -1), FUNCREF));
        ok.m.elems.add(new Elem(FUNCREF, new Instr[][] {expr(op(Opcode.REF_FUNC, 0)), expr(refNull(FUNCREF))},
                SegmentMode.ACTIVE, 0, expr(i32(0))));
        ok.m.elems.add(new Elem(EXTERNREF, new Instr[][] {expr(refNull(EXTERNREF))}, SegmentMode.PASSIVE, -1, null));
        ok.valid();

        Mod noTable = new Mod();
        noTable.m.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(i32(0))));
        noTable.invalid("unknown table 0");
        Mod wrongTable = new Mod();
        wrongTable.m.tables.add(new TableType(new Limits(1, -1), EXTERNREF));
        wrongTable.m.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(i32(0))));
        wrongTable.invalid("type mismatch");
        Mod badOffset = new Mod();
        badOffset.m.tables.add(new TableType(new Limits(1, -1), FUNCREF));
        badOffset.m.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(i64(0))));
        badOffset.invalid("type mismatch");
        Mod badInit = new Mod();
        badInit.m.elems.add(new Elem(FUNCREF, new Instr[][] {expr(refNull(EXTERNREF))}, SegmentMode.PASSIVE, -1, null));
        badInit.invalid("type mismatch");
        Mod unknownGlobal = new Mod();
        unknownGlobal.m.tables.add(new TableType(new Limits(1, -1), FUNCREF));
        unknownGlobal.m.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(op(Opcode.GLOBAL_GET, 0))));
        unknownGlobal.invalid("unknown global 0");
    }

    @Test
    void dataSegments() {
        Mod ok = new Mod();
        ok.m.memories.add(new MemType(new Limits(1, -1)));
        ok.m.datas.add(new Data(new byte[] {1}, SegmentMode.ACTIVE, 0, expr(i32(0))));
        ok.m.datas.add(new Data(new byte[] {1}, SegmentMode.PASSIVE, 0, null));
        ok.valid();
        Mod noMemory = new Mod();
        noMemory.m.datas.add(new Data(new byte[0], SegmentMode.ACTIVE, 0, expr(i32(0))));
        noMemory.invalid("unknown memory 0");
        Mod memory1 = new Mod();
        memory1.m.memories.add(new MemType(new Limits(1, -1)));
        memory1.m.datas.add(new Data(new byte[0], SegmentMode.ACTIVE, 1, expr(i32(0))));
        memory1.invalid("unknown memory 1");
        Mod offset = new Mod();
        offset.m.memories.add(new MemType(new Limits(1, -1)));
        offset.m.datas.add(new Data(new byte[0], SegmentMode.ACTIVE, 0, expr(op(Opcode.NOP))));
        offset.invalid("constant expression required");
    }

    @Test
    void declaredFunctionReferences() {
        Instr[] body = {op(Opcode.REF_FUNC, 0), op(Opcode.DROP)};
        new Mod().func(t(), t(), body).invalid("undeclared function reference");
        Mod started = new Mod().func(t(), t(), body);
        started.m.start = 0; // the start function does not declare a reference
        started.invalid("undeclared function reference");
        Mod exported = new Mod().func(t(), t(), body);
        exported.m.exports.add(new Export("f", ExternKind.FUNC, 0));
        exported.valid();
        Mod declared = new Mod().func(t(), t(), body);
        declared.m.elems.add(new Elem(FUNCREF, new Instr[][] {expr(op(Opcode.REF_FUNC, 0))}, SegmentMode.DECLARATIVE,
                -1, null));
        declared.valid();
        Mod inGlobal = new Mod().func(t(), t(), body);
        inGlobal.m.globals.add(new Global(new GlobalType(FUNCREF, false), expr(op(Opcode.REF_FUNC, 0))));
        inGlobal.valid();
        new Mod().func(t(), t(), op(Opcode.REF_FUNC, 7), op(Opcode.DROP)).invalid("unknown function 7");
    }

    @Test
    void errorsCarryTheInstructionPosition() {
        Instr bad = op(Opcode.LOCAL_GET, 2);
        bad.line = 3;
        bad.column = 7;
        assertEquals(3, invalidFunc("unknown local 2", t(), t(), bad).line);
        Instr atOffset = op(Opcode.I32_ADD);
        atOffset.offset = 0x2a;
        assertEquals(0x2a, invalidFunc("type mismatch", t(), t(I32), i32(1), atOffset).offset);
    }
}
