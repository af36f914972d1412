/* stdin to stdout: copies its input line by line, upper-casing it, and reports counts on stderr. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    char line[256];
    int lines = 0;
    long bytes = 0;
    while (fgets(line, sizeof line, stdin)) {
        for (char *p = line; *p; p++) {
            bytes++;
            *p = (char)toupper((unsigned char)*p);
        }
        lines++;
        fputs(line, stdout);
    }
    if (ferror(stdin)) {
        perror("stdin");
        return 1;
    }
    fprintf(stderr, "%d lines, %ld bytes\n", lines, bytes);
    return 0;
}
