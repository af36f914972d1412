package org.wasmscope.runtime.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.wasmscope.runtime.script.ScriptResult;
import org.wasmscope.runtime.script.ScriptRunner;
import org.wasmscope.runtime.script.ScriptWatchdog;
import org.wasmscope.runtime.syntax.SpecVersion;

/**
 * {@code wasmscope wast [--verbose] [--timeout SECONDS] PATH...}: runs each script (a file, or every
 * {@code .wast} under a folder, recursively, in name order) in a fresh store. Prints one line per file,
 * {@code PASS|FAIL <file> <passed>/<total>}, with {@code --verbose} each failure after it as
 * {@code <file>:<line>: expected ... / got ...}, and last {@code <N> passed, <M> failed} counting checks.
 * Exit code 0 iff nothing failed and every path could be read.
 */
final class WastCommand {
    private static final long DEFAULT_TIMEOUT_SECONDS = 300;

    private final PrintStream out;
    private final PrintStream err;

    WastCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        long timeout = DEFAULT_TIMEOUT_SECONDS;
        boolean verbose = false;
        SpecVersion spec = null; // by each file's folder unless given
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--verbose") || args[i].equals("-v")) {
                verbose = true;
            } else if (args[i].equals("--spec") && i + 1 < args.length) {
                spec = switch (args[++i]) {
                    case "2.0" -> SpecVersion.V2;
                    case "3.0" -> SpecVersion.V3;
                    default -> null;
                };
                if (spec == null) {
                    err.println("error: --spec takes 2.0 or 3.0, got " + args[i]);
                    return Main.ERROR;
                }
            } else if (args[i].equals("--timeout") && i + 1 < args.length) {
                try {
                    timeout = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("error: --timeout needs a number of seconds, got " + args[i]);
                    return Main.ERROR;
                }
            } else {
                paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            err.println("usage: wasmscope wast [--verbose] [--timeout SECONDS] [--spec 2.0|3.0] PATH...");
            return Main.ERROR;
        }
        List<Path> files = new ArrayList<>();
        boolean unreadable = false;
        for (String p : paths) {
            try {
                files.addAll(scripts(Path.of(p)));
            } catch (IOException e) {
                err.println("error: cannot read " + p + ": " + e.getMessage());
                unreadable = true;
            }
        }
        long passed = 0;
        long failed = 0;
        // The scripts' spectest print output is not what this command reports.
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("error: cannot read " + file + ": " + e.getMessage());
                unreadable = true;
                continue;
            }
            ScriptResult r = ScriptWatchdog.run(text, quiet, timeout * 1000, spec != null ? spec : ScriptRunner.editionOf(file));
            out.println((r.failed() == 0 ? "PASS " : "FAIL ") + file + " " + r.passed() + "/" + r.total());
            if (verbose) {
                for (ScriptResult.Failure f : r.failures()) {
                    out.println("  " + file + ":" + f.line() + ": expected " + f.expected() + " / got " + f.actual());
                }
            }
            out.flush();
            passed += r.passed();
            failed += r.failed();
        }
        out.println(passed + " passed, " + failed + " failed");
        return unreadable || failed > 0 ? Main.ERROR : Main.OK;
    }

    /** The script itself, or every .wast under a folder in name order. */
    private static List<Path> scripts(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                throw new IOException("no such file");
            }
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.toString().endsWith(".wast") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
