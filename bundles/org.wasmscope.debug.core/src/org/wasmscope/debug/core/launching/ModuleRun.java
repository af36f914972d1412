package org.wasmscope.debug.core.launching;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.ILog;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.spectest.SpecTest;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.wasi.ProcExit;
import org.wasmscope.runtime.wasi.Wasi;

/**
 * A run-mode launch at full speed, on a thread of its own: instantiates the module with the
 * {@code spectest} print functions writing to the process's output, invokes the entry point and prints
 * each result ({@code i32:120}) to the output, or {@code trap: MESSAGE} to the error stream. A WASI
 * program runs {@code _start} with the WASI host on the process's three streams instead.
 *
 * <p>Stopping: every invocation (the start function's too) runs on a {@link Machine} whose
 * {@link Machine#requestPause() pause} works from any thread, so {@link #stop()} ends even a
 * {@code (loop (br 0))}.
 */
final class ModuleRun {
    private final LaunchTarget target;
    private final ProcessStreams streams;
    private volatile boolean stopRequested;
    private volatile Machine machine;

    ModuleRun(LaunchTarget target, ProcessStreams streams) {
        this.target = target;
        this.streams = streams;
    }

    /** Starts the run on a new daemon thread; {@code onExit} receives the exit value on that thread. */
    void start(String threadName, IntConsumer onExit) {
        Thread thread = new Thread(() -> onExit.accept(execute()), threadName);
        thread.setDaemon(true); // never keeps the workbench from exiting
        thread.start();
    }

    /** Asks the run to end; safe from any thread. */
    void stop() {
        stopRequested = true;
        streams.closeInput(); // a program waiting for input reads its end and goes on to the pause
        Machine m = machine;
        if (m != null) {
            m.requestPause();
        }
    }

    private int execute() {
        PrintStream out = streams.out();
        PrintStream err = streams.err();
        boolean wasi = target.wasi() != null;
        try {
            return wasi ? executeWasi() : executeFunction();
        } catch (LinkException e) {
            err.println("link error: " + e.describe());
            return WasmLaunchConstants.EXIT_LINK_ERROR;
        } catch (Trap e) {
            if (wasi) { // as the command line's run prints it
                err.println("trap: " + e.getMessage());
                return WasmLaunchConstants.EXIT_WASI_TRAP;
            }
            err.println("trap: " + e.describe());
            return WasmLaunchConstants.EXIT_TRAP;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("internal error: " + e);
            ILog.of(ModuleRun.class).error("WasmScope run of " + target.file().getFullPath() + " failed", e);
            return WasmLaunchConstants.EXIT_INTERNAL_ERROR;
        } finally {
            streams.closeInput();
            out.flush();
            err.flush();
        }
    }

    /** The chosen export with its arguments; prints the results. */
    private int executeFunction() {
        Store store = new Store();
        Linker linker = new Linker();
        linker.register(SpecTest.NAME, SpecTest.exports(store, streams.out()));
        ModuleInst inst = instantiate(store, linker);
        FuncInst start = Wasm.startFunction(inst);
        if (start != null && invoke(store, start, new Value[0]) == null) {
            return WasmLaunchConstants.EXIT_TERMINATED;
        }
        FuncInst entry = Wasm.exportedFunc(inst, target.entry().name());
        Value[] results = invoke(store, entry, target.arguments());
        if (results == null) {
            return WasmLaunchConstants.EXIT_TERMINATED;
        }
        for (Value v : results) {
            streams.out().println(v);
        }
        return WasmLaunchConstants.EXIT_OK;
    }

    /** A WASI program's {@code _start}; the exit value is its {@code proc_exit} code, 0 if it returns. */
    private int executeWasi() {
        Wasi wasi;
        try {
            wasi = new Wasi(target.wasi().config(target.file().getName(), streams));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            streams.err().println("error: " + e.getMessage());
            return WasmLaunchConstants.EXIT_LINK_ERROR;
        }
        try {
            Store store = new Store();
            Linker linker = new Linker();
            linker.register(Wasi.MODULE, wasi.exports(store));
            ModuleInst inst = instantiate(store, linker);
            wasi.bind(inst);
            FuncInst start = Wasm.startFunction(inst);
            if (start != null && invoke(store, start, new Value[0]) == null
                    || invoke(store, Wasm.exportedFunc(inst, LaunchTarget.WASI_ENTRY), new Value[0]) == null) {
                return WasmLaunchConstants.EXIT_TERMINATED;
            }
            // stopping ends the input, so a program that waited for it may have run to its end before the pause
            return stopRequested ? WasmLaunchConstants.EXIT_TERMINATED : WasmLaunchConstants.EXIT_OK;
        } catch (ProcExit e) {
            return stopRequested ? WasmLaunchConstants.EXIT_TERMINATED : e.code();
        } finally {
            wasi.close();
        }
    }

    /**
     * Instantiates without invoking the start function (instantiation would run it on a machine nobody
     * can pause); {@link #execute()} invokes it next, as instantiation would have.
     */
    private ModuleInst instantiate(Store store, Linker linker) {
        return Wasm.instantiateBeforeStart(store, target.module(), linker, target.file().getName());
    }

    /** Runs an invocation to its end; null if it was stopped. */
    private Value[] invoke(Store store, FuncInst f, Value[] args) {
        Machine m = new Machine(store);
        machine = m;
        if (stopRequested) { // stop() may have looked before this machine was published
            return null;
        }
        m.start(f, args);
        while (!m.isDone()) {
            if (stopRequested) {
                return null;
            }
            m.run(); // returns before the end only for a pause (no breakpoints are set)
        }
        return m.results();
    }
}
