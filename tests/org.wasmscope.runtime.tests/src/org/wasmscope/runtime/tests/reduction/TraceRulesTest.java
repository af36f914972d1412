package org.wasmscope.runtime.tests.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.cli.Main;

/** {@code wasmscope trace --rules}: one line per reduction step, over the redex. */
class TraceRulesTest {
    @Test
    void theSpecsExampleInThreeStepsThenTheFramesExit() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"trace", "--rules", ReductionTest.example().toString(), "spec", "1.5", "2",
            "0.25"}, new PrintStream(o, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertEquals(List.of(
                "t.unop: (f64.const 2.0) f64.neg ↪ (f64.const -2.0)",
                "t.binop: (f64.const -2.0) (f64.const 0.25) f64.add ↪ (f64.const -1.75)",
                "t.binop: (f64.const 1.5) (f64.const -1.75) f64.mul ↪ (f64.const -2.625)",
                "frame exit: frame_1{func 0 $spec; locals (f64.const 1.5) (f64.const 2.0) (f64.const 0.25)} "
                        + "label_1{ε} (f64.const -2.625) end end ↪ (f64.const -2.625)",
                "f64:-2.625"), o.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aTrapEndsTheTraceWithItsCondition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.wat");
        Files.writeString(file, ReductionTest.TABLES);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"trace", "--rules", file.toString(), "indirect", "1"},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertEquals(List.of("local.get x: local.get 0 ↪ (i32.const 1)",
                "call_indirect x y: (i32.const 3) (i32.const 1) call_indirect 0 (type 0) ↪ trap   ;; uninitialized element 1"),
                o.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("trap: uninitialized element 1\n", e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWasiExitEndsTheTraceWithItsCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("exit.wat");
        Files.writeString(file, """
                (module
                  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
                  (memory (export "memory") 1)
                  (func (export "_start") (call $proc_exit (i32.const 3))))
                """);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"trace", "--rules", file.toString(), "_start"},
                new PrintStream(o, true, StandardCharsets.UTF_8), System.err);
        assertEquals(3, code);
        assertEquals(List.of("call x: (i32.const 3) call 0 ↪ (i32.const 3) (invoke 4)   ;; exit 3"),
                o.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
