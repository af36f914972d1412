package org.wasmscope.runtime.tests.script;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wasmscope.runtime.script.ScriptResult;

/**
 * The official spec testsuite: every WebAssembly 2.0 script (wasm-2.0/ and its simd/) passes completely;
 * the 3.0 scripts (whose proposals this runtime does not implement) run without crashing or hanging. Skipped when the
 * testsuite is not there.
 */
class SpecTestsuiteTest {
    private static final long TIMEOUT_3_0_MILLIS = 120_000;

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

    @Test
    void wasm30RunsWithoutCrashing() throws IOException {
        List<Path> files = TestFiles.wastFilesBelow(suite("wasm-3.0"));
        Assumptions.assumeFalse(files.isEmpty(), "no wasm-3.0 scripts in the testsuite");
        int passed = 0;
        int failed = 0;
        List<String> crashes = new ArrayList<>();
        for (Path f : files) {
            ScriptResult r = ScriptChecks.run(f, TIMEOUT_3_0_MILLIS);
            passed += r.passed();
            failed += r.failed();
            for (ScriptResult.Failure x : r.failures()) {
                if (ScriptChecks.isCrash(x)) {
                    crashes.add(f.getFileName() + ":" + x);
                }
            }
        }
        System.out.println("wasm-3.0: " + files.size() + " scripts, " + passed + " checks passed, " + failed
                + " failed, " + crashes.size() + " crashed");
        Assertions.assertTrue(crashes.isEmpty(), crashes.size() + " crashes or hangs:\n"
                + String.join("\n", crashes.subList(0, Math.min(40, crashes.size()))));
    }
}
