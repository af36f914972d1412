package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.text.Command;
import org.wasmscope.runtime.text.ScriptParser;
import org.wasmscope.runtime.text.TextParser;

/**
 * The official testsuite through the text parser alone: every wasm-2.0 script (with simd/) parses with no
 * problem, and every {@code assert_malformed (module quote ...)} fails with the expected message; the
 * wasm-3.0 scripts parse without an exception, their unknown constructs becoming Unsupported commands or
 * quoted modules. Counts are printed.
 *
 * <p>The suite is found through the system property {@code wasm.testsuite} (the suite, or its wasm-2.0
 * directory), else ../shared/spec-testsuite beside the repository, else /work/shared/spec-testsuite.
 */
class SpecTextTest {
    private record Counts(int files, int commands, int problems, int unsupported, int quoted, int matched,
            List<String> mismatches) {
    }

    @Test
    void wasm20ParsesAndMalformedQuotesFailAsExpected() throws IOException {
        Path dir = suite("wasm-2.0");
        Assumptions.assumeTrue(dir != null, "spec testsuite not found (system property wasm.testsuite)");
        Counts c = run(dir, SpecVersion.V2);
        System.out.printf("text wasm-2.0: %d files, %d commands, %d problems, %d unsupported;"
                + " assert_malformed quote: %d of %d give the expected message%n", c.files, c.commands, c.problems,
                c.unsupported, c.matched, c.quoted);
        c.mismatches.forEach(m -> System.out.println("  " + m));
        assertTrue(c.files > 100, "too few scripts in " + dir);
        assertEquals(0, c.problems, "commands or modules that did not parse");
        assertEquals(0, c.unsupported);
        assertEquals(List.of(), c.mismatches);
    }

    @Test
    void wasm30ParsesWithoutException() throws IOException {
        Path dir = suite("wasm-3.0");
        Assumptions.assumeTrue(dir != null, "spec testsuite wasm-3.0 not found");
        Counts c = run(dir, SpecVersion.V3);
        System.out.printf("text wasm-3.0: %d files, %d commands, %d unparsed commands or modules, %d unsupported;"
                + " assert_malformed quote: %d of %d give the expected message%n", c.files, c.commands, c.problems,
                c.unsupported, c.matched, c.quoted);
        assertTrue(c.files > 100, "too few scripts in " + dir);
        assertTrue(c.commands > 50_000);
    }

    private static Counts run(Path dir, SpecVersion version) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        int commands = 0;
        int problems = 0;
        int unsupported = 0;
        int quoted = 0;
        int matched = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            String name = dir.relativize(f).toString();
            List<MalformedException> found = new ArrayList<>();
            List<Command> cs = ScriptParser.parse(Files.readString(f, StandardCharsets.UTF_8), found, version);
            commands += cs.size();
            problems += found.size();
            found.forEach(e -> mismatches.add(name + ": " + e.describe()));
            for (Command cmd : cs) {
                if (cmd instanceof Command.Unsupported) {
                    unsupported++;
                }
                if (cmd instanceof Command.AssertMalformed m && m.module().quote() != null) {
                    quoted++;
                    try {
                        TextParser.parseModule(m.module().quote(), version);
                        mismatches.add(name + ":" + cmd.line() + ": accepted, expected " + m.message());
                    } catch (MalformedException e) {
                        if (e.getMessage().startsWith(m.message())) {
                            matched++;
                        } else {
                            mismatches.add(name + ":" + cmd.line() + ": " + e.describe() + ", expected " + m.message());
                        }
                    }
                }
            }
        }
        return new Counts(files.size(), commands, problems, unsupported, quoted, matched, mismatches);
    }

    /** The named directory of the testsuite, or null. */
    private static Path suite(String version) {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("wasm.testsuite");
        if (prop != null) {
            Path p = Path.of(prop);
            candidates.add(p.resolve(version));
            if (p.getFileName() != null && p.getFileName().toString().startsWith("wasm-")) {
                candidates.add(p.resolveSibling(version));
            }
        }
        Path root = repoRoot();
        if (root != null && root.getParent() != null) {
            candidates.add(root.getParent().resolve("shared/spec-testsuite").resolve(version));
        }
        candidates.add(Path.of("/work/shared/spec-testsuite", version));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles/org.wasmscope.runtime"))) {
                return p;
            }
        }
        return null;
    }
}
