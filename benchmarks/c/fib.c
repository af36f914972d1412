/* Recursive Fibonacci: calls and returns, a compare and two adds per call. */
#include "bench.h"

__attribute__((noinline)) static int fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

EXPORT("bench_fib") int bench_fib(int n) {
    return fib(n);
}
