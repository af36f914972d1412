package org.wasmscope.runtime.tests.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.reduction.Configuration;
import org.wasmscope.runtime.reduction.Reduction;
import org.wasmscope.runtime.reduction.Step;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.tests.support.Debuggee;

/**
 * Instantiation is execution too: after allocation, the segments' initialization and the start function run
 * as code (spec 4.5.4) that a session steps through like any function.
 */
class InstantiationSteppingTest {
    static final String WAT = """
            (module
              (global $g (export "g") (mut i32) (i32.const 0))
              (table 2 funcref)
              (elem (i32.const 1) $init)
              (memory 1)
              (data (i32.const 3) "ab")
              (func $init (global.set $g (i32.const 7)))
              (start $init))
            """;

    @Test
    void segmentsThenTheStartFunctionStepByStep() throws Exception {
        Store store = new Store();
        ModuleInst inst = Wasm.allocate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)), new Linker(), "m");
        FuncInst init = Wasm.initialization(inst);
        Session s = new Session(store);
        s.start(init, true);
        List<String> lines = new ArrayList<>();
        String atCall = null;
        String inStart = null;
        try {
            while (s.state() == SessionState.SUSPENDED && s.snapshot().top() != null) {
                Snapshot before = s.snapshot();
                if (before.top().instr().toString().equals("call 0")) {
                    atCall = Configuration.of(before).text();
                    assertEquals('a', inst.memories[0].bytes()[3]);
                    assertEquals('b', inst.memories[0].bytes()[4]);
                    assertEquals(inst.funcs[0].address, inst.tables[0].get(1));
                    assertEquals(0, inst.globals[0].get().asInt());
                }
                if (before.frames().size() == 2 && inStart == null) {
                    inStart = Configuration.of(before).text();
                }
                Step next = Reduction.next(before, s.reason());
                s.stepInto();
                s.awaitSuspended(Debuggee.WAIT);
                Snapshot after = s.snapshot();
                Step taken = Reduction.taken(next, before, after.top() == null ? null : after, s.reason(), s.results());
                if (!taken.rule().name().equals("t.const c")) {
                    lines.add(taken.line() + (taken.note().isEmpty() ? "" : "   ;; " + taken.note()));
                }
            }
        } finally {
            s.terminate();
        }
        assertEquals(List.of(
                "table.init x y: (i32.const 1) (i32.const 0) (i32.const 1) table.init 0 0 ↪ ε   ;; table 0 [1 … 1] := "
                        + "element segment 0 [0 … 0]",
                "elem.drop x: elem.drop 0 ↪ ε   ;; element segment 0 becomes empty",
                "memory.init x y: (i32.const 3) (i32.const 0) (i32.const 2) memory.init 0 ↪ ε   ;; memory 0 [3 … 4] := "
                        + "data segment 0 [0 … 1]",
                "data.drop x: data.drop 0 ↪ ε   ;; data segment 0 becomes empty",
                "call x: call 0 ↪ frame_0{func 0 $init; locals ε} label_0{ε} ⋯ end end   ;; frame pushed: func 0 $init; "
                        + "locals ε",
                "global.set x: (i32.const 7) global.set 0 ↪ ε   ;; global 0 := (i32.const 7)",
                "frame exit: frame_0{func 0 $init; locals ε} label_0{ε} end end ↪ ε   ;; continues at instruction 11 of "
                        + "instantiation of m",
                "frame exit: frame_0{instantiation of m; locals ε} label_0{ε} end end ↪ ε   ;; the invocation returned"),
                lines);
        assertEquals("""
                  frame_0{instantiation of m; locals ε}
                    label_0{ε}   ;; function body
                »     call 0
                    end
                  end
                """, atCall);
        assertEquals("""
                  frame_0{instantiation of m; locals ε}
                    label_0{ε}   ;; function body
                      frame_0{func 0 $init; locals ε}
                        label_0{ε}   ;; function body
                »         (i32.const 7)
                          global.set 0
                        end
                      end
                    end
                  end
                """, inStart);
        assertEquals(7, inst.globals[0].get().asInt());
        assertTrue(inst.elems[0].dropped() && inst.datas[0].dropped());
    }

    @Test
    void aModuleWithoutFunctionsIsInTheStoreWhileItsSegmentsRun() throws Exception {
        Store store = new Store();
        ModuleInst inst = Wasm.allocate(store, Wasm.load("(module (memory 1) (data (i32.const 0) \"x\"))"
                .getBytes(StandardCharsets.UTF_8)), new Linker(), "m");
        Session s = new Session(store);
        try {
            s.start(Wasm.initialization(inst), true);
            assertEquals(1, s.store().modules().size());
            assertEquals(0, inst.memories[0].bytes()[0]);
            for (int i = 0; i < 4; i++) {
                s.stepInto();
                s.awaitSuspended(Debuggee.WAIT);
            }
            assertEquals('x', inst.memories[0].bytes()[0]);
        } finally {
            s.terminate();
        }
    }
}
