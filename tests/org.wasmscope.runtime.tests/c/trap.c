/* A trap: output written before it stays, then the machine stops at an unreachable instruction. */
#include <stdio.h>

__attribute__((noinline)) static void crash(int depth) {
    if (depth == 0) {
        __builtin_trap();
    }
    crash(depth - 1);
    printf("not reached\n");
}

int main(void) {
    printf("before the trap\n");
    fflush(stdout);
    crash(3);
    printf("after the trap\n");
    return 0;
}
