/*
 * A CPU benchmark for `./wasmscope run`: a prime sieve, a double-precision matrix multiply and FNV-1a
 * hashing of a pseudo-random buffer. Prints each part's result (deterministic, for checking against a
 * native build) and time (clock_gettime(CLOCK_MONOTONIC), i.e. WASI clock_time_get).
 *
 *   clang-14 --target=wasm32-wasi -O2 -Wl,--strip-debug -o bench.wasm bench.c && ./wasmscope run bench.wasm
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long sieve(int n) {
    unsigned char *composite = calloc(n + 1, 1);
    long count = 0;
    for (int64_t i = 2; i <= n; i++) { /* 64-bit: i * i overflows wasm32's 32-bit long */
        if (!composite[i]) {
            count++;
            for (int64_t j = i * i; j <= n; j += i) {
                composite[j] = 1;
            }
        }
    }
    free(composite);
    return count;
}

static double matmul(int n) {
    double *a = malloc(sizeof(double) * n * n);
    double *b = malloc(sizeof(double) * n * n);
    double *c = calloc((size_t)n * n, sizeof(double));
    for (int i = 0; i < n * n; i++) {
        a[i] = (i % 7) * 0.5;
        b[i] = (i % 5) * 0.25;
    }
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int j = 0; j < n; j++) {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
    double trace = 0;
    for (int i = 0; i < n; i++) {
        trace += c[i * n + i];
    }
    free(a);
    free(b);
    free(c);
    return trace;
}

static uint64_t fnv(int size, int rounds) {
    unsigned char *buf = malloc(size);
    uint32_t x = 2463534242u;
    for (int i = 0; i < size; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buf[i] = (unsigned char)x;
    }
    uint64_t h = 1469598103934665603ULL;
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < size; i++) {
            h ^= buf[i];
            h *= 1099511628211ULL;
        }
    }
    free(buf);
    return h;
}

int main(int argc, char **argv) {
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    double t0 = now();
    long primes = sieve(10000000 * scale);
    double t1 = now();
    printf("sieve:  %ld primes below %d       %.3f s\n", primes, 10000000 * scale, t1 - t0);
    double trace = matmul(200 * scale);
    double t2 = now();
    printf("matmul: trace %.1f (n=%d)          %.3f s\n", trace, 200 * scale, t2 - t1);
    uint64_t h = fnv(1 << 20, 16 * scale);
    double t3 = now();
    printf("fnv1a:  %016llx (16 MiB)   %.3f s\n", (unsigned long long)h, t3 - t2);
    printf("total:  %.3f s\n", t3 - t0);
    return 0;
}
