package org.wasmscope.runtime.tests.debug;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionListener;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Interpreter;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.tests.support.Programs;

/**
 * What debugging costs while nothing is being looked at: the same workload (recursive fib: calls;
 * a sieve: loops and memory; a checksum loop with fused local pairs) run plainly
 * ({@link Interpreter#invoke}), in a {@link Session} without breakpoints, and in a Session with
 * breakpoints armed in every hot function at instructions never reached. Prints the ratios of the
 * median times, wall clock and CPU time of the executing thread (the latter less disturbed by other
 * load on the machine); goal: both at most 1.3.
 *
 * <p>Run: {@code java -cp <runtime classes>:<test support classes>:<test classes> org.wasmscope.runtime.tests.debug.DebugOverheadBenchmark [rounds]}
 */
public final class DebugOverheadBenchmark {
    /* never-reached instructions: 4 in $fib, $sieve and $sum (the constant in the early return) */
    static final String WAT = """
            (module
              (memory 16)
              (func $fib (param $n i64) (result i64)
                (if (i64.lt_s (local.get $n) (i64.const 0)) (then (return (i64.const -1))))
                (if (result i64) (i64.lt_s (local.get $n) (i64.const 2))
                  (then (local.get $n))
                  (else (i64.add (call $fib (i64.sub (local.get $n) (i64.const 1)))
                                 (call $fib (i64.sub (local.get $n) (i64.const 2)))))))
            """ + Programs.SIEVE + """
              (func $sum (param $n i32) (result i32)
                (local $i i32) (local $acc i32)
                (if (i32.lt_s (local.get $n) (i32.const 0)) (then (return (i32.const -1))))
                (loop $l
                  (local.set $acc (i32.xor (i32.mul (local.get $acc) (i32.const 31)) (local.get $i)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                (local.get $acc))
              (func (export "work") (result i64)
                (i64.add (call $fib (i64.const 27))
                  (i64.extend_i32_u (i32.add
                    (call $sieve (i32.const 1000000))
                    (call $sum (i32.const 20000000))))))
            )
            """;

    private final Store store = new Store();
    private final ModuleInst inst;
    private final FuncInst work;

    DebugOverheadBenchmark() throws Exception {
        inst = Wasm.instantiate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)), new Linker(), "bench");
        work = Wasm.exportedFunc(inst, "work");
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Wall and CPU time (of the executing thread) of one run. */
    record Times(long wall, long cpu) {
    }

    Times plain() {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Interpreter.invoke(store, work);
        return new Times(System.nanoTime() - t0, CPU.getCurrentThreadCpuTime() - c0);
    }

    Times debug(boolean armed) throws InterruptedException {
        Session s = new Session(store);
        long[] cpu = new long[2];
        s.addListener(new SessionListener() { // both run on the session's thread
            @Override
            public void resumed(Session session, Action a) {
                cpu[0] = CPU.getCurrentThreadCpuTime();
            }

            @Override
            public void suspended(Session session, SuspendReason r, Snapshot snap) {
                cpu[1] = CPU.getCurrentThreadCpuTime();
            }
        });
        if (armed) {
            s.breakAt(inst.funcs[0], 4);
            s.breakAt(inst.funcs[1], 4);
            s.breakAt(inst.funcs[2], 4);
            s.breakOnEntry(inst.funcs[1]).setIgnoreCount(Integer.MAX_VALUE); // reached once: counted, not suspended
        }
        long t0 = System.nanoTime();
        s.start(work, false);
        SessionState st = s.awaitSuspended(Duration.ofMinutes(5));
        long t = System.nanoTime() - t0;
        if (st != SessionState.SUSPENDED || !(s.reason() instanceof SuspendReason.Done)) {
            throw new IllegalStateException("the debug run did not finish: " + st + " " + s.reason());
        }
        s.terminate();
        s.awaitTerminated(Duration.ofSeconds(5));
        return new Times(t, cpu[1] - cpu[0]);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        DebugOverheadBenchmark b = new DebugOverheadBenchmark();
        System.out.println("result " + Interpreter.invoke(b.store, b.work)[0]);
        for (int i = 0; i < 2; i++) { // warm up all three ways
            b.plain();
            b.debug(false);
            b.debug(true);
        }
        Times[] plain = new Times[rounds];
        Times[] debug = new Times[rounds];
        Times[] armed = new Times[rounds];
        for (int i = 0; i < rounds; i++) { // interleaved, so drifts in machine load hit all three alike
            plain[i] = b.plain();
            debug[i] = b.debug(false);
            armed[i] = b.debug(true);
        }
        for (boolean wall : new boolean[] {true, false}) {
            double p = median(plain, wall);
            double d = median(debug, wall);
            double a = median(armed, wall);
            String kind = wall ? "wall" : "cpu ";
            System.out.printf("%s plain                  %8.1f ms (median of %d)%n", kind, p / 1e6, rounds);
            System.out.printf("%s debug, no breakpoints  %8.1f ms  ratio %.3f%n", kind, d / 1e6, d / p);
            System.out.printf("%s debug, armed, not hit  %8.1f ms  ratio %.3f%n", kind, a / 1e6, a / p);
        }
        System.out.println("wall ms plain " + text(plain) + " debug " + text(debug) + " armed " + text(armed));
    }

    private static String text(Times[] t) {
        return List.of(Arrays.stream(t).map(x -> x.wall() / 1_000_000).toArray()).toString();
    }

    private static double median(Times[] t, boolean wall) {
        long[] v = Arrays.stream(t).mapToLong(x -> wall ? x.wall() : x.cpu()).toArray();
        return median(v);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
