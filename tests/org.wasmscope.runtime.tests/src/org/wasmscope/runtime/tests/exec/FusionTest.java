package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/**
 * Superinstructions (runs of instructions the machine executes as one) must not be visible: a trap inside
 * a run stops at the trapping instruction with its operands on the stack, and a breakpoint inside a run is
 * hit. That each computes as its run does: {@link FusionDifferentialTest}.
 */
class FusionTest {
    /**
     * Fused runs: local.get+f64.load+f64.add; local.get+local.get, then f64.load+f64.sub;
     * local.get+local.get+i32.add, then i32.const+i32.add+i32.load; local.get+i32.const+i32.add+local.set;
     * local.get+i32.const+i32.add+f64.load.
     */
    private static final String MODULE = """
            (module
              (memory 1)
              (func (export "addLoaded") (param f64 i32) (result f64)
                local.get 0
                nop
                local.get 1
                f64.load
                f64.add)
              (func (export "subLoaded") (param f64 i32) (result f64)
                local.get 0
                local.get 1
                f64.load
                f64.sub)
              (func (export "loadAt") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                i32.add
                i32.const 8
                i32.add
                i32.load)
              (func (export "increment") (param i32) (result i32) (local i32)
                local.get 0
                i32.const 5
                i32.add
                local.set 1
                local.get 1)
              (func (export "field") (param i32) (result f64)
                local.get 0
                i32.const 8
                i32.add
                f64.load))
            """;

    private final Store store = new Store();
    private final ModuleInst inst;

    FusionTest() throws Exception {
        inst = Wasm.instantiate(store, Wasm.load(MODULE.getBytes(StandardCharsets.UTF_8)), Imports.NONE, null);
    }

    @Test
    void aBreakpointOnTheLastOfFourFusedInstructionsIsHit() {
        FuncInst f = Wasm.exportedFunc(inst, "increment");
        Code.of(f).setBreakpoint(3, true);
        Machine m = new Machine(store);
        m.start(f, Value.i32(7));
        assertEquals(Machine.Status.BREAKPOINT, m.run());
        assertEquals(3, m.frameInstr(0));
        Code.of(f).setBreakpoint(3, false);
        assertEquals(Machine.Status.DONE, m.run());
        assertEquals(12, m.results()[0].asInt());
    }

    @Test
    void aTrapInsideARunStopsAtTheTrappingInstruction() {
        Machine m = new Machine(store);
        m.start(Wasm.exportedFunc(inst, "addLoaded"), Value.f64(1), Value.i32(65536));
        Trap t = assertThrows(Trap.class, m::run);
        assertEquals("out of bounds memory access", t.getMessage());
        assertEquals(3, m.frameInstr(0)); // f64.load
        long[] slots = m.frameSlots(0);
        assertEquals(65536, slots[slots.length - 1]); // the address is still on the stack

        Machine m1 = new Machine(store);
        m1.start(Wasm.exportedFunc(inst, "subLoaded"), Value.f64(1), Value.i32(-1));
        assertThrows(Trap.class, m1::run);
        assertEquals(2, m1.frameInstr(0));
        long[] s1 = m1.frameSlots(0);
        assertEquals(-1, (int) s1[s1.length - 1]);

        Machine m3 = new Machine(store);
        m3.start(Wasm.exportedFunc(inst, "field"), Value.i32(65528));
        assertThrows(Trap.class, m3::run);
        assertEquals(3, m3.frameInstr(0)); // f64.load
        long[] s3 = m3.frameSlots(0);
        assertEquals(65536, s3[s3.length - 1]);
        assertEquals(0.0, Wasm.invoke(store, inst, "field", Value.i32(65520))[0].asDouble());

        Machine m2 = new Machine(store);
        m2.start(Wasm.exportedFunc(inst, "loadAt"), Value.i32(65530), Value.i32(0));
        assertThrows(Trap.class, m2::run);
        assertEquals(5, m2.frameInstr(0)); // i32.load
        long[] s2 = m2.frameSlots(0);
        assertEquals(65538, s2[s2.length - 1]);
    }

    @Test
    void aBreakpointInsideARunIsHit() {
        FuncInst f = Wasm.exportedFunc(inst, "loadAt");
        Code c = Code.of(f);
        for (int at : new int[] {1, 2, 4, 5}) {
            c.setBreakpoint(at, true);
            Machine m = new Machine(store);
            m.start(f, Value.i32(4), Value.i32(4));
            assertEquals(Machine.Status.BREAKPOINT, m.run());
            assertEquals(at, m.frameInstr(0));
            c.setBreakpoint(at, false);
            assertEquals(Machine.Status.DONE, m.run());
            assertEquals(0, m.results()[0].asInt());
        }
    }
}
