package org.wasmscope.runtime.tests.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.wasi.ProcExit;
import org.wasmscope.runtime.wasi.WasiConfig;

/** The WASI functions called one by one (no compiler needed): results, memory layouts and errno values. */
class WasiFunctionsTest {
    // preview1 errno values
    static final int SUCCESS = 0, BADF = 8, EXIST = 20, FAULT = 21, INVAL = 28, LOOP = 32, NOENT = 44, NOSYS = 52,
            NOTDIR = 54, NOTEMPTY = 55, NOTCAPABLE = 76;
    static final long FD_READ = 1L << 1, FD_SEEK = 1L << 2, FD_WRITE = 1L << 6, FD_READDIR = 1L << 14,
            FD_FILESTAT_GET = 1L << 21;
    static final long FILE_RIGHTS = FD_READ | FD_SEEK | FD_WRITE | FD_FILESTAT_GET;
    static final int OFLAGS_CREAT = 1, OFLAGS_DIRECTORY = 2, OFLAGS_EXCL = 4, FOLLOW = 1;

    static final Map<String, String> IMPORTS = new LinkedHashMap<>();
    static {
        IMPORTS.put("args_sizes_get", "(param i32 i32) (result i32)");
        IMPORTS.put("args_get", "(param i32 i32) (result i32)");
        IMPORTS.put("environ_sizes_get", "(param i32 i32) (result i32)");
        IMPORTS.put("environ_get", "(param i32 i32) (result i32)");
        IMPORTS.put("clock_time_get", "(param i32 i64 i32) (result i32)");
        IMPORTS.put("clock_res_get", "(param i32 i32) (result i32)");
        IMPORTS.put("random_get", "(param i32 i32) (result i32)");
        IMPORTS.put("poll_oneoff", "(param i32 i32 i32 i32) (result i32)");
        IMPORTS.put("proc_exit", "(param i32)");
        IMPORTS.put("sched_yield", "(result i32)");
        IMPORTS.put("sock_accept", "(param i32 i32 i32) (result i32)");
        IMPORTS.put("fd_write", "(param i32 i32 i32 i32) (result i32)");
        IMPORTS.put("fd_read", "(param i32 i32 i32 i32) (result i32)");
        IMPORTS.put("fd_seek", "(param i32 i64 i32 i32) (result i32)");
        IMPORTS.put("fd_close", "(param i32) (result i32)");
        IMPORTS.put("fd_renumber", "(param i32 i32) (result i32)");
        IMPORTS.put("fd_fdstat_get", "(param i32 i32) (result i32)");
        IMPORTS.put("fd_filestat_get", "(param i32 i32) (result i32)");
        IMPORTS.put("fd_prestat_get", "(param i32 i32) (result i32)");
        IMPORTS.put("fd_prestat_dir_name", "(param i32 i32 i32) (result i32)");
        IMPORTS.put("fd_readdir", "(param i32 i32 i32 i64 i32) (result i32)");
        IMPORTS.put("path_open", "(param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)");
        IMPORTS.put("path_create_directory", "(param i32 i32 i32) (result i32)");
        IMPORTS.put("path_remove_directory", "(param i32 i32 i32) (result i32)");
        IMPORTS.put("path_symlink", "(param i32 i32 i32 i32 i32) (result i32)");
        IMPORTS.put("path_readlink", "(param i32 i32 i32 i32 i32 i32) (result i32)");
        IMPORTS.put("path_filestat_get", "(param i32 i32 i32 i32 i32) (result i32)");
    }

    @TempDir
    Path tmp;

    private WasiHost host(String stdin) throws Exception {
        Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
        WasiConfig c = new WasiConfig().arg("prog").arg("ä b").env("K", "v=1").preopen(sandbox, "/sandbox");
        return new WasiHost(c, stdin, IMPORTS);
    }

    @Test
    void fdWriteGathersIovecs() throws Exception {
        WasiHost h = host("");
        h.string(100, "Hello, ");
        h.string(200, "world\n");
        h.put32(0, 100);
        h.put32(4, 7);
        h.put32(8, 200);
        h.put32(12, 6);
        assertEquals(SUCCESS, h.call("fd_write", 1, 0, 2, 16));
        assertEquals(13, h.u32(16));
        assertEquals("Hello, world\n", h.out.toString(StandardCharsets.UTF_8));
        assertEquals(SUCCESS, h.call("fd_write", 2, 0, 1, 16));
        assertEquals("Hello, ", h.err.toString(StandardCharsets.UTF_8));
        assertEquals(FAULT, h.call("fd_write", 1, 65530, 2, 16), "iovec array outside memory");
        assertEquals(BADF, h.call("fd_write", 9, 0, 1, 16));
    }

    @Test
    void fdReadFromStdin() throws Exception {
        WasiHost h = host("typed input");
        h.put32(0, 100);
        h.put32(4, 5);
        assertEquals(SUCCESS, h.call("fd_read", 0, 0, 1, 8));
        assertEquals(5, h.u32(8));
        assertEquals("typed", h.string(100, 5));
    }

    @Test
    void argsAndEnviron() throws Exception {
        WasiHost h = host("");
        assertEquals(SUCCESS, h.call("args_sizes_get", 0, 4));
        assertEquals(2, h.u32(0));
        assertEquals(5 + 5, h.u32(4)); // "prog\0" and "ä b\0" (ä is two bytes)
        assertEquals(SUCCESS, h.call("args_get", 16, 100));
        assertEquals(100, h.u32(16));
        assertEquals(105, h.u32(20));
        assertEquals("prog\0ä b\0", h.string(100, 10));
        assertEquals(SUCCESS, h.call("environ_sizes_get", 0, 4));
        assertEquals(1, h.u32(0));
        assertEquals(SUCCESS, h.call("environ_get", 16, 200));
        assertEquals("K=v=1\0", h.string(h.u32(16), 6));
    }

    @Test
    void clocksRandomYieldSockets() throws Exception {
        WasiHost h = host("");
        assertEquals(SUCCESS, h.call("clock_time_get", 0, 1000L, 0));
        long realtime = h.u64(0);
        assertTrue(Math.abs(realtime / 1_000_000 - System.currentTimeMillis()) < 5000, "realtime " + realtime);
        assertEquals(SUCCESS, h.call("clock_time_get", 1, 1L, 0));
        long t1 = h.u64(0);
        assertEquals(SUCCESS, h.call("clock_time_get", 1, 1L, 0));
        assertTrue(h.u64(0) >= t1);
        assertEquals(INVAL, h.call("clock_time_get", 9, 1L, 0));
        assertEquals(SUCCESS, h.call("clock_res_get", 1, 8));
        assertTrue(h.u64(8) > 0);
        assertEquals(SUCCESS, h.call("random_get", 100, 64));
        boolean nonZero = false;
        for (int i = 100; i < 164; i++) {
            nonZero |= h.mem()[i] != 0;
        }
        assertTrue(nonZero);
        assertEquals(FAULT, h.call("random_get", 65500, 100));
        assertEquals(SUCCESS, h.call("sched_yield"));
        assertEquals(NOSYS, h.call("sock_accept", 3, 0, 0));
    }

    @Test
    void pollWaitsForAClock() throws Exception {
        WasiHost h = host("");
        // subscription: userdata 77, tag clock, id monotonic, timeout 30 ms relative
        h.put64(0, 77);
        h.mem()[8] = 0;
        h.put32(16, 1);
        h.put64(24, 30_000_000L);
        long start = System.nanoTime();
        assertEquals(SUCCESS, h.call("poll_oneoff", 0, 100, 1, 200));
        assertTrue(System.nanoTime() - start >= 29_000_000L, "waited too little");
        assertEquals(1, h.u32(200));
        assertEquals(77, h.u64(100));
        assertEquals(0, h.mem()[108]); // error
        assertEquals(0, h.mem()[110]); // type clock
        assertEquals(INVAL, h.call("poll_oneoff", 0, 100, 0, 200));
        // fd_write on stdout is ready at once, with the 10 s clock not yet expired
        h.put64(0, 5);
        h.mem()[8] = 2;
        h.put32(16, 1);
        h.put64(48, 6);
        h.mem()[56] = 0;
        h.put32(64, 1);
        h.put64(72, 10_000_000_000L);
        h.mem()[88] = 0;
        assertEquals(SUCCESS, h.call("poll_oneoff", 0, 100, 2, 200));
        assertEquals(1, h.u32(200));
        assertEquals(5, h.u64(100));
        assertEquals(2, h.mem()[110]);
    }

    @Test
    void procExitUnwinds() throws Exception {
        WasiHost h = host("");
        ProcExit e = assertThrows(ProcExit.class, () -> h.call("proc_exit", 7));
        assertEquals(7, e.code());
    }

    @Test
    void preopens() throws Exception {
        WasiHost h = host("");
        assertEquals(SUCCESS, h.call("fd_prestat_get", 3, 0));
        assertEquals(0, h.mem()[0]);
        assertEquals(8, h.u32(4));
        assertEquals(SUCCESS, h.call("fd_prestat_dir_name", 3, 100, 8));
        assertEquals("/sandbox", h.string(100, 8));
        assertEquals(BADF, h.call("fd_prestat_get", 4, 0));
        assertEquals(BADF, h.call("fd_prestat_get", 1, 0));
        assertEquals(SUCCESS, h.call("fd_fdstat_get", 3, 0));
        assertEquals(3, h.mem()[0]); // directory
        assertEquals(SUCCESS, h.call("fd_fdstat_get", 1, 0));
        assertEquals(2, h.mem()[0]); // character device
    }

    /** path_open(fd 3, dirflags, path at 1000) with read rights; returns the errno, new fd at 0. */
    private static int open(WasiHost h, String path, int dirflags, int oflags) {
        return open(h, path, dirflags, oflags, FD_READ | FD_READDIR);
    }

    private static int open(WasiHost h, String path, int dirflags, int oflags, long rights) {
        int len = h.string(1000, path);
        return h.call("path_open", 3, dirflags, 1000, len, oflags, rights, 0L, 0, 0);
    }

    @Test
    void escapesAreRefused() throws Exception {
        WasiHost h = host("");
        Files.writeString(tmp.resolve("secret"), "x");
        Files.createDirectory(tmp.resolve("sandbox/d"));
        Files.createSymbolicLink(tmp.resolve("sandbox/out"), Path.of("../secret"));
        Files.createSymbolicLink(tmp.resolve("sandbox/abs"), tmp.resolve("secret"));
        Files.createSymbolicLink(tmp.resolve("sandbox/loop"), Path.of("loop"));
        assertEquals(NOTCAPABLE, open(h, "../secret", FOLLOW, 0));
        assertEquals(NOTCAPABLE, open(h, "d/../../secret", FOLLOW, 0));
        assertEquals(NOTCAPABLE, open(h, tmp.resolve("secret").toString(), FOLLOW, 0));
        assertEquals(NOTCAPABLE, open(h, "out", FOLLOW, 0));
        assertEquals(NOTCAPABLE, open(h, "abs", FOLLOW, 0));
        assertEquals(LOOP, open(h, "out", 0, 0));
        assertEquals(LOOP, open(h, "loop", FOLLOW, 0));
        assertEquals(NOTCAPABLE, open(h, "../sandbox-sibling", FOLLOW, OFLAGS_CREAT));
        assertFalse(Files.exists(tmp.resolve("sandbox-sibling")));
        int len = h.string(1000, "../made");
        assertEquals(NOTCAPABLE, h.call("path_create_directory", 3, 1000, len));
        int t = h.string(2000, "/etc/passwd");
        len = h.string(1000, "evil");
        assertEquals(NOTCAPABLE, h.call("path_symlink", 2000, t, 3, 1000, len));
        len = h.string(1000, "out");
        assertEquals(SUCCESS, h.call("path_readlink", 3, 1000, len, 2000, 64, 0));
        assertEquals("../secret", h.string(2000, h.u32(0)));
        assertEquals(NOTCAPABLE, h.call("path_filestat_get", 3, FOLLOW, 1000, len, 2000));
        assertEquals(SUCCESS, h.call("path_filestat_get", 3, 0, 1000, len, 2000));
        assertEquals(7, h.mem()[2016]); // the link itself: symbolic_link
        assertEquals(NOENT, open(h, "missing", FOLLOW, 0));
        assertEquals(NOTCAPABLE, open(h, "d/../out/x", 0, 0), "an intermediate link is followed, and refused");
    }

    @Test
    void filesAndDirectories() throws Exception {
        WasiHost h = host("");
        assertEquals(SUCCESS, open(h, "f.txt", FOLLOW, OFLAGS_CREAT | OFLAGS_EXCL, FILE_RIGHTS));
        int fd = h.u32(0);
        assertEquals(4, fd);
        assertEquals(EXIST, open(h, "f.txt", FOLLOW, OFLAGS_CREAT | OFLAGS_EXCL, FILE_RIGHTS));
        assertEquals(SUCCESS, open(h, "f.txt", FOLLOW, 0, FD_READ));
        int readOnly = h.u32(0);
        h.put32(0, 100);
        h.put32(4, 1);
        assertEquals(NOTCAPABLE, h.call("fd_write", readOnly, 0, 1, 8), "no FD_WRITE right");
        assertEquals(NOTCAPABLE, h.call("fd_seek", readOnly, 1L, 0, 16), "no FD_SEEK right");
        assertEquals(SUCCESS, h.call("fd_close", readOnly));
        h.string(100, "0123456789");
        h.put32(0, 100);
        h.put32(4, 10);
        assertEquals(SUCCESS, h.call("fd_write", fd, 0, 1, 8));
        assertEquals(SUCCESS, h.call("fd_seek", fd, 2L, 0, 16));
        assertEquals(2, h.u64(16));
        h.put32(0, 300);
        h.put32(4, 4);
        assertEquals(SUCCESS, h.call("fd_read", fd, 0, 1, 8));
        assertEquals("2345", h.string(300, 4));
        assertEquals(SUCCESS, h.call("fd_filestat_get", fd, 400));
        assertEquals(4, h.mem()[416]); // regular file
        assertEquals(10, h.u64(432));
        assertEquals(SUCCESS, h.call("fd_renumber", fd, 3));
        assertEquals(BADF, h.call("fd_close", fd));
        assertEquals(BADF, h.call("fd_prestat_get", 3, 0), "the preopen was replaced");
        assertEquals(SUCCESS, h.call("fd_close", 3));
        assertEquals("0123456789", Files.readString(tmp.resolve("sandbox/f.txt")));
    }

    @Test
    void readdirAndDirectories() throws Exception {
        WasiHost h = host("");
        int len = h.string(1000, "sub");
        assertEquals(SUCCESS, h.call("path_create_directory", 3, 1000, len));
        assertEquals(EXIST, h.call("path_create_directory", 3, 1000, len));
        Files.writeString(tmp.resolve("sandbox/sub/file"), "");
        assertEquals(NOTEMPTY, h.call("path_remove_directory", 3, 1000, len));
        assertEquals(SUCCESS, open(h, "sub", FOLLOW, OFLAGS_DIRECTORY));
        int dir = h.u32(0);
        assertEquals(SUCCESS, h.call("fd_readdir", dir, 100, 4096, 0L, 0));
        int used = h.u32(0);
        // ".", "..", "file": three dirents of 24 bytes plus names of 1, 2 and 4 bytes
        assertEquals(3 * 24 + 1 + 2 + 4, used);
        assertEquals(1, h.u64(100));
        assertEquals(1, h.u32(116));
        assertEquals(3, h.mem()[120]);
        assertEquals(".", h.string(124, 1));
        int third = 100 + 24 + 1 + 24 + 2;
        assertEquals(3, h.u64(third));
        assertEquals(4, h.u32(third + 16));
        assertEquals(4, h.mem()[third + 20]);
        assertEquals("file", h.string(third + 24, 4));
        // a small buffer is filled completely, the last entry cut off
        assertEquals(SUCCESS, h.call("fd_readdir", dir, 100, 30, 0L, 0));
        assertEquals(30, h.u32(0));
        assertEquals(SUCCESS, h.call("fd_readdir", dir, 100, 4096, 3L, 0));
        assertEquals(0, h.u32(0), "no entries after the last cookie");
        assertEquals(31, open(h, "sub", FOLLOW, 0, FD_READ | FD_WRITE), "a directory opened for writing: ISDIR");
        assertEquals(NOTDIR, open(h, "sub/file", FOLLOW, OFLAGS_DIRECTORY));
    }
}
