/* Stepped through by the DWARF tests (DwarfSteppingTest): they name its lines, keep them in place. */
#include <stdio.h>

struct point {
    int x;
    double y;
};

enum color { RED, GREEN = 5, BLUE };

static int square(int v) {
    return v * v;
}

int fib(int n) {
    int a = 0, b = 1;
    for (int i = 0; i < n; i++) {
        int t = a + b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    int n = 3;
    double ratio = 1.5;
    int numbers[4] = {1, 2, 3, 4};
    int *ptr = &numbers[2];
    struct point p = {7, 2.5};
    const char *greeting = "hello";
    enum color c = GREEN;
    int r = fib(n);
    int s = square(r);
    printf("%d %d %s %d %f %d %d\n", r, s, greeting, *ptr, p.y + ratio, p.x, c);
    return 0;
}
