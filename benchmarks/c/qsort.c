/* Quicksort of n pseudo-random ints with the comparison through a function pointer (call_indirect). */
#include "bench.h"

#define MAX 1000000
static int data[MAX];

typedef int (*cmp_fn)(int, int);

static int ascending(int a, int b) { return a < b ? -1 : a > b; }
static int descending(int a, int b) { return a > b ? -1 : a < b; }
static cmp_fn const comparators[2] = {ascending, descending};

__attribute__((noinline)) static void sort(int *a, int lo, int hi, cmp_fn cmp) {
    while (lo < hi) {
        int p = a[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (cmp(a[i], p) < 0) i++;
            while (cmp(a[j], p) > 0) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { sort(a, lo, j, cmp); lo = i; } /* recurse into the smaller half */
        else { sort(a, i, hi, cmp); hi = j; }
    }
}

/* Sorts n numbers in the order chosen by dir (0 ascending, 1 descending); returns a checksum. */
EXPORT("bench_qsort") int bench_qsort(int n, int dir) {
    if (n > MAX) n = MAX;
    uint32_t x = 88172645u;
    for (int i = 0; i < n; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        data[i] = (int)(x % 1000000u);
    }
    sort(data, 0, n - 1, comparators[dir & 1]);
    uint32_t sum = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && comparators[dir & 1](data[i - 1], data[i]) > 0) return -1; /* not sorted */
        sum = sum * 31 + (uint32_t)data[i];
    }
    return (int)sum;
}
