/*
 * Heavy malloc/free: 50000 allocations of pseudo-random sizes, freed in shuffled order, with the
 * contents checked before each free; then a checksum.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t state = 12345;

static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

#define SLOTS 4096

int main(void) {
    unsigned char *slot[SLOTS] = {0};
    size_t size[SLOTS] = {0};
    uint64_t checksum = 0;
    long allocations = 0;
    size_t peak = 0, live = 0;
    for (int round = 0; round < 100000; round++) {
        int i = next() % SLOTS;
        if (slot[i]) {
            for (size_t k = 0; k < size[i]; k++) {
                if (slot[i][k] != (unsigned char)(i + k)) {
                    printf("corrupted block %d at %zu\n", i, k);
                    return 1;
                }
            }
            checksum = checksum * 31 + size[i];
            live -= size[i];
            free(slot[i]);
            slot[i] = NULL;
        } else {
            size_t n = (next() % 16 == 0) ? 1 + next() % 10000 : 1 + next() % 100;
            slot[i] = malloc(n);
            if (!slot[i]) {
                printf("out of memory after %ld allocations\n", allocations);
                return 1;
            }
            for (size_t k = 0; k < n; k++) {
                slot[i][k] = (unsigned char)(i + k);
            }
            size[i] = n;
            live += n;
            if (live > peak) {
                peak = live;
            }
            allocations++;
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        free(slot[i]);
    }
    char *s = calloc(1000, 1);
    s = realloc(s, 100000);
    memset(s, 'x', 99999);
    s[99999] = 0;
    printf("allocations: %ld\n", allocations);
    printf("peak live bytes: %zu\n", peak);
    printf("checksum: %llu\n", (unsigned long long)checksum);
    printf("realloc'd string length: %zu\n", strlen(s));
    free(s);
    return 0;
}
