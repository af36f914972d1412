package org.wasmscope.runtime.tests.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wasmscope.runtime.cli.RunCommand;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;

/**
 * Runs each C program of the c/ folder, compiled with clang-14 for wasm32-wasi, through the same code as
 * {@code wasmscope run} (in this JVM) and compares stdout, stderr and the exit status with
 * {@code NAME.stdout}, {@code NAME.stderr} (default empty) and {@code NAME.exit} (default 0). Optional
 * inputs: {@code NAME.args} and {@code NAME.env} (one argument or NAME=VALUE per line), {@code NAME.stdin},
 * {@code NAME.cflags} (more compiler flags, one per line).
 * Every program gets a fresh directory preopened as {@code /sandbox}, with a file {@code secret.txt} next
 * to it that it must not be able to reach: afterwards that file is unchanged and nothing else appeared
 * outside the sandbox. Without clang-14 the tests are skipped, not passed.
 */
class CProgramsTest {
    private static final String SECRET = "top secret\n";

    static List<String> programs() throws IOException {
        return CPrograms.names();
    }

    @Test
    void theProgramsAreThere() throws IOException {
        assertFalse(CPrograms.names().isEmpty(), "no C programs found (c/ folder: " + CPrograms.dir() + ")");
        for (String name : CPrograms.names()) {
            assertFalse(CPrograms.text(name, "stdout", "").isEmpty() && CPrograms.text(name, "stderr", "").isEmpty(),
                    name + " has no expected output");
        }
    }

    /** tail_calls is built with -mtail-call so that its hot paths are tail calls: they must be in the module. */
    @Test
    void tailCallsProgramUsesTailCallInstructions(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(CPrograms.clangAvailable(), "clang-14 is not on the PATH");
        Path wasm = tmp.resolve("tail_calls.wasm");
        CPrograms.compile("tail_calls", wasm);
        Set<Opcode> used = new HashSet<>();
        for (Func f : Wasm.parse(Files.readAllBytes(wasm)).funcs) {
            for (Instr i : f.body) {
                used.add(i.op);
            }
        }
        assertTrue(used.contains(Opcode.RETURN_CALL), "return_call");
        assertTrue(used.contains(Opcode.RETURN_CALL_INDIRECT), "return_call_indirect");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void program(String name, @TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(CPrograms.clangAvailable(), "clang-14 is not on the PATH");
        Path wasm = tmp.resolve(name + ".wasm");
        CPrograms.compile(name, wasm);
        Path root = Files.createDirectory(tmp.resolve("root"));
        Path sandbox = Files.createDirectory(root.resolve("sandbox"));
        Files.writeString(root.resolve("secret.txt"), SECRET);

        List<String> args = new ArrayList<>(List.of("--dir", sandbox + "::/sandbox"));
        for (String kv : CPrograms.lines(name, "env")) {
            args.addAll(List.of("--env", kv));
        }
        args.add(wasm.toString());
        args.add("--");
        args.addAll(CPrograms.lines(name, "args"));
        byte[] stdin = CPrograms.text(name, "stdin", "").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = RunCommand.run(args.toArray(String[]::new), new ByteArrayInputStream(stdin), o, e);
        }
        assertEquals(CPrograms.text(name, "stdout", ""), out.toString(StandardCharsets.UTF_8), name + ": stdout");
        assertEquals(CPrograms.text(name, "stderr", ""), err.toString(StandardCharsets.UTF_8), name + ": stderr");
        assertEquals(Integer.parseInt(CPrograms.text(name, "exit", "0").trim()), exit, name + ": exit status");

        assertEquals(SECRET, Files.readString(root.resolve("secret.txt")), "the file outside the sandbox changed");
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("sandbox", "secret.txt"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "files outside the sandbox");
        }
    }
}
