package org.wasmscope.runtime.script;

import java.io.PrintStream;

/**
 * Runs a script on its own thread and gives up on it after a time limit, so that one runaway script
 * (an infinite loop, a pathological module) cannot stop a whole test run. The abandoned thread is
 * interrupted (the runner stops at its next command) and, being a daemon, never keeps the JVM alive.
 */
public final class ScriptWatchdog {
    /** Stack for the script thread: deep but legal recursion must reach the interpreter's own limit. */
    private static final long STACK_BYTES = 64L << 20;

    private ScriptWatchdog() {
    }

    /**
     * The script's result, or its partial result plus a failure at the line it was running when
     * {@code timeoutMillis} passed.
     */
    public static ScriptResult run(String script, PrintStream out, long timeoutMillis) {
        ScriptRunner runner = new ScriptRunner(out);
        ScriptResult[] done = new ScriptResult[1];
        Throwable[] crash = new Throwable[1];
        Thread t = new Thread(null, () -> done[0] = runner.runText(script), "wast", STACK_BYTES);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> crash[0] = e);
        t.start();
        try {
            t.join(timeoutMillis);
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
        }
        if (!t.isAlive() && done[0] != null) {
            return done[0];
        }
        if (!t.isAlive()) {
            ScriptResult partial = runner.progress();
            partial.fail(runner.currentLine(), "script runs to its end", "crash: " + crash[0]);
            return partial;
        }
        t.interrupt();
        ScriptResult partial = runner.progress();
        partial.fail(runner.currentLine(), "script finishes within " + timeoutMillis / 1000 + " s",
                "timed out (abandoned while running this command)");
        return partial;
    }
}
