package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.exec.Machine.Status;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.tests.support.ModuleBuilder;

/** The machine as the debugger will drive it: single steps, frames, pausing, the state after a trap. */
class MachineTest {
    @Test
    void stepExecutesOneInstructionAtATime() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("f", types(I32), types(I32), get(0), i32(2), op(I32_MUL), i32(1), op(I32_ADD));
        Machine m = new Machine(a.store);
        m.start(a.export("f"), Value.i32(20));
        List<Integer> visited = new ArrayList<>();
        while (!m.isDone()) {
            visited.add(m.frameInstr(m.depth() - 1));
            assertEquals(Status.STEPPED == m.step() || m.isDone(), true);
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), visited, "every instruction, the final end included");
        assertArrayEquals(new Value[] {Value.i32(41)}, m.results());
    }

    @Test
    void steppingEntersCallsAndReturnsToTheCaller() {
        ModuleBuilder a = CallTest.factorial();
        Machine m = new Machine(a.store);
        m.start(a.export("fac"), Value.i64(3));
        int maxDepth = 0, steps = 0;
        while (!m.isDone()) {
            maxDepth = Math.max(maxDepth, m.depth());
            m.step();
            steps++;
        }
        assertEquals(4, maxDepth, "fac 3 -> fac 2 -> fac 1 -> fac 0");
        assertEquals(Value.i64(6), m.results()[0]);
        assertTrue(steps > 30, "each instruction is its own step: " + steps);
    }

    @Test
    void runAndStepCanBeMixed() {
        ModuleBuilder a = CallTest.factorial();
        Machine m = new Machine(a.store);
        m.start(a.export("fac"), Value.i64(10));
        for (int i = 0; i < 25; i++) {
            m.step();
        }
        assertTrue(m.depth() > 1);
        long[] slots = m.frameSlots(m.depth() - 1);
        assertTrue(slots.length >= 1, "locals of the top frame");
        assertEquals(Status.DONE, m.run());
        assertEquals(Value.i64(3628800), m.results()[0]);
    }

    @Test
    void aPauseRequestStopsARunawayLoop() throws InterruptedException {
        ModuleBuilder a = new ModuleBuilder();
        a.func("spin", types(), types(), block(LOOP), op(BR, 0), op(END));
        Machine m = new Machine(a.store);
        m.start(a.export("spin"));
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            m.requestPause();
        });
        t.start();
        assertEquals(Status.PAUSED, m.run());
        t.join();
        assertEquals(0, m.frameInstr(0), "paused at the loop instruction");
        assertEquals(Status.STEPPED, m.step());
        assertEquals(1, m.frameInstr(0));
    }

    @Test
    void aTrapLeavesTheMachineAtTheTrappingInstruction() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("f", types(), types(I32), i32(1), i32(0), op(I32_DIV_U));
        Machine m = new Machine(a.store);
        m.start(a.export("f"));
        Trap t = assertThrows(Trap.class, m::run);
        assertEquals("integer divide by zero", t.getMessage());
        assertSame(t, m.trap());
        assertEquals(2, m.frameInstr(0));
        assertArrayEquals(new long[] {1, 0}, m.frameSlots(0), "operands still on the stack");
        assertThrows(IllegalStateException.class, m::run);
    }

    /** main: call double(x) then add 1; double: x * 2. */
    static ModuleBuilder caller() {
        ModuleBuilder a = new ModuleBuilder();
        int dbl = a.func(types(I32), types(I32), get(0), i32(2), op(I32_MUL));
        a.func("main", types(I32), types(I32), get(0), op(CALL, dbl), i32(1), op(I32_ADD));
        return a;
    }

    @Test
    void stepOverCompletesACallAndStepOutReturnsToTheCaller() {
        ModuleBuilder a = caller();
        Machine m = new Machine(a.store);
        m.start(a.export("main"), Value.i32(5));
        assertEquals(Status.STEPPED, m.step()); // local.get
        assertEquals(1, m.frameInstr(0));
        assertEquals(Status.STEPPED, m.stepOver()); // call, completed
        assertEquals(1, m.depth());
        assertEquals(2, m.frameInstr(0));
        assertArrayEquals(new long[] {5, 10}, m.frameSlots(0), "the local, then the call's result");

        m = new Machine(a.store);
        m.start(a.export("main"), Value.i32(5));
        m.step();
        m.step(); // into double
        assertEquals(2, m.depth());
        assertEquals(0, m.frameInstr(1));
        assertEquals(1, m.frameInstr(0), "the caller is at its call");
        assertEquals(Status.STEPPED, m.stepOut());
        assertEquals(1, m.depth());
        assertEquals(2, m.frameInstr(0));
        assertEquals(Status.DONE, m.stepOut());
        assertEquals(Value.i32(11), m.results()[0]);
    }

    @Test
    void breakpointsStopRunAndStepOverAndCostNothingWhenCleared() {
        ModuleBuilder a = caller();
        Machine m = new Machine(a.store);
        FuncInst dbl = a.export("main").module.funcs[0];
        Code code = Code.of(dbl);
        code.setBreakpoint(2, true); // the i32.mul
        assertTrue(code.hasBreakpoint(2));
        m.start(a.export("main"), Value.i32(5));
        assertEquals(Status.BREAKPOINT, m.run());
        assertEquals(2, m.depth());
        assertEquals(2, m.frameInstr(1));
        assertEquals(Status.DONE, m.run(), "resuming executes the instruction at the breakpoint");
        assertEquals(Value.i32(11), m.results()[0]);

        m.start(a.export("main"), Value.i32(5));
        m.step();
        assertEquals(Status.BREAKPOINT, m.stepOver(), "a breakpoint inside the stepped-over call");
        code.setBreakpoint(2, false);
        assertEquals(false, code.hasBreakpoint(2));
        m.start(a.export("main"), Value.i32(1));
        assertEquals(Status.DONE, m.run());
        assertEquals(Value.i32(3), m.results()[0]);
    }

    @Test
    void aBreakpointOnTheSecondOfAFusedPairIsHit() {
        ModuleBuilder a = new ModuleBuilder();
        // local.get; local.get and local.set; local.get and i32.const; i32.add run fused when nothing stops them
        a.func("f", types(I32), types(I32), types(I32),
                get(0), get(0), op(I32_ADD), set(1), get(1), i32(3), op(I32_ADD));
        FuncInst f = a.export("f");
        assertEquals(Value.i32(13), a.call("f", Value.i32(5)));
        Code code = Code.of(f);
        for (int at : new int[] {1, 4, 6}) {
            code.setBreakpoint(at, true);
            Machine m = new Machine(a.store);
            m.start(f, Value.i32(5));
            assertEquals(Status.BREAKPOINT, m.run(), "breakpoint at " + at);
            assertEquals(at, m.frameInstr(0));
            assertEquals(Status.DONE, m.run());
            assertEquals(Value.i32(13), m.results()[0]);
            code.setBreakpoint(at, false);
        }
        Machine m = new Machine(a.store);
        m.start(f, Value.i32(5));
        assertEquals(Status.DONE, m.run(), "no breakpoints left");
    }
}
