package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.tests.support.ModuleBuilder;

/** Instruction typing (spec 3.3) with the validation algorithm of the appendix. */
class InstructionRulesTest {

    @Test
    void numericOperators() {
        validFunc(types(), types(I32), i32(1), i32(2), op(Opcode.I32_ADD));
        validFunc(types(), types(I32), i64(1), op(Opcode.I32_WRAP_I64));
        validFunc(types(), types(F64), f32(1), op(Opcode.F64_PROMOTE_F32));
        validFunc(types(), types(I32), f64(1), f64(2), op(Opcode.F64_LT));
        validFunc(types(), types(I64), f32(1), op(Opcode.I64_TRUNC_SAT_F32_U));
        invalidFunc("type mismatch", types(), types(I32), i32(1), f32(2), op(Opcode.I32_ADD));
        invalidFunc("type mismatch", types(), types(I32), i32(1), op(Opcode.I32_ADD));
        invalidFunc("type mismatch", types(), types(I32), i64(1), op(Opcode.I32_EQZ));
        invalidFunc("type mismatch", types(), types(I32), i32(1), i32(1));
        invalidFunc("type mismatch", types(), types(I32));
    }

    @Test
    void locals() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.func(ok.type(types(I32), I64), types(I64), op(Opcode.LOCAL_GET, 0), op(Opcode.DROP), op(Opcode.LOCAL_GET, 1));
        ok.valid();
        invalidFunc("unknown local 1", types(I32), types(), op(Opcode.LOCAL_GET, 1), op(Opcode.DROP));
        invalidFunc("type mismatch", types(I32), types(), f32(0), op(Opcode.LOCAL_SET, 0));
        invalidFunc("type mismatch", types(I32), types(F32), i32(0), op(Opcode.LOCAL_TEE, 0));
    }

    @Test
    void globals() {
        ModuleBuilder ok = ofFunc(types(), types(), op(Opcode.GLOBAL_GET, 0), op(Opcode.GLOBAL_SET, 0));
        ok.module.globals.add(new Global(new GlobalType(I64, true), expr(i64(0))));
        ok.valid();
        ModuleBuilder immutable = ofFunc(types(), types(), f32(1), op(Opcode.GLOBAL_SET, 0));
        immutable.module.globals.add(new Global(new GlobalType(F32, false), expr(f32(0))));
        immutable.invalid("immutable global");
        immutable.module.version = SpecVersion.V2;
        immutable.invalid("global is immutable");
        invalidFunc("unknown global 0", types(), types(), op(Opcode.GLOBAL_GET, 0), op(Opcode.DROP));
    }

    @Test
    void select() {
        validFunc(types(), types(I64), i64(1), i64(2), i32(0), op(Opcode.SELECT));
        validFunc(types(), types(V128), v128(), v128(), i32(0), op(Opcode.SELECT));
        validFunc(types(), types(FUNCREF), refNull(FUNCREF), refNull(FUNCREF), i32(0), selectT(FUNCREF));
        invalidFunc("type mismatch", types(), types(FUNCREF), refNull(FUNCREF), refNull(FUNCREF), i32(0), op(Opcode.SELECT));
        invalidFunc("type mismatch", types(), types(I32), i32(1), i64(1), i32(0), op(Opcode.SELECT));
        invalidFunc("invalid result arity", types(), types(), i32(1), selectT(), op(Opcode.DROP));
        invalidFunc("invalid result arity", types(), types(), i32(1), i32(1), i32(1), i32(1), i32(1), selectT(I32, I32));
        // in unreachable code the missing operands are Unknown, whatever the other is
        validFunc(types(), types(I32), op(Opcode.UNREACHABLE), op(Opcode.SELECT));
        validFunc(types(), types(EXTERNREF), op(Opcode.UNREACHABLE), op(Opcode.SELECT), op(Opcode.DROP), refNull(EXTERNREF));
        invalidFunc("type mismatch", types(), types(), op(Opcode.UNREACHABLE), refNull(EXTERNREF), i32(0), op(Opcode.SELECT),
                op(Opcode.DROP));
    }

    @Test
    void blocksAndBranches() {
        validFunc(types(), types(I32), block(Opcode.BLOCK, I32), i32(1), end());
        validFunc(types(), types(I32), block(Opcode.BLOCK, I32), i32(1), op(Opcode.BR, 0), end());
        validFunc(types(), types(), block(Opcode.LOOP), op(Opcode.BR, 0), end());
        validFunc(types(), types(I32), i32(1), block(Opcode.IF, I32), i32(2), op(Opcode.ELSE), i32(3), end());
        invalidFunc("type mismatch", types(), types(I32), i32(1), block(Opcode.IF, I32), i32(2), end());
        invalidFunc("type mismatch", types(), types(), block(Opcode.BLOCK, I32), end(), op(Opcode.DROP));
        invalidFunc("type mismatch", types(), types(), i32(1), block(Opcode.BLOCK), op(Opcode.DROP), end(), op(Opcode.DROP));
        invalidFunc("unknown label 2", types(), types(), block(Opcode.BLOCK), op(Opcode.BR, 2), end());
        invalidFunc("type mismatch", types(), types(), block(Opcode.BLOCK, I32), i64(1), op(Opcode.BR, 0), end(),
                op(Opcode.DROP));
        invalidFunc("type mismatch", types(), types(), block(Opcode.BLOCK), op(Opcode.BR_IF, 0), end());
        invalidFunc("type mismatch", types(), types(I32), i64(0), op(Opcode.RETURN));
        validFunc(types(), types(I32), i32(3), op(Opcode.RETURN));
    }

    @Test
    void multiValueBlockTypes() {
        ModuleBuilder ok = new ModuleBuilder();
        int pair = ok.type(types(I32, I64), I64, I32);
        ok.func(ok.type(types(), I64, I32), types(), i32(1), i64(2), block(Opcode.BLOCK, BlockType.ofIndex(pair)),
                op(Opcode.DROP), op(Opcode.I64_EXTEND_I32_U), i32(5), end());
        ok.valid();
        ModuleBuilder loop = new ModuleBuilder();
        int sum = loop.type(types(I32), I32);
        loop.func(loop.type(types(), I32), types(), i32(1), block(Opcode.LOOP, BlockType.ofIndex(sum)), op(Opcode.BR, 0), end());
        loop.valid();
        ModuleBuilder unknown = new ModuleBuilder();
        unknown.func(unknown.type(types(), types()), types(), block(Opcode.BLOCK, BlockType.ofIndex(9)), end());
        unknown.invalid("unknown type 9");
    }

    @Test
    void branchTables() {
        validFunc(types(), types(I32), block(Opcode.BLOCK, I32), i32(1), i32(0), brTable(0, 0, 1), end());
        invalidFunc("type mismatch", types(), types(I32), block(Opcode.BLOCK), i32(1), i32(0), brTable(0, 1), end(), i32(0));
        invalidFunc("unknown label 2", types(), types(), i32(0), brTable(2));
        // unreachable code: each label is checked against the Unknown operands on its own
        validFunc(types(), types(), block(Opcode.BLOCK, F64), block(Opcode.BLOCK, F32), op(Opcode.UNREACHABLE), i32(1),
                brTable(0, 1, 1), end(), op(Opcode.DROP), f64(0), end(), op(Opcode.DROP));
    }

    @Test
    void calls() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.func(types(I32, I64), types(F32), f32(0));
        ok.func(types(), types(F32), i32(1), i64(2), op(Opcode.CALL, 0));
        ok.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        ok.func(types(), types(F32), i32(1), i64(2), i32(0), op(Opcode.CALL_INDIRECT, 0, 0));
        ok.valid();
        ofFunc(types(), types(), op(Opcode.CALL, 1)).invalid("unknown function 1");
        ModuleBuilder noTable = ofFunc(types(), types(), i32(0), op(Opcode.CALL_INDIRECT, 0, 0));
        noTable.invalid("unknown table 0");
        ModuleBuilder externTable = ofFunc(types(), types(), i32(0), op(Opcode.CALL_INDIRECT, 0, 0));
        externTable.module.tables.add(Table.of(new TableType(new Limits(1, -1), EXTERNREF)));
        externTable.invalid("type mismatch");
        ModuleBuilder noType = ofFunc(types(), types(), i32(0), op(Opcode.CALL_INDIRECT, 5, 0));
        noType.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        noType.invalid("unknown type 5");
    }

    @Test
    void memoryInstructions() {
        ModuleBuilder ok = withMemory(i32(0), memAligned(Opcode.I64_LOAD32_U, 2), op(Opcode.DROP), i32(0), f64(1),
                memAligned(Opcode.F64_STORE, 3), op(Opcode.MEMORY_SIZE, 0), op(Opcode.MEMORY_GROW, 0), op(Opcode.DROP),
                i32(0), i32(0), i32(0), op(Opcode.MEMORY_FILL, 0), i32(0), i32(0), i32(0), op(Opcode.MEMORY_COPY, 0, 0),
                i32(0), i32(0), i32(0), op(Opcode.MEMORY_INIT, 0, 0), op(Opcode.DATA_DROP, 0));
        ok.module.datas.add(new Data(new byte[0], SegmentMode.PASSIVE, 0, null));
        ok.valid();
        withMemory(i32(0), memAligned(Opcode.I32_LOAD16_S, 2), op(Opcode.DROP))
                .invalid("alignment must not be larger than natural");
        withMemory(i32(0), memAligned(Opcode.I32_LOAD, 3), op(Opcode.DROP)).invalid("alignment must not be larger than natural");
        withMemory(i32(0), i64(0), memAligned(Opcode.I32_STORE, 2)).invalid("type mismatch");
        ofFunc(types(), types(), i32(0), memAligned(Opcode.I32_LOAD, 2), op(Opcode.DROP)).invalid("unknown memory 0");
        ofFunc(types(), types(I32), op(Opcode.MEMORY_SIZE, 0)).invalid("unknown memory 0");
        withMemory(op(Opcode.DATA_DROP, 0)).invalid("unknown data segment 0");
        withMemory(i32(0), i32(0), i32(0), op(Opcode.MEMORY_INIT, 1, 0)).invalid("unknown data segment 1");
    }

    private static ModuleBuilder withMemory(Instr... body) {
        ModuleBuilder m = ofFunc(types(), types(), body);
        m.module.memories.add(new MemType(new Limits(1, -1)));
        return m;
    }

    @Test
    void referenceAndTableInstructions() {
        ModuleBuilder ok = new ModuleBuilder();
        ok.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        ok.module.tables.add(Table.of(new TableType(new Limits(1, -1), EXTERNREF)));
        ok.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.PASSIVE, -1, null));
        ok.func(types(), types(), i32(0), op(Opcode.TABLE_GET, 0), op(Opcode.REF_IS_NULL), op(Opcode.DROP),
                i32(0), refNull(EXTERNREF), op(Opcode.TABLE_SET, 1),
                refNull(EXTERNREF), i32(2), op(Opcode.TABLE_GROW, 1), op(Opcode.DROP),
                i32(0), refNull(FUNCREF), i32(1), op(Opcode.TABLE_FILL, 0),
                op(Opcode.TABLE_SIZE, 1), op(Opcode.DROP),
                i32(0), i32(0), i32(0), op(Opcode.TABLE_COPY, 0, 0),
                i32(0), i32(0), i32(0), op(Opcode.TABLE_INIT, 0, 0), op(Opcode.ELEM_DROP, 0));
        ok.valid();
        ModuleBuilder copy = ofFunc(types(), types(), i32(0), i32(0), i32(0), op(Opcode.TABLE_COPY, 0, 1));
        copy.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        copy.module.tables.add(Table.of(new TableType(new Limits(1, -1), EXTERNREF)));
        copy.invalid("type mismatch");
        ModuleBuilder init = ofFunc(types(), types(), i32(0), i32(0), i32(0), op(Opcode.TABLE_INIT, 0, 0));
        init.module.tables.add(Table.of(new TableType(new Limits(1, -1), EXTERNREF)));
        init.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.PASSIVE, -1, null));
        init.invalid("type mismatch");
        ofFunc(types(), types(), i32(0), i32(0), i32(0), op(Opcode.TABLE_INIT, 0, 0)).invalid("unknown table 0");
        ofFunc(types(), types(), op(Opcode.ELEM_DROP, 4)).invalid("unknown elem segment 4");
        invalidFunc("type mismatch", types(), types(I32), i32(0), op(Opcode.REF_IS_NULL));
        ModuleBuilder set = ofFunc(types(), types(), i32(0), refNull(EXTERNREF), op(Opcode.TABLE_SET, 0));
        set.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        set.invalid("type mismatch");
    }

    @Test
    void vectorInstructions() {
        validFunc(types(), types(I32), v128(), lane(Opcode.I8X16_EXTRACT_LANE_S, 15));
        validFunc(types(), types(V128), v128(), f64(1), lane(Opcode.F64X2_REPLACE_LANE, 1));
        invalidFunc("invalid lane index", types(), types(I32), v128(), lane(Opcode.I8X16_EXTRACT_LANE_U, 16));
        invalidFunc("invalid lane index", types(), types(F64), v128(), lane(Opcode.F64X2_EXTRACT_LANE, 2));
        invalidFunc("type mismatch", types(), types(V128), v128(), f32(1), lane(Opcode.I32X4_REPLACE_LANE, 0));
        Instr shuffle = new Instr(Opcode.I8X16_SHUFFLE);
        shuffle.lanes = new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31};
        validFunc(types(), types(V128), v128(), v128(), shuffle);
        Instr badShuffle = new Instr(Opcode.I8X16_SHUFFLE);
        badShuffle.lanes = new byte[16];
        badShuffle.lanes[3] = 32;
        invalidFunc("invalid lane index", types(), types(V128), v128(), v128(), badShuffle);
        validFunc(types(), types(V128), v128(), i32(3), op(Opcode.I16X8_SHL));
        validFunc(types(), types(I32), v128(), op(Opcode.I64X2_ALL_TRUE));
        validFunc(types(), types(V128), v128(), v128(), v128(), op(Opcode.V128_BITSELECT));
        validFunc(types(), types(V128), i64(1), op(Opcode.I64X2_SPLAT));
        invalidFunc("type mismatch", types(), types(V128), i32(1), op(Opcode.F32X4_SPLAT));
        validFunc(types(), types(V128), v128(), op(Opcode.F64X2_CONVERT_LOW_I32X4_U));
        validFunc(types(), types(V128), v128(), v128(), op(Opcode.I16X8_NARROW_I32X4_S));
        invalidFunc("type mismatch", types(), types(V128), v128(), op(Opcode.I32X4_DOT_I16X8_S));
    }

    @Test
    void vectorMemoryInstructions() {
        withMemory(i32(0), memAligned(Opcode.V128_LOAD, 4), op(Opcode.DROP)).valid();
        withMemory(i32(0), memAligned(Opcode.V128_LOAD, 5), op(Opcode.DROP)).invalid("alignment must not be larger than natural");
        withMemory(i32(0), memAligned(Opcode.V128_LOAD8X8_S, 3), op(Opcode.DROP)).valid();
        withMemory(i32(0), memAligned(Opcode.V128_LOAD32_SPLAT, 3), op(Opcode.DROP))
                .invalid("alignment must not be larger than natural");
        withMemory(i32(0), v128(), memLane(Opcode.V128_LOAD16_LANE, 1, 7), op(Opcode.DROP)).valid();
        withMemory(i32(0), v128(), memLane(Opcode.V128_LOAD16_LANE, 1, 8), op(Opcode.DROP)).invalid("invalid lane index");
        withMemory(i32(0), v128(), memLane(Opcode.V128_STORE64_LANE, 3, 1)).valid();
        withMemory(i32(0), v128(), memLane(Opcode.V128_STORE64_LANE, 4, 0))
                .invalid("alignment must not be larger than natural");
        withMemory(i32(0), v128(), memAligned(Opcode.V128_STORE, 4)).valid();
        withMemory(v128(), i32(0), memAligned(Opcode.V128_STORE, 4)).invalid("type mismatch");
    }

    @Test
    void unreachableCodeIsPolymorphic() {
        validFunc(types(), types(I32), op(Opcode.UNREACHABLE), op(Opcode.I32_ADD));
        validFunc(types(), types(I32), op(Opcode.UNREACHABLE), i64(0), op(Opcode.I64_EQZ));
        validFunc(types(), types(), block(Opcode.BLOCK), op(Opcode.BR, 0), op(Opcode.I32_ADD), op(Opcode.DROP), end());
        invalidFunc("type mismatch", types(), types(), op(Opcode.UNREACHABLE), i64(0), op(Opcode.I32_ADD), op(Opcode.DROP));
        invalidFunc("type mismatch", types(), types(), op(Opcode.UNREACHABLE), i32(0));
        // the polymorphic stack is per frame: a new block starts empty
        invalidFunc("type mismatch", types(), types(), op(Opcode.UNREACHABLE), block(Opcode.BLOCK), op(Opcode.DROP), end());
    }

    @Test
    void errorMessageNamesTheIndex() {
        assertEquals("unknown local 5",
                invalidFunc("unknown local", types(), types(), op(Opcode.LOCAL_GET, 5), op(Opcode.DROP)).getMessage());
    }
}
