/* A trap from calling a null function pointer: call_indirect reaches an uninitialized table element. */
#include <stdio.h>

typedef int (*fn)(int);

__attribute__((noinline)) static int apply(fn f, int x) {
    return f(x);
}

int main(void) {
    static volatile fn nothing = 0;
    printf("calling through a null pointer\n");
    printf("%d\n", apply(nothing, 1));
    return 0;
}
