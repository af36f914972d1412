/* A module of about 1 MiB for timing decode + validate + instantiate: 4000 distinct functions made by
 * macro repetition, all reachable through one function table (so the linker keeps them). */
#include "bench.h"

#define F(id)                                                                 \
    static int f##id(int x) {                                                 \
        int acc = 1##id;                                                      \
        for (int i = 0; i < (x & 15); i++) {                                  \
            switch ((acc ^ i) & 3) {                                          \
            case 0: acc = acc * 31 + (1##id ^ i); break;                      \
            case 1: acc = (acc >> 3) ^ (x * 1##id); break;                    \
            case 2: acc += (int)((double)acc / (1.5 + i)) - 1##id; break;     \
            default: acc = acc - (x << (i & 7)) + 1##id * 7; break;           \
            }                                                                 \
        }                                                                     \
        return acc ^ (x + 1##id);                                             \
    }
#define R10(p) F(p##0) F(p##1) F(p##2) F(p##3) F(p##4) F(p##5) F(p##6) F(p##7) F(p##8) F(p##9)
#define R100(p) R10(p##0) R10(p##1) R10(p##2) R10(p##3) R10(p##4) R10(p##5) R10(p##6) R10(p##7) R10(p##8) R10(p##9)
#define R1000(p) R100(p##0) R100(p##1) R100(p##2) R100(p##3) R100(p##4) R100(p##5) R100(p##6) R100(p##7) R100(p##8) R100(p##9)
R1000(0) R1000(1) R1000(2) R1000(3)

#define P(id) f##id,
#define T10(p) P(p##0) P(p##1) P(p##2) P(p##3) P(p##4) P(p##5) P(p##6) P(p##7) P(p##8) P(p##9)
#define T100(p) T10(p##0) T10(p##1) T10(p##2) T10(p##3) T10(p##4) T10(p##5) T10(p##6) T10(p##7) T10(p##8) T10(p##9)
#define T1000(p) T100(p##0) T100(p##1) T100(p##2) T100(p##3) T100(p##4) T100(p##5) T100(p##6) T100(p##7) T100(p##8) T100(p##9)
static int (*const table[])(int) = {T1000(0) T1000(1) T1000(2) T1000(3)};

/* Calls function i of the table with x. */
EXPORT("bench_big") int bench_big(int i, int x) {
    unsigned n = sizeof table / sizeof table[0];
    return table[(unsigned)i % n](x);
}
