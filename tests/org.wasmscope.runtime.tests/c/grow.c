/* memory.grow: a 64 MiB allocation makes the heap grow; every page of it is written and read back. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MIB (1024 * 1024)

int main(void) {
    size_t before = __builtin_wasm_memory_size(0);
    size_t n = 64 * MIB;
    uint32_t *big = malloc(n);
    if (!big) {
        printf("malloc failed\n");
        return 1;
    }
    size_t after = __builtin_wasm_memory_size(0);
    printf("grew by at least 1024 pages: %s\n", after - before >= 1024 ? "yes" : "no");
    size_t words = n / sizeof *big;
    for (size_t i = 0; i < words; i += 1024) {
        big[i] = (uint32_t)(i * 2654435761u);
    }
    uint64_t sum = 0;
    for (size_t i = 0; i < words; i += 1024) {
        if (big[i] != (uint32_t)(i * 2654435761u)) {
            printf("mismatch at %zu\n", i);
            return 1;
        }
        sum += big[i];
    }
    printf("sum: %llu\n", (unsigned long long)sum);
    free(big);
    long grown = __builtin_wasm_memory_grow(0, 16);
    printf("explicit memory.grow by 16 pages returned the old size: %s\n", (size_t)grown == after ? "yes" : "no");
    printf("too large a grow fails: %ld\n", (long)__builtin_wasm_memory_grow(0, 70000));
    return 0;
}
