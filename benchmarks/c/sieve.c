/* Sieve of Eratosthenes over n numbers, repeated: byte loads and stores in tight loops. */
#include "bench.h"

#define MAX 4000000
static unsigned char composite[MAX + 1];

EXPORT("bench_sieve") int bench_sieve(int n, int repeat) {
    if (n > MAX) n = MAX;
    int count = 0;
    for (int r = 0; r < repeat; r++) {
        for (int i = 0; i <= n; i++) composite[i] = 0;
        count = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                for (long long j = (long long)i * i; j <= n; j += i) composite[j] = 1;
            }
        }
    }
    return count;
}
