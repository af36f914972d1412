package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.tests.support.Debuggee.frames;
import static org.wasmscope.tests.support.Debuggee.labels;
import static org.wasmscope.tests.support.Debuggee.owners;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.Debuggee;

/**
 * br_table dispatch, nested blocks with multi-value parameters and results, and a loop with parameters.
 * By spec 4.4.8: a label's arity is its results' count (a loop's: its parameters'); a branch keeps that
 * many values and drops everything above the label's entry height; a block's parameters belong to it.
 */
class ControlSteppingTest {
    /*
     * $dispatch: 0 block $default, 1 block $two, 2 block $one, 3 block $zero, 4 local.get 0, 5 br_table,
     * 6 end $zero, 7 i32.const 10, 8 return, 9 end $one, 10 i32.const 20, 11 return, 12 end $two,
     * 13 i32.const 30, 14 return, 15 end $default, 16 i32.const 99, 17 end.
     * $multi: 0 i64.const 9, 1 local.get 0, 2 block $outer, 3 i32.const 7, 4 local.get 1, 5 block $inner,
     * 6 br 1, 7 end $inner, 8 unreachable, 9 end $outer, 10 end.
     * $sum: 0 i32.const 0, 1 local.get 0, 2 loop $l, 3 local.set 0, 4 local.get 0, 5 i32.add,
     * 6 local.get 0, 7 i32.const 1, 8 i32.sub, 9 local.tee 0, 10 local.get 0, 11 br_if 0, 12 drop,
     * 13 end $l, 14 end.
     */
    static final String WAT = """
            (module
              (func $dispatch (export "dispatch") (param $i i32) (result i32)
                (block $default
                  (block $two
                    (block $one
                      (block $zero
                        (br_table $zero $one $two $default (local.get $i)))
                      (return (i32.const 10)))
                    (return (i32.const 20)))
                  (return (i32.const 30)))
                (i32.const 99))
              (func $multi (export "multi") (param $a i32) (param $b i64) (result i64 i32 i64)
                (i64.const 9)
                (local.get $a)
                (block $outer (param i32) (result i32 i64)
                  (i32.const 7)
                  (local.get $b)
                  (block $inner (param i32 i64) (result i32 i64)
                    (br $outer))
                  (unreachable)))
              (func $sum (export "sum") (param $n i32) (result i32)
                (i32.const 0)
                (local.get $n)
                (loop $l (param i32 i32) (result i32)
                  (local.set $n)
                  (i32.add (local.get $n))
                  (local.get $n)
                  (i32.sub (i32.const 1))
                  (local.tee $n)
                  (local.get $n)
                  (br_if $l)
                  (drop)))
            )
            """;

    private static final String AT_BR_TABLE =
            "function(1)->17 block$default(0)->16^0 block$two(0)->13^0 block$one(0)->10^0 block$zero(0)->7^0";

    @Test
    void brTableDispatchesToEachTargetAndTheDefault() throws Exception {
        int[][] cases = {{0, 7, 10}, {1, 10, 20}, {2, 13, 30}, {3, 16, 99}, {-1, 16, 99}, {1000, 16, 99}};
        for (int[] c : cases) {
            try (Debuggee d = new Debuggee(WAT)) {
                d.start("dispatch", Value.i32(c[0]));
                Snapshot s = d.steps(5); // four blocks, local.get
                assertEquals(5, s.top().instrIndex());
                assertEquals(AT_BR_TABLE, labels(s.top()));
                assertEquals("[i32:" + c[0] + "]", stack(s));
                assertEquals("0.0", owners(s)); // the index lies in $zero
                s = d.step(); // br_table pops the index and leaves every label up to its target
                assertEquals(c[1], s.top().instrIndex(), "target of " + c[0]);
                assertEquals("[]", stack(s));
                int left = switch (c[1]) {
                    case 7 -> 4;
                    case 10 -> 3;
                    case 13 -> 2;
                    default -> 1;
                };
                assertEquals(left, s.top().labels().size());
                d.act(org.wasmscope.runtime.debug.Action.RESUME);
                assertEquals(new SuspendReason.Done(List.of(Value.i32(c[2]))), d.session.reason());
            }
        }
    }

    @Test
    void nestedBlocksWithMultiValueParamsAndResults() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("multi", Value.i32(3), Value.i64(-4));
            Snapshot s = d.steps(3); // i64.const 9, local.get $a, block $outer takes [a] as its parameter
            assertEquals("function(3)->10 block$outer(2)->10^1", labels(s.top()));
            assertEquals("[i64:9 i32:3]", stack(s));
            assertEquals("0.1 0.0", owners(s)); // 9 under the function's label, a is $outer's parameter
            s = d.steps(3); // i32.const 7, local.get $b, block $inner takes [7 b]
            assertEquals(6, s.top().instrIndex());
            assertEquals("function(3)->10 block$outer(2)->10^1 block$inner(2)->8^2", labels(s.top()));
            assertEquals("[i64:9 i32:3 i32:7 i64:-4]", stack(s));
            assertEquals("0.2 0.1 0.0 0.0", owners(s));
            Frame f = s.top();
            Label inner = f.label(0);
            assertEquals(Label.Kind.BLOCK, inner.kind());
            assertEquals(List.of(ValType.I32, ValType.I64), List.of(inner.blockType().params));
            assertEquals(List.of(ValType.I32, ValType.I64), List.of(inner.blockType().results));
            assertEquals(5, inner.opener());
            assertEquals(18, inner.openerPos().line());
            assertEquals(7, inner.end());
            s = d.step(); // br $outer: keeps [7 b], drops a (above $outer's height 1)
            assertEquals(10, s.top().instrIndex());
            assertEquals("function(3)->10", labels(s.top()));
            assertEquals("[i64:9 i32:7 i64:-4]", stack(s));
            s = d.step();
            assertEquals(new SuspendReason.Done(List.of(Value.i64(9), Value.i32(7), Value.i64(-4))),
                    d.session.reason());
            assertEquals("", frames(s));
        }
    }

    @Test
    void loopWithParametersCarriesThemBack() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("sum", Value.i32(3));
            Snapshot s = d.steps(3); // i32.const 0, local.get $n, loop
            assertEquals("function(1)->14 loop$l(2)->2^0", labels(s.top()));
            assertEquals("[i32:0 i32:3]", stack(s));
            assertEquals("0.0 0.0", owners(s));
            s = d.steps(8); // local.set .. local.get
            assertEquals(11, s.top().instrIndex());
            assertEquals("[i32:3 i32:2 i32:2]", stack(s));
            s = d.step(); // br_if taken: [3 2] carried to the loop's start, outside its label again
            assertEquals(2, s.top().instrIndex());
            assertEquals("function(1)->14", labels(s.top()));
            assertEquals("[i32:3 i32:2]", stack(s));
            assertEquals("0.0 0.0", owners(s));
            s = d.stepTo("drop"); // the last round: 3 + 2 + 1, n = 0
            assertEquals("[i32:6 i32:0]", stack(s));
            assertEquals("function(1)->14 loop$l(2)->2^0", labels(s.top()));
            d.act(org.wasmscope.runtime.debug.Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.i32(6))), d.session.reason());
        }
    }
}
