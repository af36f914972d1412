/*
 * Files in the preopened directory /sandbox: write, read back, seek, append, stat, readdir, rename, unlink,
 * mkdir/rmdir, and the errors of the usual mistakes.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Prints the directory's entries (without . and ..) in sorted order. */
static void list(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        printf("opendir %s: %s\n", dir, strerror(errno));
        return;
    }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) {
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
            names[n++] = strdup(e->d_name);
        }
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("%s:", dir);
    for (int i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

#define CHECK(x) do { if (!(x)) { printf("FAILED line %d: %s (%s)\n", __LINE__, #x, strerror(errno)); return 1; } } while (0)

int main(void) {
    FILE *f = fopen("/sandbox/notes.txt", "w");
    CHECK(f != NULL);
    for (int i = 1; i <= 3; i++) {
        fprintf(f, "line %d\n", i);
    }
    CHECK(fclose(f) == 0);

    f = fopen("/sandbox/notes.txt", "r");
    CHECK(f != NULL);
    char buf[64];
    while (fgets(buf, sizeof buf, f)) {
        printf("read: %s", buf);
    }
    CHECK(fseek(f, 5, SEEK_SET) == 0);
    CHECK(fgets(buf, sizeof buf, f) != NULL);
    printf("at 5: %s", buf);
    CHECK(fseek(f, 0, SEEK_END) == 0);
    printf("size by ftell: %ld\n", ftell(f));
    fclose(f);

    f = fopen("/sandbox/notes.txt", "a");
    CHECK(f != NULL);
    fputs("appended\n", f);
    fclose(f);

    struct stat st;
    CHECK(stat("/sandbox/notes.txt", &st) == 0);
    printf("stat: size %lld, regular %d, dir %d\n", (long long)st.st_size, S_ISREG(st.st_mode), S_ISDIR(st.st_mode));

    /* links and times */
    CHECK(link("/sandbox/notes.txt", "/sandbox/hard.txt") == 0);
    CHECK(stat("/sandbox/hard.txt", &st) == 0);
    printf("hard link: nlink %d, size %lld\n", (int)st.st_nlink, (long long)st.st_size);
    CHECK(unlink("/sandbox/hard.txt") == 0);
    CHECK(symlink("notes.txt", "/sandbox/soft") == 0);
    char target[32] = {0};
    CHECK(readlink("/sandbox/soft", target, sizeof target - 1) == 9);
    CHECK(lstat("/sandbox/soft", &st) == 0);
    printf("symlink -> %s, is a link %d\n", target, S_ISLNK(st.st_mode));
    CHECK(unlink("/sandbox/soft") == 0);
    struct timespec times[2] = {{1000000000, 0}, {1234567890, 500}};
    CHECK(utimensat(AT_FDCWD, "/sandbox/notes.txt", times, 0) == 0);
    CHECK(stat("/sandbox/notes.txt", &st) == 0);
    printf("times: atime %lld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec, (long long)st.st_mtim.tv_sec,
           st.st_mtim.tv_nsec);

    int fd = open("/sandbox/notes.txt", O_RDWR);
    CHECK(fd >= 0);
    CHECK(pwrite(fd, "LINE", 4, 0) == 4);
    char head[8] = {0};
    CHECK(pread(fd, head, 7, 0) == 7);
    printf("pread: %s\n", head);
    CHECK(ftruncate(fd, 13) == 0);
    CHECK(fstat(fd, &st) == 0);
    printf("after ftruncate: %lld\n", (long long)st.st_size);
    CHECK(lseek(fd, 0, SEEK_CUR) == 0);
    close(fd);

    CHECK(mkdir("/sandbox/sub", 0755) == 0);
    CHECK(stat("/sandbox/sub", &st) == 0 && S_ISDIR(st.st_mode));
    f = fopen("/sandbox/sub/inner.txt", "w");
    CHECK(f != NULL);
    fputs("inner\n", f);
    fclose(f);
    list("/sandbox");
    list("/sandbox/sub");

    CHECK(rename("/sandbox/notes.txt", "/sandbox/sub/renamed.txt") == 0);
    list("/sandbox");
    list("/sandbox/sub");
    f = fopen("/sandbox/sub/renamed.txt", "r");
    CHECK(f != NULL);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    printf("renamed content (%zu bytes): [%s]\n", n, buf);
    fclose(f);

    printf("rmdir non-empty: %d %s\n", rmdir("/sandbox/sub"), strerror(errno));
    printf("open missing: %d %s\n", open("/sandbox/missing.txt", O_RDONLY), strerror(errno));
    printf("mkdir existing: %d %s\n", mkdir("/sandbox/sub", 0755), strerror(errno));
    printf("unlink a directory: %d %s\n", unlink("/sandbox/sub"), strerror(errno));
    printf("open a file as a directory: %d %s\n", open("/sandbox/sub/inner.txt/x", O_RDONLY), strerror(errno));
    printf("exclusive create of an existing file: %d %s\n",
           open("/sandbox/sub/inner.txt", O_WRONLY | O_CREAT | O_EXCL, 0644), strerror(errno));

    CHECK(unlink("/sandbox/sub/renamed.txt") == 0);
    CHECK(unlink("/sandbox/sub/inner.txt") == 0);
    CHECK(rmdir("/sandbox/sub") == 0);
    printf("stat removed: %d %s\n", stat("/sandbox/sub", &st), strerror(errno));
    list("/sandbox");
    printf("done\n");
    return 0;
}
