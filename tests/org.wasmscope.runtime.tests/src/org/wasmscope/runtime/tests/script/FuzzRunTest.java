package org.wasmscope.runtime.tests.script;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.fuzz.Fuzz;

/**
 * A short seeded run of the fuzzers (issue 17): mutants of the spec testsuite's modules end only in the
 * spec's error classes, and modules Binaryen generates run as its interpreter runs them. Skipped without
 * the testsuite, and the differential part without Binaryen ({@code npm install binaryen@132} under
 * {@code .binaryen} of the repository, or property {@code wasm.binaryen}). The long runs:
 * docs/RELIABILITY.md.
 */
class FuzzRunTest {
    @Test
    void mutants(@TempDir Path work) throws Exception {
        Path suite = TestFiles.testsuite();
        Assumptions.assumeTrue(suite != null, "skipped: spec testsuite not found (set -Dwasm.testsuite=DIR)");
        run(new Fuzz.Options(17, 100_000, 0, suite, null, work));
    }

    @Test
    void generatedModules(@TempDir Path work) throws Exception {
        String property = System.getProperty("wasm.binaryen");
        Path binaryen = property != null && !property.isBlank() && !property.startsWith("${") ? Path.of(property)
                : TestFiles.repoRoot() == null ? null : TestFiles.repoRoot().resolve(".binaryen");
        Assumptions.assumeTrue(binaryen != null && Files.isExecutable(binaryen.resolve("node_modules/.bin/wasm-opt")),
                "skipped: no binaryen under " + binaryen + " (npm install binaryen@132 there)");
        run(new Fuzz.Options(17, 0, 8, null, binaryen, work));
    }

    private static void run(Fuzz.Options options) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok = Fuzz.run(options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertTrue(ok, report);
    }
}
