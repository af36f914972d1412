package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.Debuggee.frames;
import static org.wasmscope.tests.support.Debuggee.labels;
import static org.wasmscope.tests.support.Debuggee.locals;
import static org.wasmscope.tests.support.Debuggee.owners;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Breakpoint;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.tests.support.Debuggee;

/**
 * Steps through recursive and iterative factorial. Expectations follow the execution rules (spec 4.4.8):
 * {@code if} pops its condition and enters a label of arity 1 whose continuation is after its
 * {@code end}; {@code call} moves the arguments into the new frame's locals; {@code br_if} to a block
 * continues after the block's {@code end}; {@code br} to a loop continues at the loop itself.
 */
class FactorialSteppingTest {
    /*
     * $fac body, by index: 0 local.get 0, 1 i32.eqz, 2 if, 3 i32.const 1, 4 else, 5 local.get 0,
     * 6 local.get 0, 7 i32.const 1, 8 i32.sub, 9 call 0, 10 i32.mul, 11 end (if), 12 end (function).
     * $fac_iter: 0 i32.const 1, 1 local.set 1, 2 block, 3 loop, 4 local.get 0, 5 i32.eqz, 6 br_if 1,
     * 7 local.get 1, 8 local.get 0, 9 i32.mul, 10 local.set 1, 11 local.get 0, 12 i32.const 1, 13 i32.sub,
     * 14 local.set 0, 15 br 0, 16 end (loop), 17 end (block), 18 local.get 1, 19 end (function).
     */
    static final String WAT = """
            (module
              (func $fac (export "fac") (param $n i32) (result i32)
                (if (result i32) (i32.eqz (local.get $n))
                  (then (i32.const 1))
                  (else
                    (i32.mul (local.get $n)
                             (call $fac (i32.sub (local.get $n) (i32.const 1)))))))
              (func $fac_iter (export "fac_iter") (param $n i32) (result i32)
                (local $acc i32)
                (local.set $acc (i32.const 1))
                (block $done
                  (loop $again
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $acc (i32.mul (local.get $acc) (local.get $n)))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $again)))
                (local.get $acc))
            )
            """;

    @Test
    void recursiveFactorialFramesStackAndLabels() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            Snapshot s = d.start("fac", Value.i32(3));
            assertInstanceOf(SuspendReason.Entry.class, d.session.reason());
            assertEquals("$fac@0", frames(s));
            assertEquals("$n=i32:3", locals(s.top()));
            assertEquals("[]", stack(s));
            assertEquals("function(1)->12", labels(s.top()));
            assertEquals(1, s.top().returnArity());
            assertEquals(3, s.top().pos().line());

            s = d.steps(2); // local.get 0, i32.eqz: 3 == 0 is false
            assertEquals("[i32:0]", stack(s));
            assertEquals("$fac@2", frames(s));
            s = d.step(); // if pops 0: the else branch, inside the if's label (height 0, arity 1)
            assertEquals("$fac@5", frames(s));
            assertEquals("[]", stack(s));
            assertEquals("function(1)->12 else(1)->12^0", labels(s.top()));

            s = d.steps(4); // local.get 0, local.get 0, i32.const 1, i32.sub
            assertEquals("$fac@9", frames(s));
            assertEquals("[i32:3 i32:2]", stack(s));
            assertEquals("0.0 0.0", owners(s)); // both above the else label's height

            s = d.step(); // call: the argument becomes the callee's $n
            assertEquals("$fac@9 $fac@0", frames(s));
            assertEquals("[i32:3]", stack(s));
            assertEquals("$n=i32:2", locals(s.frames().get(1)));
            assertEquals("$n=i32:3", locals(s.frames().get(0)));
            assertEquals("function(1)->12 else(1)->12^0", labels(s.frames().get(0)));
            assertEquals("function(1)->12", labels(s.top()));
            assertEquals(1, s.top().stackBase());
            assertEquals(0, s.top().stackSize());

            // down to fac(0): 8 more instructions per level
            s = d.steps(16);
            assertEquals("$fac@9 $fac@9 $fac@9 $fac@0", frames(s));
            assertEquals("[i32:3 | i32:2 | i32:1]", stack(s));
            assertEquals("$n=i32:0", locals(s.top()));
            s = d.steps(3); // local.get, eqz (1), if takes the then branch
            assertEquals("$fac@9 $fac@9 $fac@9 $fac@3", frames(s));
            assertEquals("function(1)->12 if(1)->12^0", labels(s.top()));
            s = d.step(); // i32.const 1, now before else
            assertEquals("[i32:3 | i32:2 | i32:1 | i32:1]", stack(s));
            assertEquals(4, s.top().instrIndex());
            s = d.step(); // else: the then branch is done, jump to the if's end
            assertEquals(11, s.top().instrIndex());
            assertEquals("function(1)->12 if(1)->12^0", labels(s.top()));
            s = d.step(); // end of the if: its label is gone, the result stays
            assertEquals(12, s.top().instrIndex());
            assertEquals("function(1)->12", labels(s.top()));
            assertEquals("[i32:3 | i32:2 | i32:1 | i32:1]", stack(s));
            s = d.step(); // the function's end returns: the result lands on the caller's stack
            assertEquals("$fac@9 $fac@9 $fac@10", frames(s));
            assertEquals("[i32:3 | i32:2 | i32:1 i32:1]", stack(s));
            assertTrue(!s.changes().frameNew(2)); // the same activation of $fac at depth 3
            assertTrue(s.changes().stackEntry(3));

            s = d.act(Action.STEP_OUT); // fac(1) returns 1*1 to fac(2)
            assertEquals("$fac@9 $fac@10", frames(s));
            assertEquals("[i32:3 | i32:2 i32:1]", stack(s));
            assertInstanceOf(SuspendReason.Step.class, d.session.reason());

            s = d.act(Action.STEP_OVER); // i32.mul
            assertEquals("[i32:3 | i32:2]", stack(s));
            assertEquals(11, s.top().instrIndex()); // the if's end, reached from its else branch: still its label
            assertEquals("function(1)->12 else(1)->12^0", labels(s.top()));
            s = d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(6))), d.session.reason());
            assertEquals(List.of(Value.i32(6)), d.session.results());
            assertEquals("", frames(s));
        }
    }

    @Test
    void aBreakpointAtTheEndOfAnIfStopsAfterEitherBranchWithThatBranchsLabel() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("fac", Value.i32(1));
            d.session.breakAt(d.func("fac"), 11);
            Snapshot s = d.act(Action.RESUME); // fac(1) calls fac(0), which takes the then branch
            assertEquals("$fac@9 $fac@11", frames(s));
            assertEquals(Label.Kind.IF, s.top().labels().get(1).kind());
            s = d.act(Action.RESUME); // fac(1), after its else branch
            assertEquals("$fac@11", frames(s));
            assertEquals(Label.Kind.ELSE, s.top().labels().get(1).kind());
            s = d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(1))), d.session.reason());
        }
    }

    @Test
    void stepOverACallRunsItWhole() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("fac", Value.i32(5));
            Snapshot s = d.stepTo("call 0");
            assertEquals("[i32:5 i32:4]", stack(s));
            s = d.act(Action.STEP_OVER); // fac(4) = 24
            assertEquals("$fac@10", frames(s));
            assertEquals("[i32:5 i32:24]", stack(s));
            s = d.act(Action.STEP_OVER);
            assertEquals("[i32:120]", stack(s));
        }
    }

    @Test
    void stepOverStopsAtABreakpointInTheCallee() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("fac", Value.i32(3));
            d.stepTo("call 0");
            Breakpoint mul = d.session.breakAt(d.func("fac"), 10); // i32.mul, reached first in fac(1)
            Snapshot s = d.act(Action.STEP_OVER);
            assertEquals(new SuspendReason.BreakpointHit(mul, 1), d.session.reason());
            assertEquals("$fac@9 $fac@9 $fac@10", frames(s));
            assertEquals("[i32:3 | i32:2 | i32:1 i32:1]", stack(s));
            d.session.setEnabled(mul, false);
            assertEquals(false, mul.enabled());
            s = d.act(Action.STEP_OUT); // disabled: no stop in fac(2)
            assertEquals("$fac@9 $fac@10", frames(s));
            assertEquals("[i32:3 | i32:2 i32:1]", stack(s));
            d.session.setEnabled(mul, true);
            s = d.act(Action.STEP_OUT); // fac(2) returns 2 to fac(3), which stops after the call, before its mul
            assertEquals("$fac@10", frames(s));
            assertInstanceOf(SuspendReason.Step.class, d.session.reason());
            s = d.act(Action.RESUME); // it has the breakpoint, but resuming passes over the current one
            assertEquals(new SuspendReason.Done(List.of(Value.i32(6))), d.session.reason());
            assertEquals(1, mul.hitCount());
        }
    }

    @Test
    void iterativeFactorialLoopLabelsAndBreakpointHits() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            Snapshot s = d.start("fac_iter", Value.i32(3));
            assertEquals("$n=i32:3 $acc=i32:0", locals(s.top()));
            s = d.steps(2); // i32.const 1, local.set 1: $acc changed in this step
            assertTrue(s.changes().local(0, 1));
            assertTrue(!s.changes().local(0, 0));
            s = d.steps(2); // block, loop
            assertTrue(!s.changes().local(0, 1));
            assertEquals(4, s.top().instrIndex());
            assertEquals("function(1)->19 block$done(0)->18^0 loop$again(0)->3^0", labels(s.top()));
            assertEquals("$n=i32:3 $acc=i32:1", locals(s.top()));
            Frame f = s.top();
            assertEquals(Value.i32(1), f.locals().get(1).value());
            assertEquals("again", f.label(0).name());
            assertEquals(12, f.label(0).openerPos().line());

            Breakpoint br = d.session.breakAt(d.func("fac_iter"), 15); // br $again
            int[][] expected = {{2, 3}, {1, 6}, {0, 6}};
            for (int i = 0; i < 3; i++) {
                s = d.act(Action.RESUME);
                assertEquals(new SuspendReason.BreakpointHit(br, i + 1), d.session.reason());
                assertEquals(15, s.top().instrIndex());
                assertEquals("$n=i32:" + expected[i][0] + " $acc=i32:" + expected[i][1], locals(s.top()));
                assertEquals("[]", stack(s));
            }
            s = d.step(); // br 0: back to the loop instruction, whose label is not entered yet
            assertEquals(3, s.top().instrIndex());
            assertEquals("function(1)->19 block$done(0)->18", labels(s.top()).replace("^0", ""));
            s = d.steps(4); // loop, local.get, eqz, br_if taken: continues after the block's end
            assertEquals(18, s.top().instrIndex());
            assertEquals("function(1)->19", labels(s.top()));
            s = d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(6))), d.session.reason());
            assertEquals(3, br.hitCount());
        }
    }

    @Test
    void lineAndEntryBreakpointsWithIgnoreCount() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            // line 15: (local.set $n (i32.sub (local.get $n) (i32.const 1))): entered at its local.get (11)
            Breakpoint line = d.session.breakAtLine(d.inst, 15);
            assertEquals(15, line.line());
            assertEquals(List.of(new Breakpoint.Location(d.func("fac_iter"), 11)), line.locations());
            line.setIgnoreCount(1);
            d.start("fac_iter", Value.i32(4));
            Snapshot s = d.act(Action.RESUME); // first hit ignored: second iteration
            assertEquals(new SuspendReason.BreakpointHit(line, 2), d.session.reason());
            assertEquals(11, s.top().instrIndex());
            assertEquals("$n=i32:3 $acc=i32:12", locals(s.top()));
            d.session.remove(line);
            assertEquals(List.of(), d.session.breakpoints());
            s = d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(24))), d.session.reason());
        }
        try (Debuggee d = new Debuggee(WAT)) {
            Breakpoint entry = d.session.breakOnEntry(d.func("fac"));
            // a blank line resolves to the next line with code
            Breakpoint later = d.session.breakAtLine(d.inst, 1);
            assertEquals(3, later.line());
            d.session.remove(later);
            d.session.start(d.inst, "fac", false, Value.i32(2));
            for (int n = 2; n >= 0; n--) {
                assertEquals(org.wasmscope.runtime.debug.SessionState.SUSPENDED, d.session.awaitSuspended(Debuggee.WAIT));
                Snapshot s = d.session.snapshot();
                assertEquals(new SuspendReason.BreakpointHit(entry, 3 - n), d.session.reason());
                assertEquals("$n=i32:" + n, locals(s.top()));
                assertEquals(0, s.top().instrIndex());
                assertEquals(3 - n, s.frames().size());
                d.session.resume();
            }
            assertEquals(org.wasmscope.runtime.debug.SessionState.SUSPENDED, d.session.awaitSuspended(Debuggee.WAIT));
            assertEquals(new SuspendReason.Done(List.of(Value.i32(2))), d.session.reason());
            assertNull(d.session.trap());
        }
    }
}
