package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.AddrType;
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
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.tests.support.ModuleBuilder;

/** Module-level rules (spec 3.2, 3.4): types of imports, limits, globals, segments, start, exports. */
class ModuleRulesTest {

    @Test
    void memoryLimits() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.module.memories.add(new MemType(new Limits(1, 65536)));
        ok.valid();
        ModuleBuilder big = new ModuleBuilder();
        big.module.memories.add(new MemType(new Limits(65537, -1)));
        big.invalid("memory size must be at most 65536 pages (4GiB)");
        ModuleBuilder bigMax = new ModuleBuilder();
        bigMax.module.memories.add(new MemType(new Limits(0, 0xFFFF_FFFFL)));
        bigMax.invalid("memory size must be at most 65536 pages (4GiB)");
        ModuleBuilder minMax = new ModuleBuilder();
        minMax.module.memories.add(new MemType(new Limits(2, 1)));
        minMax.invalid("size minimum must not be greater than maximum");
        ModuleBuilder imported = new ModuleBuilder();
        imported.module.imports.add(Import.memory("m", "mem", new MemType(new Limits(70000, -1))));
        imported.invalid("memory size must be at most 65536 pages (4GiB)");
    }

    @Test
    void tableLimits() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.module.tables.add(Table.of(new TableType(new Limits(0, 0xFFFF_FFFFL), FUNCREF)));
        ok.module.tables.add(Table.of(new TableType(new Limits(3, -1), EXTERNREF))); // 2.0 allows several tables
        ok.valid();
        ModuleBuilder minMax = new ModuleBuilder();
        minMax.module.tables.add(Table.of(new TableType(new Limits(10, 9), FUNCREF)));
        minMax.invalid("size minimum must not be greater than maximum");
    }

    @Test
    void multipleMemoriesOnlyIn30() {
        ModuleBuilder two = new ModuleBuilder();
        two.module.memories.add(new MemType(new Limits(0, -1)));
        two.module.memories.add(new MemType(new Limits(0, -1)));
        two.valid();
        two.module.version = SpecVersion.V2;
        two.invalid("multiple memories");
        ModuleBuilder importedAndDefined = new ModuleBuilder();
        importedAndDefined.module.version = SpecVersion.V2;
        importedAndDefined.module.imports.add(Import.memory("spectest", "memory", new MemType(new Limits(1, 2))));
        importedAndDefined.module.memories.add(new MemType(new Limits(0, -1)));
        importedAndDefined.invalid("multiple memories");
    }

    @Test
    void limitsByAddressType() {
        ModuleBuilder big64 = new ModuleBuilder();
        big64.module.memories.add(new MemType(AddrType.I64, new Limits(1L << 48, -1)));
        big64.valid();
        big64.module.memories.set(0, new MemType(AddrType.I64, new Limits(0, (1L << 48) + 1)));
        big64.invalid("memory size must be at most 2^48 pages");
        ModuleBuilder table64 = new ModuleBuilder();
        table64.module.tables.add(Table.of(new TableType(AddrType.I64, new Limits(0, -1L, true), FUNCREF)));
        table64.valid();
        table64.module.tables.set(0, Table.of(new TableType(new Limits(0, 1L << 32), FUNCREF)));
        table64.invalid("table size must be at most 2^32-1");
    }

    @Test
    void unknownTypes() {
        ModuleBuilder imp = new ModuleBuilder();
        imp.module.imports.add(Import.func("m", "f", 0));
        imp.invalid("unknown type 0");
        ModuleBuilder def = new ModuleBuilder();
        def.func(3, types());
        def.invalid("unknown type 3");
    }

    @Test
    void startFunction() {
        ModuleBuilder ok = ofFunc(types(), types());
        ok.module.start = 0;
        ok.valid();
        ModuleBuilder result = ofFunc(types(), types(I32), i32(0));
        result.module.start = 0;
        result.invalid("start function");
        ModuleBuilder param = ofFunc(types(I32), types());
        param.module.start = 0;
        param.invalid("start function");
        ModuleBuilder unknown = ofFunc(types(), types());
        unknown.module.start = 1;
        unknown.invalid("unknown function 1");
    }

    @Test
    void exports() {
        ModuleBuilder ok = ofFunc(types(), types());
        ok.module.memories.add(new MemType(new Limits(0, -1)));
        ok.module.exports.add(new Export("f", ExternKind.FUNC, 0));
        ok.module.exports.add(new Export("m", ExternKind.MEMORY, 0));
        ok.valid();
        ModuleBuilder dup = ofFunc(types(), types());
        dup.module.exports.add(new Export("a", ExternKind.FUNC, 0));
        dup.module.exports.add(new Export("a", ExternKind.FUNC, 0));
        dup.invalid("duplicate export name");
        for (ExternKind k : ExternKind.values()) {
            ModuleBuilder missing = new ModuleBuilder();
            missing.module.exports.add(new Export("x", k, 0));
            missing.invalid("unknown " + (k == ExternKind.FUNC ? "function" : k.text) + " 0");
        }
    }

    @Test
    void globalInitializers() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.module.imports.add(Import.global("m", "g", new GlobalType(I32, false)));
        ok.module.globals.add(new Global(new GlobalType(I32, true), expr(op(Opcode.GLOBAL_GET, 0))));
        ok.module.globals.add(new Global(new GlobalType(FUNCREF, false), expr(refNull(FUNCREF))));
        ok.module.globals.add(new Global(new GlobalType(V128, false), expr(v128())));
        ok.valid();

        global(I32, expr(op(Opcode.I32_CONST, 0), op(Opcode.I32_CTZ))).invalid("constant expression required");
        global(I32, expr(op(Opcode.NOP))).invalid("constant expression required");
        global(I32, expr(op(Opcode.LOCAL_GET, 0))).invalid("constant expression required");
        global(I32, expr(f32(0))).invalid("type mismatch");
        global(I32, expr(i32(0), i32(0))).invalid("type mismatch");
        global(I32, expr()).invalid("type mismatch");
        // 2.0: only imported globals are visible in initializers
        ModuleBuilder own = global(I32, expr(i32(0)));
        own.module.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 0))));
        own.module.version = SpecVersion.V2;
        own.invalid("unknown global 0");
        ModuleBuilder mutable = new ModuleBuilder();
        mutable.module.imports.add(Import.global("m", "g", new GlobalType(I32, true)));
        mutable.module.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 0))));
        mutable.invalid("constant expression required");
        ModuleBuilder wrongRef = new ModuleBuilder();
        wrongRef.module.imports.add(Import.global("m", "g", new GlobalType(EXTERNREF, false)));
        wrongRef.module.globals.add(new Global(new GlobalType(FUNCREF, false), expr(op(Opcode.GLOBAL_GET, 0))));
        wrongRef.invalid("type mismatch");
    }

    @Test
    void extendedConstants() {
        // 3.0: a global's initializer sees the globals before it, and i32/i64 add, sub and mul
        ModuleBuilder ok = new ModuleBuilder();
        ok.module.imports.add(Import.global("m", "g", new GlobalType(I32, false)));
        ok.module.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 0), i32(2),
                op(Opcode.I32_MUL))));
        ok.module.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 1), i32(1),
                op(Opcode.I32_SUB), op(Opcode.GLOBAL_GET, 0), op(Opcode.I32_ADD))));
        ok.module.globals.add(new Global(new GlobalType(I64, false), expr(i64(1), i64(2), op(Opcode.I64_ADD), i64(3),
                op(Opcode.I64_MUL), i64(4), op(Opcode.I64_SUB))));
        ok.valid();

        ModuleBuilder later = global(I32, expr(op(Opcode.GLOBAL_GET, 1)));
        later.module.globals.add(new Global(new GlobalType(I32, false), expr(i32(0))));
        later.invalid("unknown global 1");
        ModuleBuilder itself = global(I32, expr(op(Opcode.GLOBAL_GET, 0)));
        itself.invalid("unknown global 0");
        ModuleBuilder mutable = new ModuleBuilder();
        mutable.module.globals.add(new Global(new GlobalType(I32, true), expr(i32(0))));
        mutable.module.globals.add(new Global(new GlobalType(I32, false), expr(op(Opcode.GLOBAL_GET, 0))));
        mutable.invalid("constant expression required");
        global(I32, expr(i32(1), i32(2), op(Opcode.I32_DIV_S))).invalid("constant expression required");
        global(I64, expr(i32(1), i32(2), op(Opcode.I32_ADD))).invalid("type mismatch");

        ModuleBuilder v2 = global(I32, expr(i32(1), i32(2), op(Opcode.I32_ADD)));
        v2.module.version = SpecVersion.V2;
        v2.invalid("constant expression required");
    }

    @Test
    void segmentsSeeEveryImmutableGlobalIn30() {
        ModuleBuilder data = new ModuleBuilder();
        data.module.memories.add(new MemType(new Limits(1, -1)));
        data.module.datas.add(new Data(new byte[] {1}, SegmentMode.ACTIVE, 0, expr(op(Opcode.GLOBAL_GET, 0), i32(1),
                op(Opcode.I32_ADD))));
        data.module.globals.add(new Global(new GlobalType(I32, false), expr(i32(0))));
        data.valid();
        data.module.version = SpecVersion.V2;
        data.invalid("unknown global 0");

        ModuleBuilder mutable = new ModuleBuilder();
        mutable.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        mutable.module.globals.add(new Global(new GlobalType(I32, true), expr(i32(0))));
        mutable.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(op(Opcode.GLOBAL_GET, 0))));
        mutable.invalid("constant expression required");
    }

    private static ModuleBuilder global(org.wasmscope.runtime.syntax.ValType t, Instr[] init) {
        ModuleBuilder m = new ModuleBuilder();
        m.module.globals.add(new Global(new GlobalType(t, false), init));
        return m;
    }

    @Test
    void elementSegments() {
        ModuleBuilder ok = ofFunc(types(), types());
        ok.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        ok.module.elems.add(new Elem(FUNCREF, new Instr[][] {expr(op(Opcode.REF_FUNC, 0)), expr(refNull(FUNCREF))},
                SegmentMode.ACTIVE, 0, expr(i32(0))));
        ok.module.elems.add(new Elem(EXTERNREF, new Instr[][] {expr(refNull(EXTERNREF))}, SegmentMode.PASSIVE, -1, null));
        ok.valid();

        ModuleBuilder noTable = new ModuleBuilder();
        noTable.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(i32(0))));
        noTable.invalid("unknown table 0");
        ModuleBuilder wrongTable = new ModuleBuilder();
        wrongTable.module.tables.add(Table.of(new TableType(new Limits(1, -1), EXTERNREF)));
        wrongTable.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(i32(0))));
        wrongTable.invalid("type mismatch");
        ModuleBuilder badOffset = new ModuleBuilder();
        badOffset.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        badOffset.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(i64(0))));
        badOffset.invalid("type mismatch");
        ModuleBuilder badInit = new ModuleBuilder();
        badInit.module.elems.add(new Elem(FUNCREF, new Instr[][] {expr(refNull(EXTERNREF))}, SegmentMode.PASSIVE, -1, null));
        badInit.invalid("type mismatch");
        ModuleBuilder unknownGlobal = new ModuleBuilder();
        unknownGlobal.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        unknownGlobal.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.ACTIVE, 0, expr(op(Opcode.GLOBAL_GET, 0))));
        unknownGlobal.invalid("unknown global 0");
    }

    @Test
    void dataSegments() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.module.memories.add(new MemType(new Limits(1, -1)));
        ok.module.datas.add(new Data(new byte[] {1}, SegmentMode.ACTIVE, 0, expr(i32(0))));
        ok.module.datas.add(new Data(new byte[] {1}, SegmentMode.PASSIVE, 0, null));
        ok.valid();
        ModuleBuilder noMemory = new ModuleBuilder();
        noMemory.module.datas.add(new Data(new byte[0], SegmentMode.ACTIVE, 0, expr(i32(0))));
        noMemory.invalid("unknown memory 0");
        ModuleBuilder memory1 = new ModuleBuilder();
        memory1.module.memories.add(new MemType(new Limits(1, -1)));
        memory1.module.datas.add(new Data(new byte[0], SegmentMode.ACTIVE, 1, expr(i32(0))));
        memory1.invalid("unknown memory 1");
        ModuleBuilder offset = new ModuleBuilder();
        offset.module.memories.add(new MemType(new Limits(1, -1)));
        offset.module.datas.add(new Data(new byte[0], SegmentMode.ACTIVE, 0, expr(op(Opcode.NOP))));
        offset.invalid("constant expression required");
    }

    @Test
    void declaredFunctionReferences() {
        Instr[] body = {op(Opcode.REF_FUNC, 0), op(Opcode.DROP)};
        ofFunc(types(), types(), body).invalid("undeclared function reference");
        ModuleBuilder started = ofFunc(types(), types(), body);
        started.module.start = 0; // the start function does not declare a reference
        started.invalid("undeclared function reference");
        ModuleBuilder exported = ofFunc(types(), types(), body);
        exported.module.exports.add(new Export("f", ExternKind.FUNC, 0));
        exported.valid();
        ModuleBuilder declared = ofFunc(types(), types(), body);
        declared.module.elems.add(new Elem(FUNCREF, new Instr[][] {expr(op(Opcode.REF_FUNC, 0))}, SegmentMode.DECLARATIVE,
                -1, null));
        declared.valid();
        ModuleBuilder inGlobal = ofFunc(types(), types(), body);
        inGlobal.module.globals.add(new Global(new GlobalType(FUNCREF, false), expr(op(Opcode.REF_FUNC, 0))));
        inGlobal.valid();
        ofFunc(types(), types(), op(Opcode.REF_FUNC, 7), op(Opcode.DROP)).invalid("unknown function 7");
    }

    @Test
    void errorsCarryTheInstructionPosition() {
        Instr bad = op(Opcode.LOCAL_GET, 2);
        bad.line = 3;
        bad.column = 7;
        assertEquals(3, invalidFunc("unknown local 2", types(), types(), bad).line);
        Instr atOffset = op(Opcode.I32_ADD);
        atOffset.offset = 0x2a;
        assertEquals(0x2a, invalidFunc("type mismatch", types(), types(I32), i32(1), atOffset).offset);
    }
}
