package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Interpreter;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.tests.support.ModuleBuilder;

/** Constant expressions (spec 4.4.11), including the extended-constant arithmetic, and globals. */
class ConstTest {
    @Test
    void constantExpressions() {
        ModuleBuilder a = new ModuleBuilder();
        a.module.globals.add(new Global(new GlobalType(I32, false), new Instr[] {i32(40), end()}));
        a.module.globals.add(new Global(new GlobalType(I64, true), new Instr[] {i64(7), end()}));
        int f = a.func("f", types(), types(I64), op(GLOBAL_GET, 1), i64(1), op(I64_ADD), op(GLOBAL_SET, 1), op(GLOBAL_GET, 1));
        a.instantiate();
        assertEquals(Value.i32(42), Interpreter.evalConst(a.store, a.inst, new Instr[] {op(GLOBAL_GET, 0), i32(2), op(I32_ADD), end()}));
        assertEquals(Value.i32(-38), Interpreter.evalConst(a.store, a.inst, new Instr[] {i32(2), op(GLOBAL_GET, 0), op(I32_SUB), end()}));
        assertEquals(Value.i64(21), Interpreter.evalConst(a.store, a.inst, new Instr[] {op(GLOBAL_GET, 1), i64(3), op(I64_MUL), end()}));
        assertEquals(Value.f64(1.5), Interpreter.evalConst(a.store, a.inst, new Instr[] {f64(1.5), end()}));
        assertEquals(Value.nullRef(EXTERNREF), Interpreter.evalConst(a.store, a.inst, new Instr[] {refNull(EXTERNREF), end()}));
        assertEquals(Value.ref(FUNCREF, a.inst.funcs[f].address), Interpreter.evalConst(a.store, a.inst, new Instr[] {op(REF_FUNC, f), end()}));
        assertEquals(Value.v128(1, 2), Interpreter.evalConst(a.store, a.inst, new Instr[] {v128(1, 2), end()}));
        assertEquals(Value.i64(8), a.call("f"));
        assertEquals(Value.i64(9), a.call("f"), "the mutable global keeps its value between invocations");
    }
}
