package org.wasmscope.runtime.tests.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.wasmscope.runtime.script.ScriptResult;
import org.wasmscope.runtime.script.ScriptRunner;
import org.wasmscope.runtime.script.ScriptWatchdog;

/** Runs a .wast file the way the tests need it, and describes its failures readably. */
final class ScriptChecks {
    /** Enough for the largest spec script on a slow machine; a hang is reported as a failure. */
    static final long TIMEOUT_MILLIS = 300_000;
    private static final int SHOWN_FAILURES = 40;

    private ScriptChecks() {
    }

    static ScriptResult run(Path file, long timeoutMillis) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        return ScriptWatchdog.run(text, quiet, timeoutMillis, ScriptRunner.editionOf(file));
    }

    /** Fails unless every check of the script passed (a script may have none: only modules that must define). */
    static void assertAllPass(Path file) throws IOException {
        ScriptResult r = run(file, TIMEOUT_MILLIS);
        if (r.failed() > 0) {
            Assertions.fail(file.getFileName() + ": " + r.passed() + " passed, " + r.failed() + " failed\n"
                    + describe(r.failures()));
        }
    }

    static String describe(List<ScriptResult.Failure> failures) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < failures.size() && i < SHOWN_FAILURES; i++) {
            b.append("  ").append(failures.get(i)).append('\n');
        }
        if (failures.size() > SHOWN_FAILURES) {
            b.append("  ... ").append(failures.size() - SHOWN_FAILURES).append(" more\n");
        }
        return b.toString();
    }

    /** A failure that is no wrong answer but a Java exception, an exhausted JVM or a timeout. */
    static boolean isCrash(ScriptResult.Failure f) {
        String a = f.actual();
        return a.startsWith("crash:") || a.startsWith("StackOverflowError") || a.startsWith("OutOfMemoryError")
                || a.startsWith("timed out");
    }
}
