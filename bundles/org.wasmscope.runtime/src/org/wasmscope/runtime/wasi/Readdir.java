package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code fd_readdir}: a directory's entries as a sequence of {@code dirent} headers (d_next u64 @0,
 * d_ino u64 @8, d_namlen u32 @16, d_type u8 @20; 24 bytes) each followed by its name. The entries are
 * ".", ".." and the names in sorted order; an entry's cookie is its index, so d_next is index + 1. The
 * buffer is filled completely, the last entry cut off if needed: a full buffer tells the program to ask
 * again (from the cookie of the last whole entry) with a larger one.
 */
final class Readdir {
    private Readdir() {
    }

    static final int DIRENT_SIZE = 24;

    static void register(Wasi.Registry r, WasiState s) {
        r.fn("fd_readdir", "iiiIi", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_READDIR);
            if (!(f instanceof DirectoryFd d)) {
                throw new WasiError(Errno.NOTDIR);
            }
            GuestMemory m = s.mem();
            int buf = m.check(a[1], a[2]);
            m.check(a[4], 4);
            long cookie = a[3];
            List<String> names = entries(d.dir);
            byte[] out = new byte[(int) a[2]];
            int used = 0;
            for (long i = Math.max(0, cookie); i < names.size() && used < out.length; i++) {
                String name = names.get((int) i);
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                FileStats.Stat st = entryStat(d.dir, name);
                byte[] entry = new byte[DIRENT_SIZE + bytes.length];
                putLong(entry, 0, i + 1);
                putLong(entry, 8, st == null ? 0 : st.ino());
                putLong(entry, 16, bytes.length); // d_namlen u32, then d_type and padding are 0
                entry[20] = (byte) (name.equals("..") ? Flags.FILETYPE_DIRECTORY
                        : st == null ? Flags.FILETYPE_UNKNOWN : st.filetype());
                System.arraycopy(bytes, 0, entry, DIRENT_SIZE, bytes.length);
                int n = Math.min(entry.length, out.length - used);
                System.arraycopy(entry, 0, out, used, n);
                used += n;
            }
            System.arraycopy(out, 0, m.bytes(), buf, used);
            m.put32(a[4], used);
            return Errno.SUCCESS;
        });
    }

    /** ".", "..", then the directory's names, sorted so that cookies stay stable between calls. */
    private static List<String> entries(OpenDir dir) throws IOException {
        List<String> names = new ArrayList<>(dir.names());
        Collections.sort(names);
        names.add(0, "..");
        names.add(0, ".");
        return names;
    }

    /**
     * The attributes of an entry, for its inode and type; null if it is gone or is "..", which may be
     * outside the sandbox (its inode is reported as 0).
     */
    private static FileStats.Stat entryStat(OpenDir dir, String name) {
        if (name.equals("..")) {
            return null;
        }
        try {
            return dir.stat(name.equals(".") ? null : name);
        } catch (IOException e) {
            return null;
        }
    }

    private static void putLong(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
