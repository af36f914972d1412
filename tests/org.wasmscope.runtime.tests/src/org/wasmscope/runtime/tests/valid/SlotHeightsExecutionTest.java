package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.script.ScriptResult;
import org.wasmscope.runtime.script.ScriptWatchdog;
import org.wasmscope.runtime.syntax.SpecVersion;

/**
 * The heights validation computes decide where the interpreter's branches leave their values. This
 * script runs branches that carry v128 values (two slots) over operands of other sizes, loops and ifs
 * with parameters, multi-value blocks and dead blocks, through the whole runtime.
 */
class SlotHeightsExecutionTest {
    private static final String SCRIPT = """
            (module
              (func (export "br-if-v128") (result i64)
                (i64.const 7)
                (block (result v128)
                  (v128.const i64x2 1 2)
                  (i32.const 5) (drop)
                  (v128.const i64x2 3 4)
                  (i32.const 1)
                  (br_if 0)
                  (drop))
                (i64x2.extract_lane 1)
                (i64.add))

              (func (export "br-table-v128") (param i32) (result i32)
                (i32.const 100)
                (block (result v128)
                  (block (result v128)
                    (i64.const 0) (drop)
                    (v128.const i32x4 1 2 3 4)
                    (v128.const i32x4 5 6 7 8)
                    (local.get 0)
                    (br_table 0 1))
                  (v128.const i32x4 10 10 10 10)
                  (i32x4.add))
                (i32x4.extract_lane 3)
                (i32.add))

              (func (export "loop-params") (param i32) (result i64)
                (local $r i64)
                (v128.const i64x2 0 0)
                (i64.const 0)
                (loop (param i64) (result i64)
                  (local.get 0) (i64.extend_i32_u) (i64.add)
                  (local.get 0) (i32.const 1) (i32.sub) (local.tee 0)
                  (br_if 0))
                (local.set $r) (drop) (local.get $r))

              (func (export "if-params-select") (param i32) (result i32)
                (v128.const i32x4 1 1 1 1)
                (v128.const i32x4 2 2 2 2)
                (local.get 0)
                (if (param v128 v128) (result v128)
                  (then (i32.const 1) (select))
                  (else (i32.const 0) (select)))
                (i32x4.extract_lane 2))

              (func (export "dead-blocks") (result i32)
                (i32.const 42)
                (return)
                (block (result v128) (unreachable))
                (drop)
                (i32.const 0))

              (func (export "return-from-depth") (result v128 i32)
                (v128.const i64x2 5 6) (i64.const 1)
                (block (block (v128.const i64x2 7 8) (i32.const 9) (return)))
                (unreachable))

              (func (export "multi-value") (result i32)
                (block (result i32 v128 i64)
                  (f32.const 0) (drop)
                  (i32.const 3) (v128.const i64x2 4 4) (i64.const 5)
                  (br 0))
                (i32.wrap_i64)
                (i32x4.replace_lane 0)
                (i32x4.extract_lane 0)
                (i32.add))
            )
            (assert_return (invoke "br-if-v128") (i64.const 11))
            (assert_return (invoke "br-table-v128" (i32.const 0)) (i32.const 118))
            (assert_return (invoke "br-table-v128" (i32.const 1)) (i32.const 108))
            (assert_return (invoke "br-table-v128" (i32.const 5)) (i32.const 108))
            (assert_return (invoke "loop-params" (i32.const 4)) (i64.const 10))
            (assert_return (invoke "if-params-select" (i32.const 1)) (i32.const 1))
            (assert_return (invoke "if-params-select" (i32.const 0)) (i32.const 2))
            (assert_return (invoke "dead-blocks") (i32.const 42))
            (assert_return (invoke "return-from-depth") (v128.const i64x2 7 8) (i32.const 9))
            (assert_return (invoke "multi-value") (i32.const 8))
            """;

    @Test
    void branchesKeepTheRightSlots() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScriptResult result = ScriptWatchdog.run(SCRIPT, new PrintStream(out, true, StandardCharsets.UTF_8), 60_000L,
                SpecVersion.V3);
        assertEquals(0, result.failed(), result.failures() + "\n" + out.toString(StandardCharsets.UTF_8));
        assertEquals(10, result.passed(), out.toString(StandardCharsets.UTF_8));
    }
}
