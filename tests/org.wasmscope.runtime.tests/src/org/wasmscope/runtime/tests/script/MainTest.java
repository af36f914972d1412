package org.wasmscope.runtime.tests.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.cli.Main;

/** The command line: its output, its one-line error messages and its exit codes. */
class MainTest {
    private static final String FAC = """
            (module
              (func $fac (export "fac") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0))
                  (then (i64.const 1))
                  (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1)))))))
              (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "pair") (result i32 f32) (i32.const 7) (f32.const 1.5)))
            """;

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private String file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    @Test
    void invokePrintsTypedResults() throws IOException {
        String wat = file("fac.wat", FAC);
        assertEquals(Main.OK, run("invoke", wat, "fac", "5"), err);
        assertEquals("i64:120", out.strip());
        assertEquals(Main.OK, run("invoke", wat, "pair"), err);
        assertEquals("i32:7\nf32:1.5", out.strip().replace("\r", ""));
        assertEquals(Main.OK, run("invoke", wat, "div", "-7", "0x2"), err);
        assertEquals("i32:-3", out.strip());
    }

    @Test
    void invokeAndTracePrintStructsArraysAndI31s() throws IOException {
        String wat = file("gc.wat", """
                (module
                  (type $point (struct (field $x i32) (field $y (mut i32))))
                  (type $bytes (array (mut i8)))
                  (func (export "point") (result (ref $point)) (struct.new $point (i32.const 1) (i32.const 2)))
                  (func (export "bytes") (param i32) (result (ref $bytes)) (array.new $bytes (i32.const 200) (local.get 0)))
                  (func (export "i31") (result anyref) (ref.i31 (i32.const -5)))
                  (func (export "i31get") (param i31ref) (result i32) (i31.get_s (local.get 0)))
                  (tag $oops (export "oops") (param (ref $point)))
                  (func (export "throws") (throw $oops (struct.new $point (i32.const 3) (i32.const 4)))))
                """);
        assertEquals(Main.OK, run("invoke", wat, "point"), err);
        assertEquals("(ref $point) struct#1 {x: i32 1, y: i32 2}", out.strip());
        assertEquals(Main.OK, run("invoke", wat, "bytes", "9"), err);
        assertEquals("(ref $bytes) array#1 length 9 [i8 200, i8 200, i8 200, i8 200, i8 200, i8 200, i8 200, i8 200, ...]",
                out.strip());
        assertEquals(Main.OK, run("invoke", wat, "bytes", "1"), err);
        assertEquals("(ref $bytes) array#1 length 1 [i8 200]", out.strip());
        assertEquals(Main.OK, run("invoke", wat, "i31"), err);
        assertEquals("i31:-5", out.strip());
        assertEquals(Main.OK, run("invoke", wat, "i31get", "i31:-7"), err); // as i31 values print
        assertEquals("i32:-7", out.strip());
        assertEquals(Main.THROWN, run("invoke", wat, "throws"));
        assertEquals("exception: oops (ref $point) struct#1 {x: i32 3, y: i32 4}", err.strip());
        assertEquals(Main.OK, run("trace", wat, "point"), err);
        assertEquals(List.of("1 func 0 4:68 i32.const 1 [i32:1]", "1 func 0 4:82 i32.const 2 [i32:1 i32:2]",
                "1 func 0 4:49 struct.new 0 [(ref $point) struct#1]", "1 func 0 4:95 end [(ref $point) struct#1]",
                "(ref $point) struct#1 {x: i32 1, y: i32 2}"), out.strip().replace("\r", "").lines().toList());
    }

    @Test
    void aTrapExitsWithTwo() throws IOException {
        String wat = file("fac.wat", FAC);
        assertEquals(Main.TRAPPED, run("invoke", wat, "div", "1", "0"));
        assertTrue(err.contains("trap: integer divide by zero"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void badArgumentsAndExportsExitWithOne() throws IOException {
        String wat = file("fac.wat", FAC);
        assertEquals(Main.ERROR, run("invoke", wat, "fac"));
        assertTrue(err.contains("argument"), err);
        assertEquals(Main.ERROR, run("invoke", wat, "fac", "x"));
        assertEquals(Main.ERROR, run("invoke", wat, "nope"));
        assertTrue(err.contains("unknown export"), err);
        assertEquals(Main.ERROR, run("invoke", dir.resolve("missing.wasm").toString(), "f"));
        assertTrue(err.contains("cannot read"), err);
    }

    @Test
    void malformedBinaryNamesItsOffset() throws IOException {
        String wasm = file("bad.wasm", new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1});
        assertEquals(Main.ERROR, run("validate", wasm));
        assertTrue(err.contains("malformed module: "), err);
        assertTrue(err.contains("at offset 0x"), err);
        String version = file("version.wasm", new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0});
        assertEquals(Main.ERROR, run("validate", version));
        assertTrue(err.contains("unknown binary version"), err);
    }

    @Test
    void invalidTextNamesItsLine() throws IOException {
        String wat = file("invalid.wat", "(module\n  (func (result i32)\n    (i64.const 1)))\n");
        assertEquals(Main.ERROR, run("validate", wat));
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains("invalid module: type mismatch"), err);
        assertTrue(err.matches("(?s).* at \\d+:\\d+\\s*"), err);
    }

    @Test
    void validateAcceptsAValidModule() throws IOException {
        String empty = file("empty.wasm", new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        assertEquals(Main.OK, run("validate", empty), err);
        assertTrue(out.contains("valid"), out);
        assertEquals(Main.OK, run("validate", file("fac.wat", FAC)), err);
    }

    @Test
    void dumpListsTheModule() throws IOException {
        assertEquals(Main.OK, run("dump", file("fac.wat", FAC)), err);
        assertTrue(out.contains("fac"), out);
    }

    @Test
    void wastReportsPassedAndFailedChecks() throws IOException {
        String good = file("good.wast", """
                (module (func (export "one") (result i32) (i32.const 1)))
                (assert_return (invoke "one") (i32.const 1))
                (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
                """);
        assertEquals(Main.OK, run("wast", good), err);
        assertTrue(out.contains("PASS " + good + " 2/2"), out);
        assertTrue(out.endsWith("2 passed, 0 failed" + System.lineSeparator()), out);

        String bad = file("bad.wast", """
                (module (func (export "one") (result i32) (i32.const 1)))
                (assert_return (invoke "one") (i32.const 2))
                (assert_return (invoke "one") (i32.const 1))
                """);
        assertEquals(Main.ERROR, run("wast", good, bad), err);
        assertTrue(out.contains("FAIL " + bad + " 1/2"), out);
        assertFalse(out.contains("bad.wast:2:"), out);
        assertTrue(out.endsWith("3 passed, 1 failed" + System.lineSeparator()), out);

        assertEquals(Main.ERROR, run("wast", "--verbose", bad), err);
        assertTrue(out.contains("bad.wast:2: expected"), out);
    }

    @Test
    void wastRunsTheScriptsOfAFolderRecursively() throws IOException {
        String good = file("one.wast", """
                (module (func (export "one") (result i32) (i32.const 1)))
                (assert_return (invoke "one") (i32.const 1))
                """);
        Path sub = Files.createDirectories(Path.of(good).getParent().resolve("sub"));
        Files.writeString(sub.resolve("two.wast"), "(assert_invalid (module (func (result i32))) \"type mismatch\")");
        Files.writeString(sub.resolve("notes.txt"), "not a script");
        assertEquals(Main.OK, run("wast", Path.of(good).getParent().toString()), err);
        assertTrue(out.contains("PASS " + good + " 1/1"), out);
        assertTrue(out.contains("PASS " + sub.resolve("two.wast") + " 1/1"), out);
        assertTrue(out.endsWith("2 passed, 0 failed" + System.lineSeparator()), out);
    }

    @Test
    void usageAndUnknownCommands() {
        assertEquals(Main.OK, run("help"));
        assertTrue(out.contains("invoke"), out);
        assertEquals(Main.ERROR, run());
        assertEquals(Main.ERROR, run("frobnicate"));
        assertTrue(err.contains("unknown command"), err);
        assertEquals(Main.ERROR, run("invoke"));
        assertEquals(Main.ERROR, run("wast"));
    }
}
