package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.Debuggee.frames;
import static org.wasmscope.tests.support.Debuggee.locals;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.tests.support.Debuggee;

/**
 * Tail calls in the stepping API (spec 4.4.8, return_call: the caller's frame is popped, then the callee
 * invoked): the caller's frame is gone from the snapshot, the callee's says it was tail-called, a step over
 * the tail call stops at the callee's first instruction and a step out returns to the caller's caller.
 */
class TailCallSteppingTest {
    /*
     * functions: 0 $add, 1 $sum (0 local.get $n, 1 i32.eqz, 2 if, 3 local.get $acc, 4 return, 5 end,
     * 6 local.get $n, 7 i32.const 1, 8 i32.sub, 9 local.get $acc, 10 local.get $n, 11 i32.add,
     * 12 return_call 1, 13 end), 2 $last (0 local.get 0, 1 local.get 1, 2 return_call 0, 3 end),
     * 3 $outer (0 local.get 0, 1 i32.const 5, 2 call 2, 3 i32.const 2, 4 i32.mul, 5 end).
     */
    static final String WAT = """
            (module
              (func $add (param $x i32) (param $y i32) (result i32) (i32.add (local.get $x) (local.get $y)))
              (func $sum (export "sum") (param $n i32) (param $acc i32) (result i32)
                (if (i32.eqz (local.get $n)) (then (return (local.get $acc))))
                (return_call $sum (i32.sub (local.get $n) (i32.const 1)) (i32.add (local.get $acc) (local.get $n))))
              (func $last (param i32 i32) (result i32) (return_call $add (local.get 0) (local.get 1)))
              (func $outer (export "outer") (param i32) (result i32)
                (i32.mul (call $last (local.get 0) (i32.const 5)) (i32.const 2)))
            )
            """;

    @Test
    void theCalleeReplacesTheCallersFrameAndReturnsToItsCaller() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("outer", Value.i32(4));
            Snapshot s = d.stepTo("return_call 0");
            assertEquals("$outer@2 $last@2", frames(s));
            assertEquals("[| i32:4 i32:5]", stack(s));
            assertFalse(s.top().tailCalled());

            s = d.act(Action.STEP_OVER); // the caller is gone: its callee's first instruction is next
            assertEquals("$outer@2 $add@0", frames(s));
            assertTrue(s.top().tailCalled());
            assertFalse(s.frames().get(0).tailCalled());
            assertEquals("$x=i32:4 $y=i32:5", locals(s.top()));
            assertEquals("[]", stack(s));
            assertTrue(s.changes().frameNew(1));

            s = d.act(Action.STEP_OUT); // back in $outer, after the call of $last
            assertEquals("$outer@3", frames(s));
            assertEquals("[i32:9]", stack(s));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(18))), d.session.reason());
        }
    }

    /*
     * functions: 0 $double (0 local.get 0, 1 local.get 0, 2 i32.add, 3 end), 1 $via (0 local.get 0,
     * 1 ref.func 0, 2 return_call_ref 0, 3 end), 2 $main (0 local.get 0, 1 global.get 0, 2 call_ref 0,
     * 3 i32.const 1, 4 i32.add, 5 end).
     */
    static final String REF_WAT = """
            (module
              (type $t (func (param i32) (result i32)))
              (func $double (type $t) (i32.add (local.get 0) (local.get 0)))
              (func $via (type $t) (return_call_ref $t (local.get 0) (ref.func $double)))
              (elem declare func $double)
              (global (ref $t) (ref.func $via))
              (func $main (export "main") (param i32) (result i32)
                (i32.add (call_ref $t (local.get 0) (global.get 0)) (i32.const 1)))
            )
            """;

    @Test
    void callRefAndReturnCallRefFrames() throws Exception {
        try (Debuggee d = new Debuggee(REF_WAT)) {
            d.start("main", Value.i32(20));
            Snapshot s = d.steps(3); // call_ref enters $via; $main's frame is at its call_ref
            assertEquals("$main@2 $via@0", frames(s));
            assertEquals("call_ref 0", s.frames().get(0).instr().toString());
            s = d.stepTo("return_call_ref 0");
            assertEquals(2, s.top().stackSize());
            assertEquals(d.inst.funcs[0].address, s.stack().get(s.top().stackBase() + 1).value().bits(), "ref.func $double");
            s = d.act(Action.STEP_OVER);
            assertEquals("$main@2 $double@0", frames(s));
            assertTrue(s.top().tailCalled());
            s = d.act(Action.STEP_OUT);
            assertEquals("$main@3", frames(s));
            assertEquals("[i32:40]", stack(s));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(41))), d.session.reason());
        }
    }

    @Test
    void aSelfTailCallIsANewFrameInThePlaceOfTheOld() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("sum", Value.i32(2), Value.i32(0));
            Snapshot s = d.stepTo("return_call 1");
            assertEquals("$sum@12", frames(s));
            assertEquals("[i32:1 i32:2]", stack(s));

            s = d.step();
            assertEquals("$sum@0", frames(s));
            assertTrue(s.top().tailCalled());
            assertEquals("$n=i32:1 $acc=i32:2", locals(s.top()));
            assertTrue(s.changes().frameNew(0), "a new activation, though of the same function at the same depth");

            s = d.step();
            assertFalse(s.changes().frameNew(0), "a step within the tail-called frame");
            s = d.stepTo("return_call 1");
            s = d.act(Action.STEP_OVER);
            assertEquals("$sum@0", frames(s));
            assertTrue(s.changes().frameNew(0), "tail-called again");
            assertEquals("$n=i32:0 $acc=i32:3", locals(s.top()));

            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(3))), d.session.reason());
        }
    }
}
