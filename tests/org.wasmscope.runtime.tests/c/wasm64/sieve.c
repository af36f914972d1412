/*
 * A freestanding memory64 program (clang-14 --target=wasm64): 64-bit pointers into a linear memory of
 * i64 addresses. No libc and no 128-bit arithmetic (wasm64 has no compiler-rt).
 */
static unsigned int mark[100000];
static unsigned int round;
static long long table[1000];

/*
 * The number of primes below n (n <= 100000), by the sieve of Eratosthenes; a composite is marked with
 * this call's round.
 */
int primes_below(int n) {
    round++;
    int count = 0;
    for (long i = 2; i < n; i++) {
        if (mark[i] != round) {
            count++;
            for (long j = i * i; j < n; j += i) {
                mark[j] = round;
            }
        }
    }
    return count;
}

/* The address of the sieve: a 64-bit pointer. */
unsigned int *sieve_address(void) {
    return mark;
}

/* The sum of the squares below n (n <= 1000), through a table of 64-bit values. */
long long sum_squares(int n) {
    for (int i = 0; i < n; i++) {
        table[i] = (long long) i * i;
    }
    long long s = 0;
    for (int i = 0; i < n; i++) {
        s += table[i];
    }
    return s;
}

/* Sets word i of the sieve to i for i < n, reverses bytes [0, 4n) and returns word 0: pointers both ways. */
unsigned int reverse_words(long n) {
    for (long i = 0; i < n; i++) {
        mark[i] = (unsigned int) i;
    }
    unsigned char *lo = (unsigned char *) mark, *hi = lo + 4 * n - 1;
    while (lo < hi) {
        unsigned char t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return mark[0];
}
