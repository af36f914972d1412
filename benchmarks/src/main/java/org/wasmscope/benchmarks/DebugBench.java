package org.wasmscope.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionListener;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/**
 * Debug mode against a plain run, on WasmScope alone: a workload run through a debug {@link Session}
 * (no breakpoints; then a breakpoint armed in a function that is never called) over the same workload
 * run by {@link Wasm#invoke}; and the latency of one step with a snapshot read. Runs are timed by the
 * CPU time of the thread that executes them (a session's own thread, read when it suspends at the
 * return: it includes the session's start and its final snapshot); a step by wall time, since it is a
 * hand-over between two threads.
 */
final class DebugBench {
    private DebugBench() {
    }

    /** Median times in nanoseconds of: plain run, debug run, debug run with an armed breakpoint. */
    record Result(long plain, long debug, long armed) {
    }

    static Result run(byte[] wasm, Workload w, int warmup, int runs) throws Exception {
        Store store = new Store();
        ModuleInst inst = Wasm.instantiate(store, Wasm.load(wasm), Imports.NONE, null);
        Value[] args = Arrays.stream(w.args()).mapToObj(Value::i32).toArray(Value[]::new);
        FuncInst f = Wasm.exportedFunc(inst, w.export());
        FuncInst unused = Wasm.exportedFunc(inst, "bench_unused");
        long[][] t = new long[3][runs];
        for (int i = -warmup; i < runs; i++) {
            long start = Timing.now();
            Wasm.invoke(store, f, args);
            long plain = Timing.now() - start;
            long debug = debugRun(store, f, null, args);
            long armed = debugRun(store, f, unused, args);
            if (i >= 0) {
                t[0][i] = plain;
                t[1][i] = debug;
                t[2][i] = armed;
            }
        }
        for (long[] a : t) {
            Arrays.sort(a);
        }
        return new Result(t[0][runs / 2], t[1][runs / 2], t[2][runs / 2]);
    }

    /** One run in a session (a breakpoint at the first instruction of {@code breakIn} unless null), to its return. */
    private static long debugRun(Store store, FuncInst f, FuncInst breakIn, Value[] args) throws Exception {
        Session s = new Session(store);
        if (breakIn != null) {
            s.breakAt(breakIn, 0);
        }
        long[] cpu = {-1};
        CountDownLatch done = new CountDownLatch(1);
        s.addListener(new SessionListener() {
            @Override
            public void suspended(Session session, SuspendReason reason, Snapshot snapshot) {
                if (reason instanceof SuspendReason.Done) { // on the session's thread, which ran nothing else
                    cpu[0] = Timing.now();
                    done.countDown();
                }
            }
        });
        long start = System.nanoTime();
        s.start(f, false, args);
        done.await(5, TimeUnit.MINUTES); // the session suspends at the return (Done)
        long t = System.nanoTime() - start;
        SessionState st = s.awaitSuspended(Duration.ofSeconds(10));
        if (st != SessionState.SUSPENDED || s.results() == null || cpu[0] < 0) {
            throw new IllegalStateException("debug run did not return: " + st + " " + s.reason());
        }
        s.terminate();
        s.awaitTerminated(Duration.ofSeconds(10));
        return Timing.CPU_TIME ? cpu[0] : t;
    }

    /** The median latency in nanoseconds of one step into, awaited, with the snapshot's top frame read. */
    static long stepLatency(byte[] wasm, String export, int arg, int steps) throws Exception {
        Store store = new Store();
        ModuleInst inst = Wasm.instantiate(store, Wasm.load(wasm), Imports.NONE, null);
        Session s = new Session(store);
        s.start(inst, export, true, Value.i32(arg));
        long[] t = new long[steps];
        int frames = 0;
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            s.stepInto();
            if (s.awaitSuspended(Duration.ofSeconds(10)) != SessionState.SUSPENDED) {
                throw new IllegalStateException("step did not suspend");
            }
            Snapshot snap = s.snapshot();
            frames += snap.top() != null ? snap.frames().size() + snap.stack().size() : 0;
            t[i] = System.nanoTime() - start;
            if (s.results() != null) {
                throw new IllegalStateException("the stepped function returned after " + i + " steps");
            }
        }
        s.terminate();
        s.awaitTerminated(Duration.ofSeconds(10));
        if (frames < 0) {
            throw new AssertionError();
        }
        Arrays.sort(t);
        return t[steps / 2];
    }
}
