package org.wasmscope.runtime.script;

import java.io.PrintStream;

import org.wasmscope.runtime.syntax.SpecVersion;

/**
 * Runs a script on its own thread and gives up on it after a time limit, so that one runaway script
 * (an infinite loop, a pathological module) cannot stop a whole test run. On time-out the runner is
 * stopped (its running invocation pauses and fails, no further command runs); a thread that still does
 * not end (stuck outside the machine) is abandoned and, being a daemon, never keeps the JVM alive.
 */
public final class ScriptWatchdog {
    /** Stack for the script thread: deep but legal recursion must reach the interpreter's own limit. */
    private static final long STACK_BYTES = 64L << 20;
    /** How long a stopped script gets to wind down. */
    private static final long GRACE_MILLIS = 5_000;

    private ScriptWatchdog() {
    }

    /**
     * The script's result, or its partial result plus a failure at the line it was running when
     * {@code timeoutMillis} passed.
     */
    public static ScriptResult run(String script, PrintStream out, long timeoutMillis, SpecVersion version) {
        ScriptRunner runner = new ScriptRunner(out, version);
        ScriptResult[] done = new ScriptResult[1];
        Throwable[] crash = new Throwable[1];
        Thread t = new Thread(null, () -> done[0] = runner.runText(script), "wast", STACK_BYTES);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> crash[0] = e);
        t.start();
        boolean timedOut = false;
        try {
            t.join(timeoutMillis);
            if (t.isAlive()) {
                timedOut = true;
                runner.stop();
                t.interrupt();
                t.join(GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            runner.stop();
            t.interrupt();
            Thread.currentThread().interrupt();
        }
        ScriptResult r = !t.isAlive() && done[0] != null ? done[0] : runner.progress();
        if (!t.isAlive() && done[0] == null) {
            r.fail(runner.currentLine(), "script runs to its end", "crash: " + crash[0]);
        }
        if (timedOut) {
            r.fail(runner.currentLine(), "script finishes within " + timeoutMillis + " ms",
                    "timed out (stopped while running this command)");
        }
        return r;
    }
}
