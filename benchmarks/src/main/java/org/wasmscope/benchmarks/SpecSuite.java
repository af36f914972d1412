package org.wasmscope.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.wasmscope.runtime.script.ScriptResult;
import org.wasmscope.runtime.script.ScriptWatchdog;
import org.wasmscope.runtime.syntax.SpecVersion;

/** The wall time of the official testsuite through the script runner, as {@code wasmscope wast DIR} runs it. */
final class SpecSuite {
    private SpecSuite() {
    }

    record Result(long nanos, long passed, long failed, int files) {
    }

    static Result run(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        long passed = 0;
        long failed = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            ScriptResult r = ScriptWatchdog.run(Files.readString(f, StandardCharsets.UTF_8), quiet, 300_000, SpecVersion.V2);
            passed += r.passed();
            failed += r.failed();
        }
        return new Result(System.nanoTime() - start, passed, failed, files.size());
    }
}
