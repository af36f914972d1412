/* Built with -O2 by the DWARF tests (DwarfSteppingTest): scale is inlined into main. Keep the lines in place. */
#include <stdio.h>

static int scale(int v) {
    int w = v * 3;
    return w + 1;
}

int main(int argc, char **argv) {
    int k = argc + 4;
    int r = scale(k);
    printf("%d %s\n", r, argv[0]);
    return 0;
}
