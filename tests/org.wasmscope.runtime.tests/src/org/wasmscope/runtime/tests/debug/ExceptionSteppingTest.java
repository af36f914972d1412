package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.Debuggee.frames;
import static org.wasmscope.tests.support.Debuggee.labels;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.CatchSite;
import org.wasmscope.runtime.debug.CatchView;
import org.wasmscope.runtime.debug.ExceptionView;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.debug.TagView;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.Debuggee;

/**
 * Stepping through exception handling: a try_table's label shows its handler's clauses; a throw suspends
 * before unwinding (an uncaught one always, a caught one when asked), with the exception in the store.
 */
class ExceptionSteppingTest {
    /*
     * "run": 0 block $handler, 1 try_table $try, 2 local.get 0, 3 call $thrower, 4 end, 5 i32.const -1,
     * 6 return, 7 end, 8 i32.const 100, 9 i32.add, 10 end. $thrower: 0 local.get 0, 1 throw $oops, 2 end.
     */
    static final String WAT = """
            (module
              (tag $oops (param i32))
              (func $thrower (param i32)
                (throw $oops (local.get 0)))
              (func $run (export "run") (param i32) (result i32)
                (block $handler (result i32)
                  (try_table $try (catch $oops $handler)
                    (call $thrower (local.get 0)))
                  (i32.const -1)
                  (return))
                (i32.const 100)
                (i32.add))
              (func $escape (export "escape") (param i32) (call $thrower (local.get 0)))
            )
            """;

    @Test
    void aTryTableLabelCarriesItsCatchClauses() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("run", Value.i32(5));
            Snapshot s = d.steps(2);
            assertEquals(2, s.top().instrIndex());
            assertEquals("function(1)->10 block$handler(1)->8^0 try_table$try(0)->5^0", labels(s.top()));
            Label t = s.top().label(0);
            assertEquals(Label.Kind.TRY_TABLE, t.kind());
            // the clause branches to $handler, depth 1 seen from inside the try_table
            assertEquals(List.of(new CatchView(Catch.Kind.CATCH, 0, "oops", 1, 8)), t.catches());
            assertEquals(List.of(), s.top().label(1).catches());
        }
    }

    @Test
    void aCaughtThrowSuspendsBeforeUnwindingWhenAskedAndAStepLandsAtTheHandler() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.session.setSuspendOnException(Session.OnException.ALL);
            d.start("run", Value.i32(5));
            Snapshot s = d.act(Action.RESUME);
            SuspendReason.Thrown t = assertInstanceOf(SuspendReason.Thrown.class, d.session.reason());
            int tag = d.inst.tags[0].address;
            assertEquals(new ExceptionView(t.exception().serial(), tag, List.of(Value.i32(5))), t.exception());
            assertEquals(d.inst.funcs[0], t.function());
            assertEquals(1, t.instr());
            assertTrue(t.caught());
            assertEquals("$run@3 $thrower@1", frames(s)); // nothing unwound: the payload is still an operand
            assertEquals("[| i32:5]", stack(s));
            assertEquals(List.of(t.exception()), d.session.store().exceptions());
            assertEquals(new TagView(tag, d.inst.tags[0].type), d.session.store().tags().get(tag));
            assertEquals(List.of(ValType.I32), List.of(d.session.store().tags().get(tag).type().params));

            s = d.step(); // unwinds: at $handler's continuation with the payload
            assertEquals("$run@8", frames(s));
            assertEquals("[i32:5]", stack(s));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(105))), d.session.reason());
        }
    }

    @Test
    void byDefaultOnlyAnUncaughtExceptionSuspendsAndThatEndsTheRun() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("run", Value.i32(1));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(101))), d.session.reason());
        }
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("escape", Value.i32(3));
            Snapshot s = d.act(Action.RESUME);
            SuspendReason.Thrown t = assertInstanceOf(SuspendReason.Thrown.class, d.session.reason());
            assertEquals(List.of(Value.i32(3)), t.exception().payload());
            assertEquals(false, t.caught());
            assertEquals("$escape@1 $thrower@1", frames(s));
            assertEquals(List.of(Value.i32(3)), d.session.exception().payload());
            d.session.resume();
            assertEquals(SessionState.TERMINATED, d.session.awaitSuspended(Debuggee.WAIT));
        }
    }

    @Test
    void neverSuspendingOnExceptionsEndsTheSessionAtOnce() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.session.setSuspendOnException(Session.OnException.NEVER);
            d.session.start(d.inst, "escape", false, Value.i32(3));
            assertEquals(SessionState.TERMINATED, d.session.awaitSuspended(Debuggee.WAIT));
            assertEquals(List.of(Value.i32(3)), d.session.exception().payload());
        }
    }

    /** Two tags, one caught by tag in $run's try_table, one by catch_all in $outer's, one by none. */
    static final String TWO_TAGS = """
            (module
              (tag $a (export "a") (param i32))
              (tag $b (param i64 f32))
              (tag (export "c"))
              (func $throw_a (param i32) (throw $a (local.get 0)))
              (func $throw_b (throw $b (i64.const -2) (f32.const 1.5)))
              (func $inner (param i32)
                (block $h (result i32)
                  (try_table (catch $a $h)
                    (if (local.get 0) (then (call $throw_a (i32.const 7))) (else (call $throw_b))))
                  (return))
                (drop))
              (func $outer (export "outer") (param i32)
                (block $all
                  (try_table (catch_all $all)
                    (call $inner (local.get 0)))))
              (func (export "bare") (call $throw_b))
              (func (export "throw_c") (throw 2))
            )
            """;

    @Test
    void theCatchSiteOfAThrowIsTheFirstHandlerWithAClauseForItsTag() throws Exception {
        try (Debuggee d = new Debuggee(TWO_TAGS)) {
            d.start("outer", Value.i32(1));
            Snapshot s = d.stepTo("throw 0");
            assertEquals("$outer@3 $inner@5 $throw_a@1", frames(s));
            // caught by tag in $inner (frame 1): its try_table's label is label 1 there (inside the if: 0)
            assertEquals(new CatchSite(1, 1, 0), d.session.catchSite());
            assertEquals(s.catchSite(d.inst.tags[0].address), d.session.catchSite());
            // an exception of $b would pass $inner's handler and be caught by $outer's catch_all
            assertEquals(new CatchSite(0, 0, 0), s.catchSite(d.inst.tags[1].address));
        }
        try (Debuggee d = new Debuggee(TWO_TAGS)) {
            d.start("bare");
            assertEquals(null, d.session.catchSite(), "not at a throw");
            d.stepTo("throw 1");
            assertEquals(null, d.session.catchSite(), "no handler");
        }
    }

    @Test
    void theCatchSiteOfAThrowRefIsFoundByTheTagOfTheExceptionItRethrows() throws Exception {
        String wat = """
                (module
                  (tag $e (param i32))
                  (func $rethrow (param i32)
                    (block $h (result exnref)
                      (try_table (catch_all_ref $h)
                        (throw $e (local.get 0)))
                      (return))
                    (throw_ref))
                  (func (export "run") (param i32) (result i32)
                    (block $got (result i32)
                      (try_table (catch $e $got)
                        (call $rethrow (local.get 0)))
                      (i32.const -1))))
                """;
        try (Debuggee d = new Debuggee(wat)) {
            d.start("run", Value.i32(9));
            d.stepTo("throw 0");
            assertEquals(new CatchSite(1, 0, 0), d.session.catchSite(), "the catch_all_ref around it");
            d.stepTo("throw_ref");
            assertEquals(new CatchSite(0, 0, 0), d.session.catchSite(), "the caller's catch $e");
        }
    }

    @Test
    void aFilterChoosesTheExceptionsThatSuspendByTagAndCaught() throws Exception {
        try (Debuggee d = new Debuggee(TWO_TAGS)) {
            int b = d.inst.tags[1].address;
            // only caught exceptions of $b whose payload starts with -2: the run throws $b, caught by $outer's catch_all
            d.session.setSuspendOnException((e, caught) -> e.tag() == b && caught && e.payload().get(0).equals(Value.i64(-2)));
            d.start("outer", Value.i32(0));
            d.act(Action.RESUME);
            SuspendReason.Thrown t = assertInstanceOf(SuspendReason.Thrown.class, d.session.reason());
            assertEquals(b, t.exception().tag());
            assertEquals("$b (i64 -2) (f32 1.5)", d.session.store().describe(t.exception()));
            d.act(Action.RESUME);
            assertInstanceOf(SuspendReason.Done.class, d.session.reason());
        }
        try (Debuggee d = new Debuggee(TWO_TAGS)) {
            int b = d.inst.tags[1].address;
            // a caught $a does not suspend: the step over the throw goes on to the handler
            d.session.setSuspendOnException((e, caught) -> e.tag() == b);
            d.start("outer", Value.i32(1));
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of()), d.session.reason());
        }
    }

    @Test
    void tagsAreNamedByIdThenExportThenAddress() throws Exception {
        try (Debuggee d = new Debuggee(TWO_TAGS)) {
            assertEquals("$a", d.session.store().tagName(d.inst.tags[0].address));
            assertEquals("\"c\"", d.session.store().tagName(d.inst.tags[2].address));
            assertEquals("tag[7]", d.session.store().tagName(7));
        }
    }
}
