/* Dense matrix multiply of n x n doubles: f64 loads, multiplies and adds in a triple loop. */
#include "bench.h"

#define MAX 256
static double A[MAX * MAX], B[MAX * MAX], C[MAX * MAX];

EXPORT("bench_matmul") int bench_matmul(int n) {
    if (n > MAX) n = MAX;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            A[i * n + j] = (double)(i - j) / (n + 1);
            B[i * n + j] = (double)(i + 2 * j) / (n + 3);
        }
    }
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) C[i * n + j] = 0;
        for (int k = 0; k < n; k++) {
            double a = A[i * n + k];
            for (int j = 0; j < n; j++) C[i * n + j] += a * B[k * n + j];
        }
    }
    double sum = 0;
    for (int i = 0; i < n * n; i++) sum += C[i] * (1 + (i & 7));
    return (int)(sum * 1000);
}
