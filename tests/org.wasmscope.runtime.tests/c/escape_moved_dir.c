/*
 * Escape (a): a directory descriptor must keep meaning the directory it was opened on. The program opens
 * /sandbox/d, renames it, and puts a symbolic link at its old name pointing up and out (to the parent of
 * the sandbox, where the test keeps secret.txt, and to the host's root). Opening through the still-open
 * descriptor must reach the renamed directory only: no secret.txt, no /etc/passwd, and O_CREAT creates
 * inside it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void try_open(const char *name, int dirfd, const char *path, int flags) {
    errno = 0;
    int fd = openat(dirfd, path, flags, 0644);
    if (fd < 0) {
        printf("openat(%s, %s): %s\n", name, path, strerror(errno));
        return;
    }
    char buf[32] = {0};
    ssize_t n = read(fd, buf, sizeof buf - 1);
    printf("openat(%s, %s): opened, read %zd bytes\n", name, path, n < 0 ? 0 : n);
    close(fd);
}

int main(void) {
    mkdir("/sandbox/d", 0755);
    mkdir("/sandbox/e", 0755);
    int d = open("/sandbox/d", O_RDONLY | O_DIRECTORY);
    int e = open("/sandbox/e", O_RDONLY | O_DIRECTORY);
    if (d < 0 || e < 0) {
        printf("cannot open the directories: %s\n", strerror(errno));
        return 1;
    }
    printf("rename d: %d\n", rename("/sandbox/d", "/sandbox/d-moved"));
    printf("symlink d -> ..: %d\n", symlink("..", "/sandbox/d"));
    printf("rename e: %d\n", rename("/sandbox/e", "/sandbox/e-moved"));
    printf("symlink e -> ../../../../../../../../../../..: %d\n",
           symlink("../../../../../../../../../../..", "/sandbox/e"));

    try_open("d", d, "secret.txt", O_RDONLY);
    try_open("d", d, "made-outside.txt", O_WRONLY | O_CREAT);
    try_open("e", e, "etc/passwd", O_RDONLY);
    struct stat st;
    errno = 0;
    printf("fstatat(d, secret.txt): %d %s\n", fstatat(d, "secret.txt", &st, 0), strerror(errno));
    errno = 0;
    printf("mkdirat(d, sub): %d %s\n", mkdirat(d, "sub", 0755), strerror(errno));
    errno = 0;
    printf("symlinkat(.., d, up): %d %s\n", symlinkat("..", d, "up"), strerror(errno));
    try_open("d", d, "up/secret.txt", O_RDONLY);

    /* what was made went into the moved directory */
    printf("stat d-moved/made-outside.txt: %d\n", stat("/sandbox/d-moved/made-outside.txt", &st));
    printf("stat d-moved/sub: %d\n", stat("/sandbox/d-moved/sub", &st));
    unlink("/sandbox/d-moved/made-outside.txt");
    unlink("/sandbox/d-moved/up");
    rmdir("/sandbox/d-moved/sub");
    close(d);
    close(e);
    return 0;
}
