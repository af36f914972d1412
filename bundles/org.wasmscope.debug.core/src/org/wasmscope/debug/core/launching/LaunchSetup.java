package org.wasmscope.debug.core.launching;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.ExceptionText;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.spectest.SpecTest;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.wasi.ProcExit;
import org.wasmscope.runtime.wasi.Wasi;

/**
 * What a launch does around running code, the same in run mode ({@link ModuleRun}, a plain machine) and
 * debug mode (a debug target's sessions): the module instantiated in a store of its own, linked to the
 * WASI host on the process's streams (a WASI program) or else to the {@code spectest} module printing to
 * its output; the invocations to run in order, the code instantiation executes (the segments'
 * initialization and the start function, run where it can be paused and stepped) and then the entry point; what the Console shows of results and traps;
 * and the exit value of each way a run ends.
 */
public final class LaunchSetup {
    /** A function to invoke, with its arguments. */
    public record Invocation(FuncInst function, Value[] args) {
    }

    private final LaunchTarget target;
    private final ProcessStreams streams;
    private final Store store;
    /** The WASI host of a WASI program, else null. */
    private Wasi wasi;
    private volatile ModuleInst instance;
    private volatile boolean stopRequested;

    /** A setup whose store has {@code limits} (the target's, or less in debug mode). */
    public LaunchSetup(LaunchTarget target, ProcessStreams streams, ResourceLimits limits) {
        this.target = target;
        this.streams = streams;
        this.store = new Store(limits);
    }

    /**
     * Links the module and allocates its instance, executing nothing yet. Whatever this throws, the caller
     * passes to {@link #exitValue(Throwable)}.
     *
     * @return the invocations to run in order: the code instantiation executes if there is any (segments,
     *         start function), then the entry point
     */
    public List<Invocation> instantiate() {
        Linker linker = new Linker();
        if (target.wasi() != null) {
            wasi = openWasi();
            linker.register(Wasi.MODULE, wasi.exports(store));
        } else if (SpecTest.isImportedBy(target.module().module)) { // host instances only for a module that imports them
            linker.register(SpecTest.NAME, SpecTest.exports(store, streams.out()));
        }
        ModuleInst inst = Wasm.allocate(store, target.module(), linker, target.file().getName());
        if (wasi != null) {
            wasi.bind(inst);
        }
        instance = inst;
        List<Invocation> invocations = new ArrayList<>();
        FuncInst initialization = Wasm.initialization(inst);
        if (initialization != null) {
            invocations.add(new Invocation(initialization, new Value[0]));
        }
        invocations.add(new Invocation(Wasm.exportedFunc(inst, target.entry().name()), target.arguments()));
        return invocations;
    }

    private Wasi openWasi() {
        try {
            return new Wasi(target.wasi().config(target.file().getName(), streams));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new WasiRefused(e.getMessage());
        }
    }

    /** A WASI setting the host refused when it opened the program's files, e.g. a preopened directory. */
    private static final class WasiRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WasiRefused(String message) {
            super(message, null, false, false);
        }
    }

    public Store store() {
        return store;
    }

    /** The module's instance; null until {@link #instantiate()} succeeded. */
    public ModuleInst instance() {
        return instance;
    }

    /**
     * Asks the run to end: from now on it ends as terminated. Ends the standard input, so a program
     * waiting for input reads its end and gets to where the caller can stop it. Safe from any thread.
     */
    public void stop() {
        stopRequested = true;
        streams.closeInput();
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** Writes an invocation's results to the output, one a line ({@code i64:3628800}). */
    public void printResults(List<Value> results) {
        for (Value v : results) {
            streams.out().println(v);
        }
    }

    /** {@code trap: MESSAGE} to the error stream: a WASI program's as the command line's run writes it, a function's with its position. */
    public void printTrap(Trap trap) {
        streams.err().println("trap: " + (target.wasi() != null ? trap.getMessage() : trap.describe()));
    }

    /** {@code exception: TAG VALUES} to the error stream, as the command line writes an exception no handler caught. */
    public void printException(ThrownException e) {
        streams.err().println(ExceptionText.of(e, store, instance));
    }

    /** The exit value of a run that an exception no handler caught ended: a WASI program's as after a trap. */
    public int exceptionExit() {
        return target.wasi() != null ? WasmLaunchConstants.EXIT_WASI_TRAP : WasmLaunchConstants.EXIT_EXCEPTION;
    }

    /** The exit value of a run that trapped. */
    public int trapExit() {
        return target.wasi() != null ? WasmLaunchConstants.EXIT_WASI_TRAP : WasmLaunchConstants.EXIT_TRAP;
    }

    /** The exit value of a run whose invocations all returned (or that was stopped). */
    public int exitValue() {
        // stopping ends the input, so a program that waited for it may have run to its end before the pause
        return stopRequested ? WasmLaunchConstants.EXIT_TERMINATED : WasmLaunchConstants.EXIT_OK;
    }

    /**
     * The exit value of a run that ended with {@code e}, thrown by {@link #instantiate()} or an
     * invocation, after writing why to the error stream: a WASI program's {@code proc_exit} (its code),
     * a link error, a trap, an exception no handler caught, a WASI setting refused, or else an internal error, which is also logged.
     */
    public int exitValue(Throwable e) {
        switch (e) {
            case ProcExit exit -> {
                return stopRequested ? WasmLaunchConstants.EXIT_TERMINATED : exit.code();
            }
            case LinkException link -> {
                streams.err().println("link error: " + link.describe());
                return WasmLaunchConstants.EXIT_LINK_ERROR;
            }
            case Trap trap -> {
                printTrap(trap);
                return trapExit();
            }
            case ThrownException thrown -> {
                printException(thrown);
                return exceptionExit();
            }
            case WasiRefused refused -> {
                streams.err().println("error: " + refused.getMessage());
                return WasmLaunchConstants.EXIT_LINK_ERROR;
            }
            default -> { // an InternalException (the runtime's failure, with its position) or a bug of the launch
                streams.err().println("internal error: " + (e instanceof InternalException internal ? internal.describe() : e));
                ILog.of(LaunchSetup.class).error("WasmScope launch of " + target.file().getFullPath() + " failed", e);
                return WasmLaunchConstants.EXIT_INTERNAL_ERROR;
            }
        }
    }

    /** At the end of the run: ends the standard input, closes the files a WASI program left open, flushes the output. */
    public void close() {
        streams.closeInput();
        if (wasi != null) {
            wasi.close();
        }
        streams.out().flush();
        streams.err().flush();
    }
}
