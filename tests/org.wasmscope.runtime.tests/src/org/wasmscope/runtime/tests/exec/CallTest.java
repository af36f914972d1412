package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Instantiator;
import org.wasmscope.runtime.exec.Interpreter;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.valid.Validator;
import org.wasmscope.tests.support.ModuleBuilder;

/** Calls, returns, host functions, call_indirect and the call depth limit (spec 4.4.8, 4.4.10). */
class CallTest {
    /** fac(n) = n == 0 ? 1 : n * fac(n - 1), recursively. */
    static ModuleBuilder factorial() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("fac", types(I64), types(I64),
                get(0), op(I64_EQZ),
                block(IF, I64), i64(1),
                op(ELSE), get(0), get(0), i64(1), op(I64_SUB), op(CALL, 0), op(I64_MUL),
                op(END));
        return a;
    }

    @Test
    void recursiveFactorial() {
        ModuleBuilder a = factorial();
        assertEquals(Value.i64(1), a.call("fac", Value.i64(0)));
        assertEquals(Value.i64(120), a.call("fac", Value.i64(5)));
        assertEquals(Value.i64(2432902008176640000L), a.call("fac", Value.i64(20)));
        assertEquals(Value.i64(7034535277573963776L), a.call("fac", Value.i64(25)), "wraps modulo 2^64");
    }

    @Test
    void deepRecursionIsExhaustionNotAJavaStackOverflow() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("runaway", types(), types(), op(CALL, 0));
        Exhaustion e = assertThrows(Exhaustion.class, () -> a.invoke("runaway"));
        assertEquals("call stack exhausted", e.getMessage());

        ModuleBuilder b = factorial();
        // 20000 frames deep is fine: frames are not Java frames
        assertEquals(Value.i64(0), b.call("fac", Value.i64(20_000)));
    }

    @Test
    void mutualRecursion() {
        ModuleBuilder a = new ModuleBuilder();
        // even(n) = n == 0 ? 1 : odd(n-1); odd(n) = n == 0 ? 0 : even(n-1)
        a.func("even", types(I32), types(I32),
                get(0), op(I32_EQZ), block(IF, I32), i32(1), op(ELSE), get(0), i32(1), op(I32_SUB), op(CALL, 1), op(END));
        a.func("odd", types(I32), types(I32),
                get(0), op(I32_EQZ), block(IF, I32), i32(0), op(ELSE), get(0), i32(1), op(I32_SUB), op(CALL, 0), op(END));
        assertEquals(Value.i32(1), a.call("even", Value.i32(10_000)));
        assertEquals(Value.i32(0), a.call("odd", Value.i32(10_000)));
    }

    @Test
    void localsAreZeroOrNullAndParametersComeFirst() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("f", types(I32, I64), types(I64, I32, I32), types(F64, EXTERNREF, I32),
                get(1), get(4), get(3), op(REF_IS_NULL));
        assertArrayEquals(new Value[] {Value.i64(9), Value.i32(0), Value.i32(1)},
                a.invoke("f", Value.i32(1), Value.i64(9)));
    }

    @Test
    void hostFunctionsReceiveAndReturnSlots() {
        ModuleBuilder a = new ModuleBuilder();
        int t = a.type(types(I32, I64), types(I64));
        a.module.imports.add(Import.func("env", "mix", t));
        a.func("f", types(), types(I64), i32(-2), i64(40), op(CALL, 0), i64(1), op(I64_ADD));
        FuncInst host = a.store.allocHostFunc(new FuncType(types(I32, I64), types(I64)),
                args -> new long[] {(int) args[0] + args[1]});
        a.inst = Instantiator.instantiate(a.store, Validator.validate(a.module),
                (m, n) -> m.equals("env") && n.equals("mix") ? ExternVal.of(host) : null, "test");
        assertEquals(Value.i64(39), a.call("f"));
        assertArrayEquals(new Value[] {Value.i64(3)}, Interpreter.invoke(a.store, host, Value.i32(1), Value.i64(2)));
    }

    @Test
    void hostTrapsPropagate() {
        ModuleBuilder a = new ModuleBuilder();
        int t = a.type(types(), types());
        a.module.imports.add(Import.func("env", "fail", t));
        a.func("f", types(), types(), op(CALL, 0));
        FuncInst host = a.store.allocHostFunc(FuncType.EMPTY, args -> {
            throw new Trap("host says no");
        });
        a.inst = Instantiator.instantiate(a.store, Validator.validate(a.module), (m, n) -> ExternVal.of(host), "test");
        assertEquals("host says no", assertThrows(Trap.class, () -> a.invoke("f")).getMessage());
    }

    static ModuleBuilder indirect() {
        ModuleBuilder a = new ModuleBuilder();
        a.table(4, -1, FUNCREF);
        int f0 = a.func(types(), types(I32), i32(42));
        int f1 = a.func(types(I32), types(I32), get(0), i32(1), op(I32_ADD));
        int t = a.type(types(), types(I32));
        a.func("call", types(I32), types(I32), get(0), op(CALL_INDIRECT, t, 0));
        a.module.elems.add(new Elem(FUNCREF, new Instr[][] {{op(REF_FUNC, f0), end()}, {op(REF_FUNC, f1), end()}},
                SegmentMode.ACTIVE, 0, new Instr[] {i32(0), end()}));
        return a;
    }

    @Test
    void callIndirectChecksTableEntryAndType() {
        ModuleBuilder a = indirect();
        assertEquals(Value.i32(42), a.call("call", Value.i32(0)));
        assertEquals("indirect call type mismatch", assertThrows(Trap.class, () -> a.call("call", Value.i32(1))).getMessage());
        assertEquals("uninitialized element 2", assertThrows(Trap.class, () -> a.call("call", Value.i32(2))).getMessage());
        assertEquals("undefined element 4", assertThrows(Trap.class, () -> a.call("call", Value.i32(4))).getMessage());
        assertEquals("undefined element 4294967295",
                assertThrows(Trap.class, () -> a.call("call", Value.i32(-1))).getMessage());
    }

    @Test
    void callIndirectAcrossModulesMatchesTypesStructurally() {
        ModuleBuilder a = indirect();
        a.instantiate();
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(types(I32), types(I32));
        b.module.imports.add(Import.table("a", "t", a.module.tables.get(0).type()));
        b.func("via", types(I32), types(I32), i32(5), get(0), op(CALL_INDIRECT, t, 0));
        ModuleInst ib = Instantiator.instantiate(a.store, Validator.validate(b.module),
                (m, n) -> ExternVal.of(a.inst.tables[0]), "b");
        FuncInst via = ib.export("via").func();
        assertEquals(Value.i32(6), Interpreter.invoke(a.store, via, Value.i32(1))[0]);
    }

    @Test
    void argumentsAreChecked() {
        ModuleBuilder a = factorial();
        assertThrows(IllegalArgumentException.class, () -> a.invoke("fac"));
        assertThrows(IllegalArgumentException.class, () -> a.invoke("fac", Value.i32(1)));
    }

    @Test
    void v128ValuesPassThroughLocalsCallsSelectAndResults() {
        ModuleBuilder a = new ModuleBuilder();
        int swap = a.func(types(V128, I32), types(I32, V128), get(1), get(0));
        a.func("g", types(V128, I32), types(I32, V128), types(V128),
                get(0), op(LOCAL_TEE, 2), get(2), op(I32X4_ADD), i32(9), op(CALL, swap), // [9, x+x]
                set(2), // [9]
                get(2), v128(-1, -1), get(1), op(SELECT)); // [9, cond ? x+x : all ones]
        Value x = Value.v128(0x0000000200000001L, 0x0000000400000003L);
        Value[] r = a.invoke("g", x, Value.i32(1));
        assertEquals(Value.i32(9), r[0]);
        assertEquals(Value.v128(0x0000000400000002L, 0x0000000800000006L), r[1]);
        assertEquals(Value.v128(-1, -1), a.invoke("g", x, Value.i32(0))[1]);
    }

    @Test
    void hostFunctionsMayCallBackIntoWasmAndGrowMemory() {
        ModuleBuilder a = new ModuleBuilder();
        a.memory(1, -1);
        int t = a.type(types(I32), types(I32));
        a.module.imports.add(Import.func("env", "back", t));
        // fac-like: f(n) = n == 0 ? 0 : n + back(n - 1), where back calls f again through the host
        int f = a.func("f", types(I32), types(I32),
                get(0), op(I32_EQZ), block(IF, I32), i32(0), op(ELSE), get(0), get(0), i32(1), op(I32_SUB),
                op(CALL, 0), op(I32_ADD), op(END));
        a.func("poke", types(I32), types(I32), get(0), i32(7), mem(I32_STORE8), get(0), mem(I32_LOAD8_U));
        FuncInst[] self = new FuncInst[1];
        FuncInst host = a.store.allocHostFunc(new FuncType(types(I32), types(I32)), args -> {
            self[0].module.memories[0].grow(1);
            return new long[] {Interpreter.invoke(a.store, self[0], Value.i32((int) args[0]))[0].asInt()};
        });
        a.inst = Instantiator.instantiate(a.store, Validator.validate(a.module), (m, n) -> ExternVal.of(host), "test");
        self[0] = a.inst.funcs[f];
        assertEquals(Value.i32(55), a.call("f", Value.i32(10)));
        assertEquals(11, a.inst.memories[0].pages());
        assertEquals(Value.i32(7), a.call("poke", Value.i32(10 * 65536 + 5)), "the grown memory is the one used");
    }

    @Test
    void aTrapDeepInACallChainUnwindsEverything() {
        ModuleBuilder a = new ModuleBuilder();
        // down(n) = n == 0 ? unreachable : down(n - 1)
        a.func("down", types(I32), types(),
                get(0), op(I32_EQZ), block(IF), op(UNREACHABLE), op(END), get(0), i32(1), op(I32_SUB), op(CALL, 0));
        a.func("ok", types(), types(I32), i32(3));
        assertEquals("unreachable", assertThrows(Trap.class, () -> a.invoke("down", Value.i32(1000))).getMessage());
        assertEquals(Value.i32(3), a.call("ok"), "the store is usable afterwards");
    }
}
