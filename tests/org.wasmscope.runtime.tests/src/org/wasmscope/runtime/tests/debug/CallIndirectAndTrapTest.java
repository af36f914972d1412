package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.Debuggee.frames;
import static org.wasmscope.tests.support.Debuggee.locals;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.debug.TableView;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.Debuggee;

/**
 * call_indirect (spec 4.4.8: the table element's function is called after its type is checked; the
 * index and then the arguments leave the caller's stack) and traps: the session suspends at the trapping
 * instruction with the frames not unwound and the operands still on the stack.
 */
class CallIndirectAndTrapTest {
    /*
     * functions: 0 $add, 1 $sub, 2 $mul, 3 $neg, 4 $apply (0 local.get 1, 1 local.get 2, 2 local.get 0,
     * 3 call_indirect, 4 end), 5 $div (0 local.get 0, 1 local.get 1, 2 i32.div_s, 3 end),
     * 6 $outer (0 i32.const 1, 1 i32.const 10, 2 local.get 0, 3 call 5, 4 i32.add, 5 end), 7 $forever.
     */
    static final String WAT = """
            (module
              (type $binop (func (param i32 i32) (result i32)))
              (table 5 funcref)
              (elem (i32.const 0) $add $sub $mul $neg)
              (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
              (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
              (func $mul (param $x i32) (param $y i32) (result i32) (i32.mul (local.get $x) (local.get $y)))
              (func $neg (param $x i32) (result i32) (i32.sub (i32.const 0) (local.get $x)))
              (func $apply (export "apply") (param $op i32) (param $x i32) (param $y i32) (result i32)
                (call_indirect (type $binop) (local.get $x) (local.get $y) (local.get $op)))
              (func $div (export "div") (param i32 i32) (result i32)
                (i32.div_s (local.get 0) (local.get 1)))
              (func $outer (export "outer") (param i32) (result i32)
                (i32.add (i32.const 1) (call $div (i32.const 10) (local.get 0))))
              (func $forever (export "forever") (call $forever))
            )
            """;

    @Test
    void callIndirectEntersTheTablesFunction() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("apply", Value.i32(2), Value.i32(6), Value.i32(7));
            Snapshot s = d.steps(3);
            assertEquals("$apply@3", frames(s));
            assertEquals("[i32:6 i32:7 i32:2]", stack(s));
            s = d.step(); // table[2] is $mul: x, y become its locals, the index is gone
            assertEquals("$apply@3 $mul@0", frames(s));
            assertEquals("[]", stack(s));
            assertEquals("$x=i32:6 $y=i32:7", locals(s.top()));
            assertEquals(0, s.frames().get(0).stackSize());
            assertEquals("call_indirect 0 (type 0)".split(" ")[0], s.frames().get(0).instr().op.text);
            s = d.act(Action.STEP_OUT);
            assertEquals("$apply@4", frames(s));
            assertEquals("[i32:42]", stack(s));
            TableView t = d.session.store().tables().get(0);
            assertEquals(5, t.size());
            assertEquals(Value.ref(ValType.FUNCREF, d.inst.funcs[2].address), t.element(2));
            assertEquals(Value.nullRef(ValType.FUNCREF), t.element(4));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(42))), d.session.reason());
        }
    }

    @Test
    void callIndirectTrapsSuspendBeforeUnwinding() throws Exception {
        String[][] cases = {{"4", "uninitialized element"}, {"9", "undefined element"},
                {"3", "indirect call type mismatch"}};
        for (String[] c : cases) {
            try (Debuggee d = new Debuggee(WAT)) {
                int op = Integer.parseInt(c[0]);
                d.start("apply", Value.i32(op), Value.i32(6), Value.i32(7));
                Snapshot s = d.act(Action.RESUME);
                SuspendReason.Trapped t = assertInstanceOf(SuspendReason.Trapped.class, d.session.reason());
                assertTrue(t.message().startsWith(c[1]), "table[" + op + "]: " + t.message());
                assertEquals("$apply@3", frames(s));
                assertEquals("[i32:6 i32:7 i32:" + op + "]", stack(s)); // operands of call_indirect still there
                assertEquals(10, s.top().pos().line());
                d.session.resume(); // unwinds
                assertEquals(SessionState.TERMINATED, d.session.awaitSuspended(Debuggee.WAIT));
                assertEquals(t.message(), d.session.trap().getMessage());
            }
        }
    }

    @Test
    void divideByZeroInACalleeKeepsBothFrames() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("outer", Value.i32(0));
            Snapshot s = d.act(Action.RESUME);
            assertEquals(new SuspendReason.Trapped("integer divide by zero", d.session.trap()), d.session.reason());
            assertEquals("$outer@3 $div@2", frames(s));
            assertEquals("[i32:1 | i32:10 i32:0]", stack(s));
            assertEquals(12, s.top().pos().line());
            assertEquals("i32.div_s", s.top().instr().toString());
            d.session.pause(); // not running: nothing happens
            assertEquals(SessionState.SUSPENDED, d.session.state());
        }
    }

    @Test
    void trapWithoutSuspendingEndsTheSession() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.session.setSuspendOnTrap(false);
            d.session.start(d.inst, "outer", false, Value.i32(0));
            assertEquals(SessionState.TERMINATED, d.session.awaitSuspended(Debuggee.WAIT));
            assertEquals("integer divide by zero", d.session.trap().getMessage());
        }
    }

    @Test
    void exhaustionIsATrapToo() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("forever");
            Snapshot s = d.act(Action.RESUME);
            SuspendReason.Trapped t = assertInstanceOf(SuspendReason.Trapped.class, d.session.reason());
            assertEquals("call stack exhausted", t.message());
            assertEquals(org.wasmscope.runtime.exec.Machine.MAX_DEPTH, s.frames().size());
            assertFalse(s.frames().isEmpty());
        }
    }
}
