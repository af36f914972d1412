/*
 * Tail calls (built with -mtail-call, see tail_calls.cflags): mutual recursion a million calls deep, and a
 * threaded-code interpreter whose instruction handlers tail-call the next one through a table. The calls
 * are musttail, so that they are return_call and return_call_indirect: as plain calls they would need a
 * million frames.
 */
#include <stdint.h>
#include <stdio.h>

/* ---- mutual recursion: ping(n) = pong(n - 1), pong(n) = ping(n - 1), each adding its n to a sum ---- */

__attribute__((noinline)) static uint64_t pong(uint32_t n, uint64_t sum);

__attribute__((noinline)) static uint64_t ping(uint32_t n, uint64_t sum) {
    if (n == 0) {
        return sum;
    }
    __attribute__((musttail)) return pong(n - 1, sum + n);
}

__attribute__((noinline)) static uint64_t pong(uint32_t n, uint64_t sum) {
    if (n == 0) {
        return sum ^ 1;
    }
    __attribute__((musttail)) return ping(n - 1, sum + 3 * (uint64_t) n);
}

/* ---- threaded code: each handler does its instruction, then tail-calls the next one's handler ---- */

enum { HALT, LOADI, ADD, MUL, DEC, JNZ, SWAP };

typedef struct {
    int64_t a, b, counter;
} Regs;

typedef int64_t (*Handler)(const int8_t *pc, Regs *r);

static const Handler handlers[];

#define NEXT(pc, r) __attribute__((musttail)) return handlers[*(pc)]((pc) + 1, r)

static int64_t op_halt(const int8_t *pc, Regs *r) {
    (void) pc;
    return r->a;
}

static int64_t op_loadi(const int8_t *pc, Regs *r) { /* counter = immediate * 1000 */
    r->counter = pc[0] * 1000;
    NEXT(pc + 1, r);
}

static int64_t op_add(const int8_t *pc, Regs *r) { /* a = a + b (mod 2^64) */
    r->a = (int64_t) ((uint64_t) r->a + (uint64_t) r->b);
    NEXT(pc, r);
}

static int64_t op_mul(const int8_t *pc, Regs *r) { /* b = b * immediate (mod 2^64) */
    r->b = (int64_t) ((uint64_t) r->b * (uint64_t) pc[0]);
    NEXT(pc + 1, r);
}

static int64_t op_dec(const int8_t *pc, Regs *r) {
    r->counter--;
    NEXT(pc, r);
}

static int64_t op_jnz(const int8_t *pc, Regs *r) { /* jump by the (negative) offset while counter != 0 */
    if (r->counter != 0) {
        NEXT(pc + pc[0], r);
    }
    NEXT(pc + 1, r);
}

static int64_t op_swap(const int8_t *pc, Regs *r) {
    int64_t t = r->a;
    r->a = r->b;
    r->b = t;
    NEXT(pc, r);
}

static const Handler handlers[] = {op_halt, op_loadi, op_add, op_mul, op_dec, op_jnz, op_swap};

/* fibonacci-like: 200000 rounds of (a, b) = (b, a + b), with b scaled by 3 every round */
static const int8_t program[] = {
    LOADI, 100,
    /* loop: */ ADD, SWAP, MUL, 3, DEC, JNZ, -6,
    HALT,
};

int main(void) {
    printf("ping(1000000) = %llu\n", (unsigned long long) ping(1000000, 0));
    printf("pong(999999) = %llu\n", (unsigned long long) pong(999999, 7));
    for (int64_t b = 1; b <= 3; b++) {
        Regs r = {0, b, 0};
        int64_t a = handlers[program[0]](program + 1, &r);
        printf("program(b=%lld) = %lld, counter %lld\n", (long long) b, (long long) a, (long long) r.counter);
    }
    return 0;
}
