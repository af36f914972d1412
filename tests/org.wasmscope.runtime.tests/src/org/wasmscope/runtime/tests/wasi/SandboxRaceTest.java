package org.wasmscope.runtime.tests.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.wasi.WasiConfig;

/**
 * Escape (c): while a host thread keeps swapping the sandbox's directory {@code d} with a symbolic link to
 * {@code ..} (the directory holding the sandbox, where {@code outside_secret.txt} is), the program keeps
 * opening {@code d/outside_secret.txt}, creating {@code d/made.txt}, and opening through a descriptor of
 * {@code d}. For a fixed few seconds, no open may ever reach the file outside and nothing may be created
 * outside: each open either fails or reaches the file inside {@code d}.
 */
class SandboxRaceTest {
    static final int SUCCESS = 0, OFLAGS_CREAT = 1, FOLLOW = 1;
    static final long FD_READ = 1L << 1, FD_WRITE = 1L << 6, FD_READDIR = 1L << 14;
    static final long RACE_NANOS = 3_000_000_000L;

    static final Map<String, String> IMPORTS = new LinkedHashMap<>();
    static {
        IMPORTS.put("path_open", "(param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)");
        IMPORTS.put("fd_read", "(param i32 i32 i32 i32) (result i32)");
        IMPORTS.put("fd_close", "(param i32) (result i32)");
    }

    @TempDir
    Path root;

    @Test
    void swappingADirectoryWithALinkOutNeverLetsAnOpenOut() throws Exception {
        Path sandbox = Files.createDirectory(root.resolve("sandbox"));
        Files.writeString(root.resolve("outside_secret.txt"), "OUTSIDE");
        Files.createDirectory(sandbox.resolve("d"));
        Files.writeString(sandbox.resolve("d/outside_secret.txt"), "inside");
        Files.createSymbolicLink(sandbox.resolve("up"), Path.of(".."));
        WasiHost h = new WasiHost(new WasiConfig().preopen(sandbox, "/sandbox"), "", IMPORTS);

        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> swapErrors = new ArrayList<>();
        Thread swapper = new Thread(() -> {
            try {
                while (!stop.get()) { // d: a directory, then missing, then the link to .., then missing
                    move(sandbox, "d", "d-away");
                    move(sandbox, "up", "d");
                    move(sandbox, "d", "up");
                    move(sandbox, "d-away", "d");
                }
            } catch (IOException | RuntimeException e) {
                swapErrors.add(e);
            }
        });
        int insideReads = 0;
        List<String> outsideReads = new ArrayList<>();
        swapper.start();
        try {
            long end = System.nanoTime() + RACE_NANOS;
            while (System.nanoTime() < end) {
                String read = openAndRead(h, 3, "d/outside_secret.txt");
                if (open(h, 3, "d/made.txt", OFLAGS_CREAT, FD_WRITE) == SUCCESS) {
                    h.call("fd_close", h.u32(0));
                }
                String throughFd = null;
                if (open(h, 3, "d", 0, FD_READ | FD_READDIR) == SUCCESS) {
                    int dirFd = h.u32(0);
                    throughFd = openAndRead(h, dirFd, "outside_secret.txt");
                    h.call("fd_close", dirFd);
                }
                for (String s : new String[] {read, throughFd}) {
                    if ("inside".equals(s)) {
                        insideReads++;
                    } else if (s != null) {
                        outsideReads.add(s);
                    }
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
        }
        assertEquals(List.of(), swapErrors, "the swapping thread failed");
        assertEquals(List.of(), outsideReads, "opens that read something other than the file inside");
        assertTrue(insideReads > 0, "the file inside was never opened: the race did not run");
        assertEquals("OUTSIDE", Files.readString(root.resolve("outside_secret.txt")));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("outside_secret.txt", "sandbox"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "files outside the sandbox");
        }
    }

    private static void move(Path dir, String from, String to) throws IOException {
        Files.move(dir.resolve(from), dir.resolve(to), StandardCopyOption.ATOMIC_MOVE);
    }

    /** path_open(dirFd, FOLLOW, path) with {@code rights}; the errno, and the new descriptor at 0. */
    private static int open(WasiHost h, int dirFd, String path, int oflags, long rights) {
        int len = h.string(1000, path);
        return h.call("path_open", dirFd, FOLLOW, 1000, len, oflags, rights, 0L, 0, 0);
    }

    /** The start of the file {@code path} beneath {@code dirFd}, or null if it cannot be opened. */
    private static String openAndRead(WasiHost h, int dirFd, String path) {
        if (open(h, dirFd, path, 0, FD_READ) != SUCCESS) {
            return null;
        }
        int fd = h.u32(0);
        h.put32(0, 100);
        h.put32(4, 64);
        assertEquals(SUCCESS, h.call("fd_read", fd, 0, 1, 8));
        String s = h.string(100, h.u32(8));
        assertEquals(SUCCESS, h.call("fd_close", fd));
        return s;
    }
}
