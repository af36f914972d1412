package org.wasmscope.runtime.tests.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find their .wast scripts: this bundle's own, and the official spec testsuite. */
final class TestFiles {
    private TestFiles() {
    }

    /** The repository's top directory: the working directory or the nearest parent holding the runtime bundle. */
    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles/org.wasmscope.runtime"))) {
                return p;
            }
        }
        return null;
    }

    /** This bundle's wast/ directory: property {@code wasmscope.wast}, else found from the working directory. */
    static Path ownWastDir() {
        Path p = property("wasmscope.wast");
        if (p != null) {
            return p;
        }
        if (Files.isDirectory(Path.of("wast"))) {
            return Path.of("wast").toAbsolutePath();
        }
        Path root = repoRoot();
        return root == null ? null : root.resolve("tests/org.wasmscope.runtime.tests/wast");
    }

    /**
     * The spec testsuite (holding wasm-2.0/ and wasm-3.0/), or null: property {@code wasm.testsuite},
     * else ../shared/spec-testsuite next to the repository, else /work/shared/spec-testsuite.
     */
    static Path testsuite() {
        Path p = property("wasm.testsuite");
        if (p != null && Files.isDirectory(p)) {
            return p;
        }
        Path root = repoRoot();
        if (root != null && root.getParent() != null) {
            Path shared = root.getParent().resolve("shared/spec-testsuite");
            if (Files.isDirectory(shared)) {
                return shared;
            }
        }
        Path fixed = Path.of("/work/shared/spec-testsuite");
        return Files.isDirectory(fixed) ? fixed : null;
    }

    /** The .wast files directly in {@code dir}, sorted by name; empty if there is no such directory. */
    static List<Path> wastFiles(Path dir) throws IOException {
        return wastFiles(dir, 1);
    }

    /**
     * The .wast files in {@code dir} and its subdirectories (the testsuite keeps e.g. the SIMD scripts in
     * wasm-2.0/simd/), sorted by path.
     */
    static List<Path> wastFilesBelow(Path dir) throws IOException {
        return wastFiles(dir, Integer.MAX_VALUE);
    }

    private static List<Path> wastFiles(Path dir, int depth) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".wast") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }

    /** A path from a system property; null if unset, blank or an unexpanded Maven {@code ${...}}. */
    private static Path property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank() || v.contains("${")) {
            return null;
        }
        return Path.of(v).toAbsolutePath();
    }
}
