package org.wasmscope.runtime.tests.wasi;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The C test programs of this bundle's {@code c/} folder and the compiler that builds them: Debian's
 * {@code clang-14 --target=wasm32-wasi} (with wasi-libc), if it is on the PATH.
 */
public final class CPrograms {
    static final String CLANG = "clang-14";

    private CPrograms() {
    }

    /** The c/ folder: property {@code wasmscope.c}, else found from the working directory; null if neither. */
    public static Path dir() {
        String prop = System.getProperty("wasmscope.c");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath();
        }
        for (String candidate : List.of("c", "tests/org.wasmscope.runtime.tests/c", "../org.wasmscope.runtime.tests/c")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath();
            }
        }
        return null;
    }

    /** The names (without .c) of the test programs, sorted; empty if the folder is missing. */
    static List<String> names() throws IOException {
        Path d = dir();
        if (d == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c"))
                    .map(n -> n.substring(0, n.length() - 2)).sorted().toList();
        }
    }

    /** True if clang-14 is an executable on the PATH. */
    public static boolean clangAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, CLANG))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compiles program {@code name} of the c/ folder to {@code out} (-O2, debug info stripped, plus the flags
     * in {@code name.cflags}, one a line); fails with clang's output.
     */
    static void compile(String name, Path out) throws IOException, InterruptedException {
        Path source = dir().resolve(name + ".c");
        List<String> cmd = new ArrayList<>(List.of(CLANG, "--target=wasm32-wasi", "-O2", "-Wl,--strip-debug"));
        cmd.addAll(lines(name, "cflags"));
        cmd.addAll(List.of("-o", out.toString(), source.toString()));
        run(cmd, source);
    }

    /**
     * Compiles {@code source} for wasm32-wasi with DWARF debug information ({@code -g}) and {@code flags}
     * (e.g. {@code -O0}, {@code -gdwarf-5}) to {@code out}; fails with clang's output.
     */
    public static void compileWithDebugInfo(Path source, Path out, String... flags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CLANG, "--target=wasm32-wasi", "-g"));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-o", out.toString(), source.toString()));
        run(cmd, source);
    }

    /**
     * Compiles the freestanding {@code source} for memory64 (wasm64, no libc, every function exported) to
     * {@code out}; fails with clang's output.
     */
    static void compileWasm64(Path source, Path out) throws IOException, InterruptedException {
        run(List.of(CLANG, "--target=wasm64", "-O2", "-nostdlib", "-Wl,--no-entry", "-Wl,--export-all", "-o",
                out.toString(), source.toString()), source);
    }

    private static void run(List<String> cmd, Path source) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("clang-14 took over 2 minutes on " + source);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }

    /** The text of {@code name.ext} in the c/ folder, or {@code otherwise} if there is no such file. */
    static String text(String name, String ext, String otherwise) throws IOException {
        Path p = dir().resolve(name + "." + ext);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : otherwise;
    }

    /** The non-empty lines of {@code name.ext}, or none. */
    static List<String> lines(String name, String ext) throws IOException {
        return text(name, ext, "").lines().filter(l -> !l.isEmpty()).toList();
    }
}
