package org.wasmscope.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark of issue 8, in one JVM: each workload on WasmScope and on Chicory's interpreter (warm-up
 * runs, then the median of measured runs), the ratio Chicory/WasmScope and its geometric mean; the load
 * time of a module of about 1 MiB; the wall time of the spec testsuite; WebAssembly GC's allocation in
 * bounded memory ({@link GcBench}).
 *
 * <p>Arguments: {@code WASM_DIR [--spec DIR] [--warmup N] [--runs N] [--only NAME] [--gc]}; WASM_DIR holds the
 * compiled workloads ({@code benchmarks/run} makes them); {@code --gc} runs the GC benchmark alone.
 */
public final class Bench {
    private Bench() {
    }

    /** How many structs the GC benchmark allocates, in its runs one after the other. */
    private static final long[] GC_COUNTS = {1_000_000, 10_000_000, 100_000_000};

    public static void main(String[] args) throws Exception {
        Path wasmDir = Path.of(args[0]);
        Path spec = null;
        int warmup = 3;
        int runs = 5;
        String only = null;
        boolean gcOnly = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--gc" -> gcOnly = true;
                case "--spec" -> spec = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.printf("JVM %s %s; %d processors; warm-up %d, median of %d runs taken in turns; %s%n%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(), warmup, runs,
                Timing.CPU_TIME ? "thread CPU time" : "wall time");
        if (gcOnly) {
            GcBench.run(GC_COUNTS);
            return;
        }

        Engine ws = new WasmScopeEngine();
        Engine chicory = new ChicoryEngine();
        String row = "| %-14s | %12s | %12s | %8s |%n";
        System.out.printf(row, "workload", "WasmScope", "Chicory", "ratio");
        System.out.printf(row, "-".repeat(14), "-".repeat(12), "-".repeat(12), "-".repeat(8));
        List<Double> ratios = new ArrayList<>();
        for (Workload w : Workload.all()) {
            if (only != null && !w.name().startsWith(only)) {
                continue;
            }
            byte[] wasm = Files.readAllBytes(wasmDir.resolve(w.file() + ".wasm"));
            Engine.Instance a = ws.load(wasm);
            Engine.Instance b = chicory.load(wasm);
            Timing.Result[] r = Timing.compare(() -> a.call(w.export(), w.args()),
                    () -> b.call(w.export(), w.args()), warmup, runs);
            Timing.Result ra = r[0];
            Timing.Result rb = r[1];
            if (ra.checksum() != rb.checksum()) { // both must compute the same
                throw new IllegalStateException(w.name() + ": WasmScope returned " + ra.checksum() + ", Chicory "
                        + rb.checksum());
            }
            double ratio = (double) rb.nanos() / ra.nanos();
            ratios.add(ratio);
            System.out.printf(row, w.name(), Timing.millis(ra.nanos()), Timing.millis(rb.nanos()),
                    String.format("%.2fx", ratio));
        }
        double log = 0;
        for (double r : ratios) {
            log += Math.log(r);
        }
        System.out.printf(row, "geometric mean", "", "", String.format("%.2fx", Math.exp(log / ratios.size())));

        byte[] big = Files.readAllBytes(wasmDir.resolve("big.wasm"));
        Timing.Result[] l = Timing.compare(() -> ws.load(big).call("bench_big", 7, 9),
                () -> chicory.load(big).call("bench_big", 7, 9), warmup, runs);
        Timing.Result lw = l[0];
        Timing.Result lc = l[1];
        System.out.printf("%nDecode + validate + instantiate a %.2f MiB module (4000 functions, and one call):%n",
                big.length / 1048576.0);
        System.out.printf("  WasmScope %s, Chicory %s (ratio %.2fx)%n", Timing.millis(lw.nanos()),
                Timing.millis(lc.nanos()), (double) lc.nanos() / lw.nanos());

        int debugRuns = Math.min(runs, 3); // three kinds of run per workload: fewer of each
        System.out.printf("%nDebug mode (WasmScope; a debug Session's run over a plain run; median of %d):%n",
                debugRuns);
        for (Workload w : Workload.all()) {
            if (only != null && !w.name().startsWith(only)) {
                continue;
            }
            DebugBench.Result d = DebugBench.run(Files.readAllBytes(wasmDir.resolve(w.file() + ".wasm")), w, 1,
                    debugRuns);
            System.out.printf("  %-14s plain %s, debug %s (%.2fx), breakpoint armed not hit %s (%.2fx)%n", w.name(),
                    Timing.millis(d.plain()), Timing.millis(d.debug()), (double) d.debug() / d.plain(),
                    Timing.millis(d.armed()), (double) d.armed() / d.plain());
        }
        long step = DebugBench.stepLatency(Files.readAllBytes(wasmDir.resolve("fib.wasm")), "bench_fib", 25, 2000);
        System.out.printf("  one step into + snapshot read (fib, wall time, median of 2000 steps): %.1f us%n", step / 1e3);

        GcBench.run(GC_COUNTS);

        if (spec != null) {
            SpecSuite.Result s = SpecSuite.run(spec);
            System.out.printf("%nSpec testsuite %s (%d files) through the script runner: %s; %d passed, %d failed%n",
                    spec, s.files(), Timing.millis(s.nanos()), s.passed(), s.failed());
        }
    }
}
