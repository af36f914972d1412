package org.wasmscope.runtime.script;

import java.util.ArrayList;
import java.util.List;

/**
 * What running a script found: how many checks passed and, for each one that failed, where and how. A
 * check is an assertion, or a module definition, registration or action that failed.
 *
 * <p>Thread-safe, so that a watchdog can read the partial result of a script that hangs.
 */
public final class ScriptResult {
    /** A failed check: the script line, what the script expected and what happened instead. */
    public record Failure(int line, String expected, String actual) {
        @Override
        public String toString() {
            return line + ": " + expected + " / got " + actual;
        }
    }

    private int passed;
    private final List<Failure> failures = new ArrayList<>();

    synchronized void pass() {
        passed++;
    }

    synchronized void fail(int line, String expected, String actual) {
        failures.add(new Failure(line, expected, actual));
    }

    public synchronized int passed() {
        return passed;
    }

    public synchronized int failed() {
        return failures.size();
    }

    public synchronized int total() {
        return passed + failures.size();
    }

    public synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** A copy, taken at once. */
    synchronized ScriptResult snapshot() {
        ScriptResult copy = new ScriptResult();
        copy.passed = passed;
        copy.failures.addAll(failures);
        return copy;
    }
}
