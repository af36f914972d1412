package org.wasmscope.runtime.tests.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.script.ScriptResult;
import org.wasmscope.runtime.script.ScriptRunner;
import org.wasmscope.runtime.script.ScriptWatchdog;
import org.wasmscope.runtime.syntax.SpecVersion;

/** How the runner records failures: by line, without stopping, and with the reason. */
class ScriptRunnerTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static ScriptResult run(String script) {
        return ScriptRunner.run(script, QUIET);
    }

    private static ScriptResult.Failure only(ScriptResult r) {
        List<ScriptResult.Failure> f = r.failures();
        assertEquals(1, f.size(), f.toString());
        return f.get(0);
    }

    @Test
    void aWrongResultFailsAtItsLineAndTheScriptGoesOn() {
        ScriptResult r = run("""
                (module (func (export "f") (result i32) (i32.const 1)))
                (assert_return (invoke "f") (i32.const 2))
                (assert_return (invoke "f") (i32.const 1))
                """);
        assertEquals(1, r.passed());
        ScriptResult.Failure f = only(r);
        assertEquals(2, f.line());
        assertTrue(f.expected().contains("i32:2"), f.expected());
        assertTrue(f.actual().contains("i32:1"), f.actual());
    }

    @Test
    void errorsMustHaveTheRightClassAndMessagePrefix() {
        ScriptResult r = run("""
                (module (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))
                (assert_trap (invoke "div" (i32.const 0)) "integer divide")
                (assert_trap (invoke "div" (i32.const 0)) "integer overflow")
                (assert_trap (invoke "div" (i32.const 1)) "integer divide by zero")
                (assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
                (assert_malformed (module (func (result i32) (i64.const 0))) "type mismatch")
                (assert_invalid (module (func (result i32) (i32.const 0))) "type mismatch")
                """);
        assertEquals(2, r.passed());
        assertEquals(List.of(3, 4, 6, 7), r.failures().stream().map(ScriptResult.Failure::line).toList());
        assertTrue(r.failures().get(1).actual().contains("i32:1"), r.failures().get(1).actual());
    }

    @Test
    void aModuleThatFailedToDefineFailsTheCommandsThatUseIt() {
        ScriptResult r = run("""
                (module $m (func (export "f") (result i32) (i32.const 1)))
                (module $m (import "spectest" "missing" (func)))
                (assert_return (invoke "f") (i32.const 1))
                (assert_return (invoke $m "f") (i32.const 1))
                (module (func (export "f") (result i32) (i32.const 1)))
                (assert_return (invoke "f") (i32.const 1))
                """);
        assertEquals(1, r.passed());
        List<ScriptResult.Failure> f = r.failures();
        assertEquals(List.of(2, 3, 4), f.stream().map(ScriptResult.Failure::line).toList());
        assertTrue(f.get(0).actual().startsWith("unlinkable: unknown import"), f.get(0).actual());
        assertTrue(f.get(1).actual().contains("line 2 failed"), f.get(1).actual());
        assertTrue(f.get(2).actual().contains("$m at line 2 failed"), f.get(2).actual());
    }

    @Test
    void unknownExportsAndWrongArgumentsAreFailures() {
        ScriptResult r = run("""
                (module (func (export "f") (param i32)) (global (export "g") i32 (i32.const 0)))
                (invoke "nope")
                (invoke "f" (i64.const 1))
                (invoke "g")
                (assert_return (get "f") (i32.const 0))
                (register "x" $nobody)
                """);
        assertEquals(List.of(2, 3, 4, 5, 6), r.failures().stream().map(ScriptResult.Failure::line).toList());
    }

    @Test
    void definitionsAreValidatedAndEachInstanceIsNew() {
        ScriptResult r = run("""
                (module definition $M (global (export "g") (mut i32) (i32.const 0))
                  (func (export "inc") (global.set 0 (i32.add (global.get 0) (i32.const 1)))))
                (module definition $Big (memory 65536))
                (module instance $I1 $M)
                (module instance $I2 $M)
                (invoke $I1 "inc")
                (assert_return (get $I1 "g") (i32.const 1))
                (assert_return (get $I2 "g") (i32.const 0))
                (assert_return (get "g") (i32.const 0))
                (module definition $Bad (func (result i32)))
                (module instance $Bad)
                (assert_return (get "g") (i32.const 0))
                """);
        assertEquals(3, r.passed(), r.failures().toString());
        assertEquals(List.of(10, 11, 12), r.failures().stream().map(ScriptResult.Failure::line).toList());
        assertTrue(r.failures().get(0).actual().startsWith("invalid"), r.failures().toString());
    }

    @Test
    void referencePatternsAndAlternatives() {
        ScriptResult r = run("""
                (module
                  (func (export "null") (result funcref) (ref.null func))
                  (func (export "f") (result funcref) (ref.func 0))
                  (func (export "id") (param externref) (result externref) (local.get 0))
                  (func (export "two") (result i32) (i32.const 2)))
                (assert_return (invoke "null") (ref.null))
                (assert_return (invoke "null") (ref.null nofunc))
                (assert_return (invoke "f") (ref.func))
                (assert_return (invoke "id" (ref.null noextern)) (ref.null extern))
                (assert_return (invoke "id" (ref.extern 7)) (ref.extern))
                (assert_return (invoke "id" (ref.extern 7)) (ref.extern 7))
                (assert_return (invoke "two") (either (i32.const 1) (i32.const 2)))
                (assert_return (invoke "f") (ref.null))
                (assert_return (invoke "id" (ref.null extern)) (ref.extern))
                (assert_return (invoke "two") (either (i32.const 1) (i32.const 3)))
                """);
        assertEquals(7, r.passed(), r.failures().toString());
        assertEquals(List.of(13, 14, 15), r.failures().stream().map(ScriptResult.Failure::line).toList());
    }

    @Test
    void anExceptionIsNeitherAReturnNorATrap() {
        ScriptResult r = run("""
                (module (func (export "ok")) (func (export "trap") unreachable))
                (assert_exception (invoke "ok"))
                (assert_exception (invoke "trap"))
                """);
        assertEquals(0, r.passed());
        assertEquals("return []", r.failures().get(0).actual());
        assertTrue(r.failures().get(1).actual().startsWith("trap"), r.failures().toString());
    }

    @Test
    void malformedUtf8InAQuotedModuleIsReportedWhereItIs() {
        ScriptResult r = run("""
                (assert_malformed (module quote "(func) ;; \\ff") "malformed UTF-8 encoding")
                (assert_malformed (module quote "(func (; \\80 ;))") "malformed UTF-8 encoding")
                (assert_malformed (module quote "(data \\"\\c0\\")") "malformed UTF-8 encoding")
                (assert_malformed (module quote "(func) \\e2\\82") "malformed UTF-8 encoding")
                (module quote "(func) ;; \\e2\\82\\ac")
                """);
        assertEquals(4, r.passed(), r.failures().toString());
        assertEquals(0, r.failures().size(), r.failures().toString());
    }

    @Test
    void spectestPrintsToTheGivenStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScriptResult r = ScriptRunner.run("""
                (module (import "spectest" "print_i32" (func $p (param i32)))
                  (func (export "go") (call $p (i32.const 42))))
                (invoke "go")
                """, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, r.failed(), r.failures().toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("42"));
    }

    @Test
    void aMalformedScriptIsOneFailure() {
        ScriptResult r = run("(module (func)\n(assert_return");
        assertEquals(0, r.passed());
        assertEquals(1, r.failed());
    }

    @Test
    void theWatchdogStopsARunawayScript() {
        long t0 = System.nanoTime();
        ScriptResult r = ScriptWatchdog.run("""
                (module (func (export "one") (result i32) (i32.const 1))
                  (func (export "spin") (loop (br 0))))
                (assert_return (invoke "one") (i32.const 1))
                (invoke "spin")
                (assert_return (invoke "one") (i32.const 1))
                """, QUIET, 500, SpecVersion.V3);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertEquals(1, r.passed());
        assertTrue(r.failures().stream().allMatch(f -> f.line() == 4), r.failures().toString());
        assertTrue(r.failures().stream().anyMatch(f -> f.actual().startsWith("timed out")), r.failures().toString());
    }
}
