package org.wasmscope.debug.core.launching;

import java.util.List;
import java.util.function.IntConsumer;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Machine;

/**
 * A run-mode launch at full speed, on a thread of its own: the module set up by a {@link LaunchSetup}
 * (with the {@code spectest} print functions writing to the process's output, or a WASI program's host
 * on its three streams), then its start function and its entry point each invoked on a {@link Machine};
 * the entry point's results are printed to the output, a trap as {@code trap: MESSAGE} to the error
 * stream.
 *
 * <p>Stopping: every invocation runs on a {@link Machine} whose {@link Machine#requestPause() pause}
 * works from any thread, so {@link #stop()} ends even a {@code (loop (br 0))}.
 */
final class ModuleRun {
    private final LaunchSetup setup;
    private volatile Machine machine;

    ModuleRun(LaunchTarget target, ProcessStreams streams) {
        this.setup = new LaunchSetup(target, streams, target.limits());
    }

    /** Starts the run on a new daemon thread; {@code onExit} receives the exit value on that thread. */
    void start(String threadName, IntConsumer onExit) {
        Thread thread = new Thread(() -> onExit.accept(execute()), threadName);
        thread.setDaemon(true); // never keeps the workbench from exiting
        thread.start();
    }

    /** Asks the run to end; safe from any thread. */
    void stop() {
        setup.stop();
        Machine m = machine;
        if (m != null) {
            m.requestPause();
        }
    }

    private int execute() {
        try {
            for (LaunchSetup.Invocation next : setup.instantiate()) {
                Value[] results = invoke(next);
                if (results == null) {
                    return WasmLaunchConstants.EXIT_TERMINATED;
                }
                setup.printResults(List.of(results));
            }
            return setup.exitValue();
        } catch (RuntimeException | StackOverflowError e) {
            return setup.exitValue(e);
        } finally {
            setup.close();
        }
    }

    /** Runs an invocation to its end; null if it was stopped. */
    private Value[] invoke(LaunchSetup.Invocation invocation) {
        Machine m = new Machine(setup.store());
        machine = m;
        if (setup.stopRequested()) { // stop() may have looked before this machine was published
            return null;
        }
        m.start(invocation.function(), invocation.args());
        while (!m.isDone()) {
            if (setup.stopRequested()) {
                return null;
            }
            m.run(); // returns before the end only for a pause (no breakpoints are set)
        }
        return m.results();
    }
}
