package org.wasmscope.runtime.tests.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.cli.Main;

/**
 * The freestanding C program {@code c/wasm64/sieve.c}, compiled with clang-14 for wasm64 (a memory of i64
 * addresses, 64-bit pointers), called through {@code wasmscope invoke} in this JVM. Without clang-14 the
 * tests are skipped, not passed.
 */
class Memory64ProgramTest {
    @TempDir
    static Path tmp;
    private static Path wasm;

    @BeforeAll
    static void compile() throws Exception {
        Assumptions.assumeTrue(CPrograms.clangAvailable(), "clang-14 is not on the PATH");
        wasm = tmp.resolve("sieve.wasm");
        CPrograms.compileWasm64(CPrograms.dir().resolve("wasm64/sieve.c"), wasm);
    }

    private static String invoke(String... exportAndArgs) {
        String[] args = new String[exportAndArgs.length + 2];
        args[0] = "invoke";
        args[1] = wasm.toString();
        System.arraycopy(exportAndArgs, 0, args, 2, exportAndArgs.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void itsMemoryHas64BitAddresses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"dump", wasm.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("memory 0: i64 "), out.toString(StandardCharsets.UTF_8));
        assertTrue(invoke("sieve_address").startsWith("i64:"));
    }

    @Test
    void sieve() {
        assertEquals("i32:9592", invoke("primes_below", "100000"));
        assertEquals("i32:25", invoke("primes_below", "100"));
    }

    @Test
    void tableOf64BitValues() {
        assertEquals("i64:332833500", invoke("sum_squares", "1000"));
    }

    @Test
    void pointerArithmetic() {
        // words 0, 1, 2, 3 reversed byte by byte: word 0 holds the bytes of 3 in reverse order
        assertEquals("i32:50331648", invoke("reverse_words", "4"));
    }
}
