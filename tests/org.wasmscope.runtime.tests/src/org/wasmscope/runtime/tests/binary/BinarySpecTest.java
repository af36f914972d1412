package org.wasmscope.runtime.tests.binary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.binary.Decoder;
import org.wasmscope.runtime.syntax.SpecVersion;

/**
 * Every binary module of the official WebAssembly 2.0 testsuite through the decoder: modules that the
 * script defines or asserts invalid, unlinkable or trapping must decode; assert_malformed modules must be
 * rejected with a message that starts with the expected text.
 *
 * <p>The testsuite is found through the system property {@code wasm.testsuite}, else {@code
 * shared/spec-testsuite} beside the repository, else {@code /work/shared/spec-testsuite}; without it the
 * tests are skipped.
 */
class BinarySpecTest {

    static Path testsuite() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("wasm.testsuite");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("../shared/spec-testsuite").normalize());
        }
        candidates.add(Path.of("/work/shared/spec-testsuite"));
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("wasm-2.0"))) {
                return c.resolve("wasm-2.0");
            }
            if (Files.isDirectory(c) && c.getFileName() != null && c.getFileName().toString().equals("wasm-2.0")) {
                return c;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicNode> wasm20BinaryModules() throws IOException {
        Path dir = testsuite();
        assumeTrue(dir != null, "spec testsuite not found (set -Dwasm.testsuite=DIR)");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!text.contains("binary")) {
                continue;
            }
            List<WastBinaries.Case> cases = WastBinaries.extract(text);
            if (cases.isEmpty()) {
                continue;
            }
            String name = dir.relativize(f).toString();
            nodes.add(DynamicContainer.dynamicContainer(name,
                    cases.stream().map(c -> DynamicTest.dynamicTest(name + " " + c, () -> check(c)))));
        }
        return nodes.stream();
    }

    static void check(WastBinaries.Case c) {
        if (c.kind().equals("assert_malformed")) {
            MalformedException e = assertThrows(MalformedException.class, () -> Decoder.decode(c.bytes(), SpecVersion.V2));
            assertTrue(e.getMessage().startsWith(c.message()),
                    "expected \"" + c.message() + "\" but got \"" + e.describe() + "\"");
            assertTrue(e.offset >= 0 && e.offset <= c.bytes().length, "offset " + e.offset);
        } else {
            // defined modules and those asserted invalid, unlinkable, trapping ... are all well-formed
            assertDoesNotThrow(() -> Decoder.decode(c.bytes(), SpecVersion.V2));
        }
    }
}
