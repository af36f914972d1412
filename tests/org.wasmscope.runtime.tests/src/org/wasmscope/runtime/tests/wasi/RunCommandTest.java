package org.wasmscope.runtime.tests.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.cli.RunCommand;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.wasi.Wasi;

/** {@code wasmscope run} on small hand-written WASI programs (text format): options, streams, exit status. */
class RunCommandTest {
    @TempDir
    Path tmp;

    /** Prints its arguments after argv[0], each followed by a newline, then exits with the number of them. */
    private static final String ECHO = """
            (module
              (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_get" (func $args (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (memory (export "memory") 1)
              (func $strlen (param $p i32) (result i32) (local $n i32)
                (block $done (loop $next
                  (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
                  (local.set $n (i32.add (local.get $n) (i32.const 1)))
                  (br $next)))
                (local.get $n))
              (func (export "_start") (local $argc i32) (local $i i32) (local $p i32)
                (drop (call $sizes (i32.const 0) (i32.const 4)))
                (local.set $argc (i32.load (i32.const 0)))
                (drop (call $args (i32.const 1024) (i32.const 4096)))
                (i32.store8 (i32.const 16) (i32.const 10))
                (local.set $i (i32.const 1))
                (block $done (loop $next
                  (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
                  (local.set $p (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
                  (i32.store (i32.const 32) (local.get $p))
                  (i32.store (i32.const 36) (call $strlen (local.get $p)))
                  (i32.store (i32.const 40) (i32.const 16))
                  (i32.store (i32.const 44) (i32.const 1))
                  (drop (call $write (i32.const 1) (i32.const 32) (i32.const 2) (i32.const 8)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $next)))
                (call $exit (i32.sub (local.get $argc) (i32.const 1)))))
            """;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text).toString();
    }

    @Test
    void argumentsAndExitCode() throws Exception {
        String echo = file("echo.wat", ECHO);
        assertTrue(Wasi.isImportedBy(Wasm.parse(ECHO.getBytes(StandardCharsets.UTF_8))));
        assertEquals(new Result(3, "a\nb c\n--dir\n", ""), run(echo, "a", "b c", "--dir"));
        assertEquals(new Result(2, "--env\nx\n", ""), run("--env", "K=V", echo, "--", "--env", "x"));
        assertEquals(new Result(0, "", ""), run("--dir", tmp + "::/t", echo));
    }

    @Test
    void returnFromStartIsExitZeroAndTrapIs134() throws Exception {
        String ok = file("ok.wat", "(module (memory (export \"memory\") 1) (func (export \"_start\")))");
        assertEquals(new Result(0, "", ""), run(ok));
        String trap = file("trap.wat", "(module (memory (export \"memory\") 1) (func (export \"_start\") unreachable))");
        assertEquals(new Result(RunCommand.TRAP_EXIT, "", "trap: unreachable\n"), run(trap));
    }

    @Test
    void badCommandLines() throws Exception {
        String ok = file("ok.wat", "(module (memory (export \"memory\") 1) (func (export \"_start\")))");
        assertEquals(1, run().exit());
        assertEquals(1, run("--dir").exit());
        assertEquals(1, run("--bogus", ok).exit());
        assertEquals(1, run("--env", "NOEQUALS", ok).exit());
        Result missingDir = run("--dir", tmp.resolve("nope") + "::/x", ok);
        assertEquals(1, missingDir.exit());
        assertTrue(missingDir.err().startsWith("error: cannot preopen"), missingDir.err());
        Result noStart = run(file("lib.wat", "(module)"));
        assertEquals(1, noStart.exit());
        assertTrue(noStart.err().contains("_start"), noStart.err());
    }
}
