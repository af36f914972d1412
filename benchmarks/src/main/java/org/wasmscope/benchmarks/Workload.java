package org.wasmscope.benchmarks;

import java.util.List;

/** One benchmark: a C program compiled to {@code <file>.wasm}, its exported function and arguments. */
record Workload(String name, String file, String export, int... args) {
    /** The workloads of issue 8, sized so that one WasmScope run takes a few tenths of a second. */
    static List<Workload> all() {
        return List.of(
                new Workload("fib(32)", "fib", "bench_fib", 32),
                new Workload("sieve 4M", "sieve", "bench_sieve", 4_000_000, 1),
                new Workload("sha256 3 MiB", "sha256", "bench_sha256", 3 << 20),
                new Workload("matmul 160", "matmul", "bench_matmul", 160),
                new Workload("nbody 200k", "nbody", "bench_nbody", 200_000),
                new Workload("qsort 300k", "qsort", "bench_qsort", 300_000, 1));
    }
}
