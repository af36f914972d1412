package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Instantiator;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.valid.Validator;
import org.wasmscope.tests.support.ModuleBuilder;

/**
 * Tail calls (spec 4.4.8, return_call and return_call_indirect): the callee's frame replaces the caller's,
 * so a tail-recursive loop runs in constant space; the callee's results are the caller's.
 */
class TailCallTest {
    /** count(n, acc) = n == 0 ? acc : count(n - 1, acc + 1), by return_call; instruction 3 pushes acc to return. */
    static ModuleBuilder counter() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("count", types(I64, I64), types(I64),
                get(0), op(I64_EQZ), block(IF), get(1), op(RETURN), op(END),
                get(0), i64(1), op(I64_SUB), get(1), i64(1), op(I64_ADD), op(RETURN_CALL, 0));
        return a;
    }

    @Test
    void tenMillionTailCallsRunInOneFrameAndConstantJavaStack() throws InterruptedException {
        ModuleBuilder a = counter().instantiate();
        FuncInst count = a.inst.export("count").func();
        Code.of(count).setBreakpoint(3, true); // get(1) of the base case
        AtomicReference<Object> outcome = new AtomicReference<>();
        // a thread with a small Java stack: a tail call must not recurse in Java
        Thread t = new Thread(null, () -> {
            try {
                Machine m = new Machine(a.store);
                m.start(count, Value.i64(10_000_000), Value.i64(0));
                assertEquals(Machine.Status.BREAKPOINT, m.run());
                // 10 million calls later still one frame (its slots: 2 parameters), entered by a tail call
                assertEquals(1, m.depth());
                assertTrue(m.frameTailCalled(0));
                assertArrayEquals(new long[] {0, 10_000_000}, m.frameSlots(0));
                assertEquals(Machine.Status.DONE, m.run());
                outcome.set(m.results()[0]);
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "small stack", 128 * 1024);
        t.start();
        t.join();
        assertEquals(Value.i64(10_000_000), outcome.get());
    }

    @Test
    void mutualTailRecursionIsNotLimitedByTheCallDepth() {
        ModuleBuilder a = new ModuleBuilder();
        // even(n) = n == 0 ? 1 : odd(n-1); odd(n) = n == 0 ? 0 : even(n-1), each a return_call
        a.func("even", types(I32), types(I32),
                get(0), op(I32_EQZ), block(IF), i32(1), op(RETURN), op(END), get(0), i32(1), op(I32_SUB),
                op(RETURN_CALL, 1));
        a.func("odd", types(I32), types(I32),
                get(0), op(I32_EQZ), block(IF), i32(0), op(RETURN), op(END), get(0), i32(1), op(I32_SUB),
                op(RETURN_CALL, 0));
        int deeper = 10 * Machine.MAX_DEPTH + 1;
        assertEquals(Value.i32(0), a.call("even", Value.i32(deeper)));
        assertEquals(Value.i32(1), a.call("odd", Value.i32(deeper)));
    }

    @Test
    void theCalleesFrameMayBeLargerAndItsLocalsStartAtZero() {
        ModuleBuilder a = new ModuleBuilder();
        // wide(v, x, y) with locals z (i32) and w (v128): v's lanes + x + y + z + w's lane 0
        int wide = a.func(null, types(V128, I32, I32), types(I32), types(I32, V128),
                get(0), lane(I32X4_EXTRACT_LANE, 0), get(0), lane(I32X4_EXTRACT_LANE, 1), op(I32_ADD),
                get(0), lane(I32X4_EXTRACT_LANE, 2), op(I32_ADD), get(0), lane(I32X4_EXTRACT_LANE, 3), op(I32_ADD),
                get(1), op(I32_ADD), get(2), op(I32_ADD), get(3), op(I32_ADD),
                get(4), lane(I32X4_EXTRACT_LANE, 0), op(I32_ADD));
        // narrow(n) with a local: its frame is smaller than wide's, and the arguments lie where z and w will
        a.func("narrow", types(I32), types(I32), types(I64),
                i64(99), set(1),
                v128(0x0000000200000001L, 0x0000000400000003L), get(0), get(0), op(RETURN_CALL, wide));
        assertEquals(Value.i32(1 + 2 + 3 + 4 + 10 + 10), a.call("narrow", Value.i32(10)));
    }

    @Test
    void operandsBelowTheArgumentsAreDropped() {
        ModuleBuilder a = new ModuleBuilder();
        int sub = a.func(types(I32, I32), types(I32, I64), get(0), get(1), op(I32_SUB), i64(7));
        a.func("f", types(), types(I32, I64), f64(1.5), i32(9), i32(50), i32(8), op(RETURN_CALL, sub));
        assertArrayEquals(new Value[] {Value.i32(42), Value.i64(7)}, a.invoke("f"));
    }

    /** A module that imports env.twice: [i32] -> [i32] and tail-calls it from two functions. */
    private static ModuleBuilder withHostCallee() {
        ModuleBuilder a = new ModuleBuilder();
        int t = a.type(types(I32), types(I32));
        a.module.imports.add(Import.func("env", "twice", t));
        int direct = a.func("direct", types(I32), types(I32), f32(2), get(0), op(RETURN_CALL, 0));
        a.func("nested", types(I32), types(I32), get(0), op(CALL, direct), i32(1), op(I32_ADD));
        FuncInst host = a.store.allocHostFunc(new FuncType(types(I32), types(I32)),
                args -> new long[] {2 * (int) args[0]});
        a.inst = Instantiator.instantiate(a.store, Validator.validate(a.module), (m, n) -> ExternVal.of(host), "test");
        return a;
    }

    @Test
    void aHostCalleeIsCalledAndItsResultsReturned() {
        ModuleBuilder a = withHostCallee();
        assertEquals(Value.i32(42), a.call("direct", Value.i32(21)), "from the invoked function: the invocation ends");
        assertEquals(Value.i32(43), a.call("nested", Value.i32(21)), "from a callee: back in its caller");
    }

    /** call(i) tail-calls table entry i with 5: [$inc, $answer, null, null]; call64 the same through a table64. */
    static ModuleBuilder indirect() {
        ModuleBuilder a = new ModuleBuilder();
        a.table(4, -1, FUNCREF);
        a.module.tables.add(Table.of(new TableType(AddrType.I64, new Limits(4, -1), FUNCREF)));
        int f0 = a.func(types(I32), types(I32), get(0), i32(1), op(I32_ADD));
        int f1 = a.func(types(), types(I32), i32(42));
        int t = a.type(types(I32), types(I32));
        a.func("call", types(I32), types(I32), i32(5), get(0), op(RETURN_CALL_INDIRECT, t, 0));
        a.func("call64", types(I64), types(I32), i32(5), get(0), op(RETURN_CALL_INDIRECT, t, 1));
        for (int table = 0; table < 2; table++) {
            a.module.elems.add(new Elem(FUNCREF, new Instr[][] {{op(REF_FUNC, f0), end()}, {op(REF_FUNC, f1), end()}},
                    SegmentMode.ACTIVE, table, new Instr[] {table == 0 ? i32(0) : i64(0), end()}));
        }
        return a;
    }

    @Test
    void returnCallIndirectChecksTableEntryAndTypeAsCallIndirectDoes() {
        ModuleBuilder a = indirect();
        assertEquals(Value.i32(6), a.call("call", Value.i32(0)));
        assertEquals("indirect call type mismatch", assertThrows(Trap.class, () -> a.call("call", Value.i32(1))).getMessage());
        assertEquals("uninitialized element 2", assertThrows(Trap.class, () -> a.call("call", Value.i32(2))).getMessage());
        assertEquals("undefined element 4", assertThrows(Trap.class, () -> a.call("call", Value.i32(4))).getMessage());
        assertEquals(Value.i32(6), a.call("call64", Value.i64(0)));
        assertEquals("indirect call type mismatch",
                assertThrows(Trap.class, () -> a.call("call64", Value.i64(1))).getMessage());
        assertEquals("undefined element 4294967296",
                assertThrows(Trap.class, () -> a.call("call64", Value.i64(1L << 32))).getMessage());
    }

    @Test
    void aTrapLeavesTheMachineAtTheTailCallWithItsFrame() {
        ModuleBuilder a = indirect().instantiate();
        Machine m = new Machine(a.store);
        m.start(a.inst.export("call").func(), Value.i32(3));
        assertThrows(Trap.class, m::run);
        assertEquals(1, m.depth());
        assertFalse(m.frameTailCalled(0));
        assertEquals(RETURN_CALL_INDIRECT, m.frameCode(0).func.func.body[m.frameInstr(0)].op);
        assertArrayEquals(new long[] {3, 5, 3}, m.frameSlots(0), "the argument and the index are still there");
    }

    @Test
    void theCalleesResultsMustBeTheCallersAndItsArgumentsOnTheStack() {
        ModuleBuilder ok = new ModuleBuilder();
        int callee = ok.func(types(I32), types(I64), i64(1));
        // operands below the arguments may stay; the stack is polymorphic after the tail call
        ok.func(types(), types(I64), f32(1), i32(0), op(RETURN_CALL, callee), op(I64_ADD));
        ok.valid();

        ModuleBuilder results = new ModuleBuilder();
        int f = results.func(types(), types(I32), i32(1));
        results.func(types(), types(I64), op(RETURN_CALL, f));
        results.invalid("type mismatch");

        ModuleBuilder fewer = new ModuleBuilder();
        int g = fewer.func(types(), types(), op(NOP));
        fewer.func(types(), types(I32), op(RETURN_CALL, g));
        fewer.invalid("type mismatch");

        ModuleBuilder args = new ModuleBuilder();
        int h = args.func(types(I32), types(), op(NOP));
        args.func(types(), types(), i64(0), op(RETURN_CALL, h));
        args.invalid("type mismatch");

        ModuleBuilder unknown = new ModuleBuilder();
        unknown.func(types(), types(), op(RETURN_CALL, 5));
        unknown.invalid("unknown function");

        ModuleBuilder indirectResults = new ModuleBuilder();
        indirectResults.table(1, -1, FUNCREF);
        int t = indirectResults.type(types(), types(F32));
        indirectResults.func(types(), types(F64), i32(0), op(RETURN_CALL_INDIRECT, t, 0));
        indirectResults.invalid("type mismatch");

        ModuleBuilder noTable = new ModuleBuilder();
        int u = noTable.type(types(), types());
        noTable.func(types(), types(), i32(0), op(RETURN_CALL_INDIRECT, u, 0));
        noTable.invalid("unknown table");
    }
}
