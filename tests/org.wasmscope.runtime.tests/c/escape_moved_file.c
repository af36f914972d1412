/*
 * Escape (b): a file descriptor must keep meaning the file it was opened on. The program opens
 * /sandbox/f.txt, renames it, and puts a symbolic link to the test's secret.txt (outside the sandbox) at
 * its old name. ftruncate, futimens and fstat on the still-open descriptor must not touch or describe the
 * outside file: truncating and fstat act on the open file; setting its times, which the host can only do
 * through the file's name, is refused now that the name means something else.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    int fd = open("/sandbox/f.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, "0123456789", 10) != 10) {
        printf("cannot write f.txt: %s\n", strerror(errno));
        return 1;
    }
    printf("rename: %d\n", rename("/sandbox/f.txt", "/sandbox/g.txt"));
    printf("symlink f.txt -> ../secret.txt: %d\n", symlink("../secret.txt", "/sandbox/f.txt"));

    errno = 0;
    printf("ftruncate(3): %d %s\n", ftruncate(fd, 3), strerror(errno));
    struct stat st, g;
    errno = 0;
    printf("fstat: %d %s\n", fstat(fd, &st), strerror(errno));
    stat("/sandbox/g.txt", &g);
    printf("fstat: size %lld, regular %d, same inode as g.txt %d\n", (long long)st.st_size, S_ISREG(st.st_mode),
           st.st_ino == g.st_ino);
    printf("g.txt size %lld\n", (long long)g.st_size);
    struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
    errno = 0;
    printf("futimens: %d %s\n", futimens(fd, times), strerror(errno));

    /* with the name back, the times can be set again */
    unlink("/sandbox/f.txt");
    rename("/sandbox/g.txt", "/sandbox/f.txt");
    errno = 0;
    printf("futimens after renaming back: %d %s\n", futimens(fd, times), strerror(errno));
    stat("/sandbox/f.txt", &st);
    printf("mtime %lld\n", (long long)st.st_mtim.tv_sec);
    close(fd);
    return 0;
}
