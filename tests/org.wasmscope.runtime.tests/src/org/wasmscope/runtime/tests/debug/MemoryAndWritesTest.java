package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.Debuggee.locals;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.GlobalView;
import org.wasmscope.runtime.debug.MemoryRange;
import org.wasmscope.runtime.debug.MemoryView;
import org.wasmscope.runtime.debug.SegmentView;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.tests.support.Debuggee;

/**
 * memory.grow (spec 4.4.7: pushes the old size in pages, or -1 past the maximum; new pages are zero),
 * what changed between suspensions, the store views, and writes while suspended.
 */
class MemoryAndWritesTest {
    /*
     * $grow: 0 i32.const 16, 1 i32.const 0x01020304, 2 i32.store, 3 local.get 0, 4 memory.grow,
     * 5 global.set 0, 6 i32.const 70000, 7 i32.const 255, 8 i32.store8, 9 memory.size, 10 end.
     * $load: 0 i32.const 100, 1 i32.load, 2 global.get 0, 3 i32.add, 4 end.
     */
    static final String WAT = """
            (module
              (memory 1 3)
              (global $g (mut i32) (i32.const 0))
              (global $k i32 (i32.const 5))
              (data $hello "hello")
              (data (i32.const 200) "xy")
              (func $grow (export "grow") (param $n i32) (result i32)
                (i32.store (i32.const 16) (i32.const 0x01020304))
                (global.set $g (memory.grow (local.get $n)))
                (i32.store8 (i32.const 70000) (i32.const 255))
                (memory.size))
              (func $load (export "load") (result i32)
                (i32.add (i32.load (i32.const 100)) (global.get $g)))
            )
            """;

    @Test
    void memoryGrowAndTheChangesItMakes() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            Snapshot s = d.start("grow", Value.i32(1));
            MemoryView mem = d.session.store().memories().get(0);
            assertEquals(1, mem.pages());
            assertEquals(3, mem.maxPages());
            assertTrue(s.changes().isEmpty());
            s = d.steps(3); // i32.store at 16, little endian
            assertEquals(List.of(new MemoryRange(mem.address(), 16, 20)), s.changes().memoryWritten());
            assertArrayEquals(new byte[] {4, 3, 2, 1}, mem.read(16, 4));
            s = d.steps(2); // local.get, memory.grow 1: the old size
            assertEquals("[i32:1]", stack(s));
            assertEquals(2, mem.pages());
            assertEquals(List.of(), s.changes().memoryWritten()); // the new page is zero
            s = d.step(); // global.set $g
            GlobalView g = d.session.store().globals().get(0);
            assertTrue(s.changes().global(g.address()));
            assertEquals(Value.i32(1), g.value());
            assertTrue(g.mutable());
            s = d.steps(3); // i32.store8 in the new page
            assertFalse(s.changes().global(g.address()));
            assertEquals(List.of(new MemoryRange(mem.address(), 70000, 70001)), s.changes().memoryWritten());
            assertEquals(255, mem.readByte(70000));
            s = d.step();
            assertEquals("[i32:2]", stack(s));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(2))), d.session.reason());

            // segments: the passive one is kept, the active one dropped by instantiation
            List<SegmentView> datas = d.session.store().datas();
            assertEquals(2, datas.size());
            assertFalse(datas.get(0).dropped());
            assertEquals(5, datas.get(0).size());
            assertTrue(datas.get(1).dropped());
            assertEquals(0, datas.get(1).size());
            assertFalse(d.session.store().globals().get(1).mutable());
        }
    }

    @Test
    void growPastTheMaximumGivesMinusOneThenTheStoreTraps() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("grow", Value.i32(5));
            Snapshot s = d.steps(5);
            assertEquals("[i32:-1]", stack(s));
            assertEquals(1, d.session.store().memories().get(0).pages());
            s = d.act(Action.RESUME); // the store at 70000 is out of bounds in one page
            SuspendReason.Trapped t = assertInstanceOf(SuspendReason.Trapped.class, d.session.reason());
            assertEquals("out of bounds memory access", t.message());
            assertEquals(8, s.top().instrIndex());
            assertEquals("[i32:70000 i32:255]", stack(s));
            assertEquals(Value.i32(-1), d.session.store().globals().get(0).value());
        }
    }

    @Test
    void writesWhileSuspended() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            Snapshot s = d.start("load");
            MemoryView mem = d.session.store().memory(0);
            mem.write(100, new byte[] {40, 0, 0, 0}, 0, 4);
            d.session.store().global(0).set(Value.i32(2));
            assertThrows(IllegalArgumentException.class, () -> d.session.store().global(1).set(Value.i32(1)));
            assertThrows(IllegalArgumentException.class, () -> d.session.store().global(0).set(Value.i64(1)));
            s = d.steps(2); // i32.const 100, i32.load
            assertEquals("[i32:40]", stack(s));
            d.session.setStackEntry(0, Value.i32(38));
            assertEquals("[i32:38]", stack(d.session.snapshot()));
            assertTrue(d.session.snapshot().changes().stackEntry(0));
            assertThrows(IllegalArgumentException.class, () -> d.session.setStackEntry(0, Value.f32(1)));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(40))), d.session.reason());
            assertThrows(IllegalStateException.class, () -> d.session.setStackEntry(0, Value.i32(1)));
        }
        try (Debuggee d = new Debuggee(FactorialSteppingTest.WAT)) {
            Snapshot s = d.start("fac_iter", Value.i32(3));
            d.session.setLocal(0, 0, Value.i32(5));
            assertEquals("$n=i32:5 $acc=i32:0", locals(d.session.snapshot().top()));
            assertTrue(d.session.snapshot().changes().local(0, 0));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(120))), d.session.reason());
            assertEquals(1, s.sequence());
        }
        try (Debuggee d = new Debuggee(FactorialSteppingTest.WAT)) {
            d.start("fac", Value.i32(3));
            Snapshot s = d.stepTo("call 0");
            assertEquals("[i32:3 i32:2]", stack(s));
            d.session.setStackEntry(1, Value.i32(0)); // fac(0) = 1 instead of fac(2)
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(3))), d.session.reason());
        }
    }
}
