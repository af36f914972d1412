package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.Debuggee.locals;
import static org.wasmscope.tests.support.Debuggee.stack;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.Debuggee;

/** Every value type on the operand stack and in locals, typed by validation, v128 taking two machine slots. */
class ValueTypesTest {
    static final String WAT = """
            (module
              (func $all (export "all") (param $e externref) (result f64)
                (local $v v128) (local $r funcref) (local $d f64)
                (i32.const -7)
                (i64.const 0x10000000000)
                (f32.const 1.5)
                (v128.const i32x4 1 2 3 4)
                (f64.const -0.25)
                (ref.func $all)
                (local.get $e)
                (drop)
                (local.set $e (ref.null extern))
                (local.set $r)
                (local.set $v (local.get $v))
                (local.set $v (i32x4.splat (i32.const 9)))
                (local.set $d)
                (local.set $v)
                (drop) (drop) (drop)
                (local.get $d))
              (elem declare func $all)
            )
            """;

    @Test
    void typedEntriesOfEveryKind() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.start("all", Value.ref(ValType.EXTERNREF, 42));
            Snapshot s = d.steps(7);
            long all = d.func("all").address;
            assertEquals("[i32:-7 i64:1099511627776 f32:1.5 v128:0x00000001 0x00000002 0x00000003 0x00000004 f64:-0.25 "
                    + d.func("all").defType.ref + ":" + all + " externref:42]", stack(s)); // ref.func: (ref $t)
            for (StackEntry e : s.stack()) {
                assertEquals(e.index(), e.height());
            }
            assertEquals("$e=externref:42 $v=v128:0x00000000 0x00000000 0x00000000 0x00000000 $r=funcref:null"
                    + " $d=f64:0.0", locals(s.top()));
            s = d.steps(4); // drop, ref.null, local.set $e, local.set $r
            assertEquals("$e=externref:null $v=v128:0x00000000 0x00000000 0x00000000 0x00000000 $r=funcref:" + all
                    + " $d=f64:0.0", locals(s.top()));
            // changes are since the previous suspension: the last step set $r only
            assertTrue(s.changes().local(0, 2) && !s.changes().local(0, 0) && !s.changes().local(0, 1));
            // writes of two-slot values land in both slots
            d.session.setStackEntry(3, Value.v128(0x0000000600000005L, 0x0000000800000007L));
            d.session.setLocal(0, 1, Value.v128(-1, -1));
            s = d.session.snapshot();
            assertEquals(Value.v128(0x0000000600000005L, 0x0000000800000007L), s.stack().get(3).value());
            assertEquals(Value.f64(-0.25), s.stack().get(4).value());
            assertEquals(Value.v128(-1, -1), s.top().locals().get(1).value());
            d.steps(2); // local.get $v, local.set $v
            s = d.steps(3); // i32.const 9, i32x4.splat, local.set $v
            assertEquals(Value.v128(0x0000000900000009L, 0x0000000900000009L), s.top().locals().get(1).value());
            s = d.steps(2); // local.set $d takes the f64, local.set $v the written v128
            assertEquals(Value.v128(0x0000000600000005L, 0x0000000800000007L), s.top().locals().get(1).value());
            d.act(Action.RESUME);
            assertEquals(new SuspendReason.Done(List.of(Value.f64(-0.25))), d.session.reason());
        }
    }
}
