package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.cli.Main;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.store.Store;

/**
 * The store's resource limits (issue 17): allocation beyond them fails cleanly and leaves the host
 * healthy, growing beyond returns -1, fuel and time stop any endless execution, the call depth is
 * configurable; and the command line's options for them.
 */
class ResourceLimitsTest {
    private static final String PROGRAM = """
            (module
              (memory 1)
              (table 1 funcref)
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "table_grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0)))
              (func (export "spin") (loop (br 0)))
              (func $tail (export "tail_spin") (return_call $tail))
              (func $down (export "down") (param i32)
                (if (local.get 0) (then (call $down (i32.sub (local.get 0) (i32.const 1))))))
              (func (export "count") (param i32) (result i32) (local i32)
                (loop (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                      (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
                (local.get 1)))
            """;

    private static final ResourceLimits SMALL = ResourceLimits.DEFAULT.withMaxMemoryBytes(4 * 65536).withMaxTableElements(10);

    private static ModuleInst instantiate(Store store, String wat) {
        return Wasm.instantiate(store, Wasm.load(wat.getBytes(StandardCharsets.UTF_8)), Imports.NONE, "m");
    }

    private static int i32(Store store, ModuleInst inst, String name, int arg) {
        return (int) Wasm.invoke(store, inst, name, Value.i32(arg))[0].bits();
    }

    @Test
    void memoryGrowBeyondTheStoresLimitFailsAndTheHostStaysHealthy() {
        Store store = new Store(SMALL);
        ModuleInst inst = instantiate(store, PROGRAM);
        assertEquals(-1, i32(store, inst, "grow", 32766)); // the OutOfMemoryError
        assertEquals(1, i32(store, inst, "grow", 3));
        assertEquals(-1, i32(store, inst, "grow", 1));
        Exhaustion e = assertThrows(Exhaustion.class, () -> instantiate(store, "(module (memory 1))"));
        assertTrue(e.getMessage().contains("exceeds the limit of 262144 bytes for all memories"), e.getMessage());
        assertEquals(4, i32(store, inst, "grow", 0)); // still usable
    }

    @Test
    void tablesShareTheirLimit() {
        Store store = new Store(SMALL);
        ModuleInst inst = instantiate(store, PROGRAM);
        assertEquals(1, i32(store, inst, "table_grow", 9));
        assertEquals(-1, i32(store, inst, "table_grow", 1));
        assertThrows(Exhaustion.class, () -> instantiate(store, "(module (table 1 funcref))"));
    }

    /** The reproductions: each an exhaustion with a message, none a Java exception. */
    @Test
    void tooLargeMemoriesAndTablesAreExhaustion() {
        for (String wat : new String[] {"(module (memory 65536))", "(module (memory 32768))", "(module (memory 32767))",
            "(module (table 0xffffffff funcref))", "(module (table 0x7fffffff funcref))", "(module (memory i64 0x1_0000_0000))"}) {
            Exhaustion e = assertThrows(Exhaustion.class, () -> instantiate(new Store(), wat), wat);
            assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
        }
    }

    private static final String GC_PROGRAM = """
            (module
              (type $a (array (mut i64)))
              (type $b (array i8))
              (type $s (struct (field anyref)))
              (global $kept (mut anyref) (ref.null any))
              (table $t 1000 anyref)
              (data $d "0123456789abcdef")
              (func (export "huge") (result i32) (array.len (array.new $a (i64.const 7) (i32.const 0x7ffffff0))))
              (func (export "array") (param i32) (result i32) (array.len (array.new_default $a (local.get 0))))
              (func (export "data") (param i32) (result i32)
                (array.len (array.new_data $b $d (i32.const 0) (local.get 0))))
              (func (export "keep") (param i32) (local i32)
                (loop (global.set $kept (struct.new $s (global.get $kept)))
                      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                      (br_if 0 (i32.lt_u (local.get 1) (local.get 0)))))
              (func (export "fill_table") (param i32) (local i32)
                (loop (table.set $t (i32.rem_u (local.get 1) (i32.const 1000)) (array.new_default $a (i32.const 1000)))
                      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                      (br_if 0 (i32.lt_u (local.get 1) (local.get 0)))))
              (func (export "forget")
                (global.set $kept (ref.null any))
                (table.fill $t (i32.const 0) (ref.null any) (i32.const 1000))))
            """;

    private static final ResourceLimits SMALL_HEAP = ResourceLimits.DEFAULT.withMaxHeapBytes(1 << 20);

    private static void assertHeapExhausted(Runnable r) {
        Exhaustion e = assertThrows(Exhaustion.class, r::run);
        String m = e.getMessage();
        assertTrue(m.startsWith("out of memory: ") && m.contains("exceeds the limit of 1048576 bytes"), m);
    }

    @Test
    void structsAndArraysBeyondTheHeapLimitAreExhaustionAndTheHostStaysHealthy() {
        Store store = new Store(SMALL_HEAP);
        ModuleInst inst = instantiate(store, GC_PROGRAM);
        assertHeapExhausted(() -> Wasm.invoke(store, inst, "huge")); // 16 GiB asked for: refused before allocating
        assertHeapExhausted(() -> i32(store, inst, "array", 200_000));
        assertEquals(100_000, i32(store, inst, "array", 100_000));
        assertEquals(16, i32(store, inst, "data", 16));
        assertHeapExhausted(() -> Wasm.invoke(store, inst, "keep", Value.i32(1_000_000))); // all live, in a global
        assertHeapExhausted(() -> Wasm.invoke(store, inst, "fill_table", Value.i32(1000))); // live, in a table
        Wasm.invoke(store, inst, "forget");
        Wasm.invoke(store, inst, "fill_table", Value.i32(100)); // reclaimed: room again
        Wasm.invoke(store, inst, "forget");
        assertEquals(100_000, i32(store, inst, "array", 100_000));
    }

    @Test
    void garbageNeverReachesTheHeapLimit() {
        Store store = new Store(SMALL_HEAP);
        ModuleInst inst = instantiate(store, GC_PROGRAM);
        for (int i = 0; i < 200; i++) { // 160 MB in all, at most 0.8 MB at a time
            assertEquals(100_000, i32(store, inst, "array", 100_000));
        }
        assertTrue(store.heap().collections() >= 100, "collections: " + store.heap().collections());
    }

    @Test
    void exceptionsHeldBeyondTheHeapLimitAreExhaustion() {
        String wat = """
                (module
                  (tag $e (param i64))
                  (table $t 100000 exnref)
                  (func (export "hold") (param $n i32) (local $x exnref)
                    (loop $l
                      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                      (local.set $x
                        (block $h (result exnref)
                          (try_table (catch_all_ref $h) (throw $e (i64.const 1)))
                          (unreachable)))
                      (table.set $t (local.get $n) (local.get $x))
                      (br_if $l (local.get $n)))))
                """;
        Store store = new Store(SMALL_HEAP);
        ModuleInst inst = instantiate(store, wat);
        Wasm.invoke(store, inst, "hold", Value.i32(1000));
        assertHeapExhausted(() -> Wasm.invoke(store, inst, "hold", Value.i32(100_000)));
    }

    @Test
    void constantExpressionsAreUnderTheHeapLimitToo() {
        String wat = "(module (type $a (array i64)) (global (ref $a) (array.new_default $a (i32.const 200000))))";
        assertHeapExhausted(() -> instantiate(new Store(SMALL_HEAP), wat));
        instantiate(new Store(), wat);
    }

    @Test
    void fuelStopsEndlessLoopsAndTailCallsButNotFiniteWork() {
        Store store = new Store(ResourceLimits.DEFAULT.withFuel(100_000));
        ModuleInst inst = instantiate(store, PROGRAM);
        assertEquals("fuel exhausted", assertThrows(Exhaustion.class, () -> Wasm.invoke(store, inst, "spin")).getMessage());
        assertEquals("fuel exhausted", assertThrows(Exhaustion.class, () -> Wasm.invoke(store, inst, "tail_spin")).getMessage());
        assertEquals(50_000, i32(store, inst, "count", 50_000)); // each invocation has its own fuel
        assertThrows(Exhaustion.class, () -> i32(store, inst, "count", 200_000));
    }

    @Test
    void timeoutStopsAnEndlessLoop() {
        Store store = new Store(ResourceLimits.DEFAULT.withTimeout(Duration.ofMillis(200)));
        ModuleInst inst = instantiate(store, PROGRAM);
        long start = System.nanoTime();
        assertEquals("time limit exceeded", assertThrows(Exhaustion.class, () -> Wasm.invoke(store, inst, "spin")).getMessage());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void callDepthIsConfigurable() {
        Store store = new Store(ResourceLimits.DEFAULT.withMaxDepth(100));
        ModuleInst inst = instantiate(store, PROGRAM);
        Wasm.invoke(store, inst, "down", Value.i32(99)); // 100 frames
        assertThrows(Exhaustion.class, () -> Wasm.invoke(store, inst, "down", Value.i32(100)));
    }

    @Test
    void commandLineOptions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.wat");
        Files.writeString(file, PROGRAM);
        assertEquals("trap: fuel exhausted", run(Main.TRAPPED, "invoke", file.toString(), "spin", "--fuel", "10000"));
        assertEquals("trap: time limit exceeded", run(Main.TRAPPED, "invoke", "--timeout=100ms", file.toString(), "spin"));
        assertEquals("trap: call stack exhausted", run(Main.TRAPPED, "invoke", file.toString(), "down", "50", "--max-depth", "10"));
        assertEquals("i32:-1", run(Main.OK, "invoke", file.toString(), "grow", "2", "--max-memory", "2p"));
        assertEquals("i32:1", run(Main.OK, "invoke", file.toString(), "grow", "1", "--max-memory", "128k"));
        assertEquals("i32:-1", run(Main.OK, "trace", file.toString(), "table_grow", "1", "--max-table", "1").lines()
                .reduce((a, b) -> b).orElseThrow());
        assertTrue(run(Main.ERROR, "invoke", file.toString(), "spin", "--max-memory", "1000").startsWith(
                "error: --max-memory cannot take '1000'"));
        Path gc = dir.resolve("gc.wat");
        Files.writeString(gc, GC_PROGRAM);
        assertTrue(run(Main.TRAPPED, "invoke", gc.toString(), "array", "200000", "--max-heap", "1m").startsWith(
                "trap: out of memory: "));
        assertEquals("i32:200000", run(Main.OK, "invoke", gc.toString(), "array", "200000", "--max-heap", "1700001"));
    }

    /** Runs a command line expecting exit code {@code exit}; returns what it printed (stdout, then stderr), trimmed. */
    private static String run(int exit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
        String text = (out + err.toString()).trim();
        assertEquals(exit, code, text);
        return text;
    }
}
