/*
 * Attempts to leave the preopened directory /sandbox (the test puts secret.txt next to it, outside):
 * "..", absolute paths, and symbolic links pointing out. Every attempt must fail; the host's answer to
 * a direct path_open is checked to be NOTCAPABLE. Links and ".." that stay inside still work.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#define SANDBOX_FD 3

static void try_open(const char *path) {
    errno = 0;
    int fd = open(path, O_RDONLY);
    if (fd >= 0) {
        char buf[64] = {0};
        read(fd, buf, sizeof buf - 1);
        printf("open %s: OPENED (read \"%s\")\n", path, buf);
        close(fd);
    } else {
        printf("open %s: %s\n", path, strerror(errno));
    }
}

/* path_open straight to the host, beneath the preopen's descriptor. */
static void raw_open(const char *path, int follow) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(SANDBOX_FD, follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, path, 0,
                                        __WASI_RIGHTS_FD_READ, 0, 0, &fd);
    printf("path_open(%s%s): errno %d%s\n", path, follow ? "" : ", nofollow", e,
           e == __WASI_ERRNO_NOTCAPABLE ? " (notcapable)" : e == __WASI_ERRNO_LOOP ? " (loop)" : "");
    if (e == 0) {
        close(fd);
    }
}

int main(void) {
    __wasi_prestat_t pre;
    char name[64] = {0};
    if (__wasi_fd_prestat_get(SANDBOX_FD, &pre) != 0 || pre.u.dir.pr_name_len >= sizeof name
            || __wasi_fd_prestat_dir_name(SANDBOX_FD, (uint8_t *)name, pre.u.dir.pr_name_len) != 0) {
        printf("no preopen at fd %d\n", SANDBOX_FD);
        return 1;
    }
    printf("fd %d is the preopen %s\n", SANDBOX_FD, name);

    int fd = open("/sandbox/inside.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, "inside", 6);
    close(fd);
    mkdir("/sandbox/a", 0755);

    /* through the C library */
    try_open("/sandbox/../secret.txt");
    try_open("/sandbox/a/../../secret.txt");
    try_open("/secret.txt");
    try_open("/etc/passwd");
    printf("symlink out: %d\n", symlink("../secret.txt", "/sandbox/out"));
    try_open("/sandbox/out");
    printf("symlink to the parent: %d\n", symlink("..", "/sandbox/up"));
    try_open("/sandbox/up/secret.txt");
    struct stat st;
    errno = 0;
    printf("stat through the parent link: %d %s\n", stat("/sandbox/up/sandbox", &st), strerror(errno));
    errno = 0;
    printf("absolute symlink: %d %s\n", symlink("/etc/passwd", "/sandbox/abs"), strerror(errno));
    errno = 0;
    printf("mkdir outside: %d %s\n", mkdir("/sandbox/../made-outside", 0755), strerror(errno));
    errno = 0;
    printf("rename out: %d %s\n", rename("/sandbox/inside.txt", "/sandbox/../moved.txt"), strerror(errno));

    /* straight to the host */
    raw_open("../secret.txt", 1);
    raw_open("a/../../secret.txt", 1);
    raw_open("/secret.txt", 1);
    raw_open("out", 1);
    raw_open("out", 0);
    raw_open("up/secret.txt", 1);
    raw_open("a/../up/sandbox/inside.txt", 1);

    /* staying inside is fine */
    printf("symlink inside: %d\n", symlink("a/../inside.txt", "/sandbox/in"));
    try_open("/sandbox/in");
    try_open("/sandbox/a/../inside.txt");
    raw_open("a/../in", 1);
    return 0;
}
