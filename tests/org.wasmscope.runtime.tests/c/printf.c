#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    printf("int: %d %d %d %i\n", 0, 42, -17, INT_MAX);
    printf("int min: %d\n", INT_MIN);
    printf("unsigned: %u %u\n", 3000000000u, UINT_MAX);
    printf("hex/octal: %x %X %#x %o %#o\n", 255, 255, 255, 8, 8);
    printf("long long: %lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("int64: %" PRId64 " %" PRIx64 "\n", (int64_t)-1234567890123LL, (uint64_t)0xdeadbeefcafeULL);
    printf("width: [%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42);
    printf("char/string: %c %s [%10s] [%-10s] %.3s\n", 'x', "wasm", "right", "left", "truncate");
    printf("double: %f %.2f %.0f %e %g %g\n", 3.14159265358979, 2.675, 2.5, 12345.678, 0.0001, 1e20);
    printf("float: %f %.10f\n", (double)1.1f, (double)(1.0f / 3.0f));
    printf("small/big: %g %g %.17g\n", 1e-300, 1.7976931348623157e308, 0.1);
    printf("special: %f %f %f %f\n", INFINITY, -INFINITY, NAN, -0.0);
    printf("hexfloat: %a %a\n", 1.0, 0.1);
    double sum = 0;
    for (int i = 1; i <= 1000; i++) {
        sum += 1.0 / ((double)i * i);
    }
    printf("sum 1/i^2 (i<=1000): %.15f sqrt(6*sum) = %.12f\n", sum, sqrt(6 * sum));
    printf("math: %.6f %.6f %.6f %.6f\n", sin(1.0), exp(1.0), log(10.0), pow(2.0, 0.5));
    printf("%%n and counts: %d\n", printf("abc\n"));
    return 0;
}
