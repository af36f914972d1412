package org.wasmscope.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/**
 * WebAssembly GC on WasmScope alone (Chicory has no GC): a loop allocating short-lived structs runs in
 * bounded memory. Each struct is stored in a ring of 1024 references, so it lives for 1024 iterations and
 * the store's collector has a live set to mark. Prints, for growing counts, the thread's CPU time, the JVM's
 * peak heap use during the run (the heap pools' peaks, reset before it) and the store heap's table size: a
 * bounded run has the same peak and table for 10 million as for 100 million.
 */
final class GcBench {
    private GcBench() {
    }

    private static final String WAT = """
            (module
              (type $pair (struct (field $a i64) (field $b (mut i64))))
              (type $ring (array (mut (ref null $pair))))
              (func (export "churn") (param $n i32) (result i32)
                (local $i i32) (local $sum i64) (local $p (ref $pair)) (local $ring (ref $ring))
                (local.set $ring (array.new_default $ring (i32.const 1024)))
                (loop $l
                  (local.set $p (struct.new $pair (i64.extend_i32_u (local.get $i)) (i64.const 1)))
                  (array.set $ring (local.get $ring) (i32.and (local.get $i) (i32.const 1023)) (local.get $p))
                  (local.set $sum (i64.add (local.get $sum) (struct.get $pair $a (local.get $p))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                (i32.wrap_i64 (local.get $sum))))
            """;

    static void run(long[] counts) throws Exception {
        System.out.printf("%nGC: a loop allocating structs that each live 1024 iterations (WasmScope alone):%n");
        String row = "| %-12s | %12s | %14s | %12s | %11s | %14s |%n";
        System.out.printf(row, "structs", "time", "ns per struct", "peak heap", "heap table", "store GCs (JVM)");
        System.out.printf(row, "-".repeat(12), "-".repeat(12), "-".repeat(14), "-".repeat(12), "-".repeat(11),
                "-".repeat(14));
        for (long n : counts) {
            Store store = new Store();
            byte[] wat = WAT.getBytes(StandardCharsets.UTF_8);
            ModuleInst inst = Wasm.instantiate(store, Wasm.load(wat), Imports.NONE, null);
            FuncInst churn = Wasm.exportedFunc(inst, "churn");
            long jvmCollections = jvmCollections();
            resetPeaks();
            long start = Timing.now();
            int sum = Wasm.invoke(store, churn, Value.i32((int) n))[0].asInt();
            long nanos = Timing.now() - start;
            long peak = peakHeap();
            if (sum != (int) (n * (n - 1) / 2)) {
                throw new IllegalStateException("churn(" + n + ") = " + sum);
            }
            System.out.printf(row, String.format("%,d", n), Timing.millis(nanos),
                    String.format("%.1f", (double) nanos / n),
                    String.format("%.1f MiB", peak / 1048576.0), String.format("%,d", store.heap().capacity()),
                    String.format("%,d (%,d)", store.heap().collections(), jvmCollections() - jvmCollections));
        }
    }

    private static void resetPeaks() {
        System.gc(); // start from what is live
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak use since {@link #resetPeaks()}. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long jvmCollections() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, g.getCollectionCount());
        }
        return n;
    }
}
