/* A non-zero exit status through exit() (proc_exit), after output on both streams; atexit handlers run. */
#include <stdio.h>
#include <stdlib.h>

static void goodbye(void) {
    printf("atexit handler ran\n");
}

int main(void) {
    atexit(goodbye);
    printf("about to fail\n");
    fprintf(stderr, "error: something went wrong\n");
    exit(42);
}
