/* Debugged in the workbench test: a function kept out of line, so the name section names its frames. */
#include <stdio.h>

__attribute__((noinline)) int fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("fib(10) = %d\n", fib(10));
    return 0;
}
