/* Shared by the benchmark workloads: each is one exported function that takes its size and returns a
 * checksum, so that no WASI import is needed and both runtimes can be checked to agree. */
#ifndef BENCH_H
#define BENCH_H
#include <stdint.h>
#define EXPORT(name) __attribute__((export_name(name)))

/* Never called: the debug-mode benchmark arms a breakpoint in it (a breakpoint armed but never hit). */
EXPORT("bench_unused") int bench_unused(int x) {
    return x * 3 + 1;
}
#endif
