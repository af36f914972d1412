package org.wasmscope.runtime.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.script.ScriptResult;
import org.wasmscope.runtime.script.ScriptWatchdog;

/**
 * {@code wasmscope wast [--timeout SECONDS] FILE...}: runs each script in a fresh store, prints
 * {@code FILE: P passed, F failed} and each failure as {@code FILE:LINE: expected ... / got ...}, and a
 * total when there are several files. Exit code 1 if any check failed, 2 if a file could not be read.
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
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--timeout") && i + 1 < args.length) {
                try {
                    timeout = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("wasmscope: --timeout needs a number of seconds, got " + args[i]);
                    return Main.BAD_INPUT;
                }
            } else {
                files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            err.println("usage: wasmscope wast [--timeout SECONDS] FILE...");
            return Main.BAD_INPUT;
        }
        int passed = 0;
        int failed = 0;
        boolean unreadable = false;
        // The scripts' spectest print output is not what this command reports.
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String file : files) {
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("wasmscope: cannot read " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
                unreadable = true;
                continue;
            }
            ScriptResult r = ScriptWatchdog.run(text, quiet, timeout * 1000);
            out.println(file + ": " + r.passed() + " passed, " + r.failed() + " failed");
            for (ScriptResult.Failure f : r.failures()) {
                out.println("  " + file + ":" + f.line() + ": expected " + f.expected() + " / got " + f.actual());
            }
            out.flush();
            passed += r.passed();
            failed += r.failed();
        }
        if (files.size() > 1) {
            out.println("total: " + passed + " passed, " + failed + " failed in " + files.size() + " files");
        }
        return unreadable ? Main.BAD_INPUT : failed > 0 ? Main.FAILED : Main.OK;
    }
}
