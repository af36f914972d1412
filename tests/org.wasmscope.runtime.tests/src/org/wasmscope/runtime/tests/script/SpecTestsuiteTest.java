package org.wasmscope.runtime.tests.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wasmscope.runtime.script.ScriptResult;

/**
 * The official spec testsuite, one dynamic test per script: every WebAssembly 2.0 script (wasm-2.0/ and its
 * simd/) passes completely, and so does every 3.0 script except those {@link #KNOWN_FAILING_3_0} lists
 * with the feature they still lack. A listed script must still fail (without crashing or hanging): once
 * it passes, the test says to take it off the list, so the list cannot outlive the work. Skipped when the
 * testsuite is not there.
 */
class SpecTestsuiteTest {
    private static final long TIMEOUT_3_0_MILLIS = 120_000;

    /** A group of 3.0 scripts that still fail, and why. Paths are relative to wasm-3.0/. */
    private record KnownFailing(String reason, List<String> files) {
    }

    private static final List<KnownFailing> KNOWN_FAILING_3_0 = List.of(
            new KnownFailing("GC (issue 14): struct, array and i31 types and instructions", List.of(
                    "bulk-memory/table_init.wast", "gc/array.wast", "gc/array_copy.wast", "gc/array_fill.wast",
                    "gc/array_init_data.wast", "gc/array_init_elem.wast", "gc/array_new_data.wast",
                    "gc/array_new_elem.wast", "gc/br_on_cast.wast", "gc/br_on_cast_fail.wast",
                    "gc/extern.wast", "gc/i31.wast", "gc/ref_cast.wast", "gc/ref_eq.wast", "gc/ref_test.wast",
                    "gc/struct.wast", "gc/type-subtyping.wast", "memory64/table_init64.wast", "type-rec.wast")));

    private static Path suite(String version) {
        Path suite = TestFiles.testsuite();
        Assumptions.assumeTrue(suite != null, "spec testsuite not found (set -Dwasm.testsuite=DIR)");
        return suite.resolve(version);
    }

    @TestFactory
    Stream<DynamicTest> wasm20() throws IOException {
        Path dir = suite("wasm-2.0");
        List<Path> files = TestFiles.wastFilesBelow(dir);
        Assumptions.assumeFalse(files.isEmpty(), "no wasm-2.0 scripts in the testsuite");
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), f.toUri(),
                () -> ScriptChecks.assertAllPass(f)));
    }

    @TestFactory
    Stream<DynamicTest> wasm30() throws IOException {
        Path dir = suite("wasm-3.0");
        List<Path> files = TestFiles.wastFilesBelow(dir);
        Assumptions.assumeFalse(files.isEmpty(), "no wasm-3.0 scripts in the testsuite");
        Map<String, String> known = knownFailing();
        return files.stream().map(f -> {
            String name = dir.relativize(f).toString().replace('\\', '/');
            String reason = known.get(name);
            return DynamicTest.dynamicTest(name, f.toUri(),
                    () -> {
                        if (reason == null) {
                            ScriptChecks.assertAllPass(f);
                        } else {
                            assertStillFails(f, name, reason);
                        }
                    });
        });
    }

    /** Every script on the known-failing list exists, so that a renamed script is not silently let go. */
    @Test
    void knownFailing30ScriptsExist() {
        Path dir = suite("wasm-3.0");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no wasm-3.0 folder in the testsuite");
        List<String> missing = new ArrayList<>();
        for (String name : knownFailing().keySet()) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                missing.add(name);
            }
        }
        Assertions.assertTrue(missing.isEmpty(), "listed in KNOWN_FAILING_3_0 but not in the testsuite: " + missing);
    }

    /** The known-failing scripts by path, each with its group's reason. */
    private static Map<String, String> knownFailing() {
        Map<String, String> byFile = new HashMap<>();
        for (KnownFailing k : KNOWN_FAILING_3_0) {
            for (String f : k.files()) {
                Assertions.assertNull(byFile.put(f, k.reason()), f + " is listed twice in KNOWN_FAILING_3_0");
            }
        }
        return byFile;
    }

    private static void assertStillFails(Path file, String name, String reason) throws IOException {
        ScriptResult r = ScriptChecks.run(file, TIMEOUT_3_0_MILLIS);
        List<ScriptResult.Failure> crashes = r.failures().stream().filter(ScriptChecks::isCrash).toList();
        Assertions.assertTrue(crashes.isEmpty(), name + ": crashes or hangs\n" + ScriptChecks.describe(crashes));
        Assertions.assertTrue(r.failed() > 0, name + " passes now (" + r.passed() + " checks): remove it from "
                + "KNOWN_FAILING_3_0 in SpecTestsuiteTest (listed as: " + reason + ")");
    }
}
