/* argv and the environment: what the host passes with args_get and environ_get. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) {
        printf("argv[%d]=[%s] (%zu bytes)\n", i, argv[i], strlen(argv[i]));
    }
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    const char *missing = getenv("NOT_SET_ANYWHERE");
    printf("NOT_SET_ANYWHERE=%s\n", missing ? missing : "(unset)");
    int n = 0;
    for (char **e = environ; *e; e++) {
        printf("environ[%d]=%s\n", n++, *e);
    }
    setenv("LATER", "set by the program", 1);
    printf("LATER=%s\n", getenv("LATER"));
    return 0;
}
