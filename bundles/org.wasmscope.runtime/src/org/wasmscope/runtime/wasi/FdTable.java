package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's file descriptor table: small non-negative numbers for open {@link FileDescriptor}s. A new
 * descriptor gets the lowest free number, as POSIX does (wasi-libc finds preopens by probing 3, 4, ...).
 */
final class FdTable {
    /** At most this many descriptors may be open at once. */
    static final int MAX = 1 << 16;

    private final List<FileDescriptor> fds = new ArrayList<>();

    /** The descriptor {@code fd}; BADF if it is not open. */
    FileDescriptor get(long fd) {
        int i = (int) fd;
        if (i < 0 || i >= fds.size() || fds.get(i) == null) {
            throw new WasiError(Errno.BADF);
        }
        return fds.get(i);
    }

    /** The descriptor {@code fd}, which must be a directory (NOTDIR otherwise). */
    DirectoryFd dir(long fd) {
        if (get(fd) instanceof DirectoryFd d) {
            return d;
        }
        throw new WasiError(Errno.NOTDIR);
    }

    /** Adds {@code f} at the lowest free number; returns that number. */
    int add(FileDescriptor f) {
        for (int i = 0; i < fds.size(); i++) {
            if (fds.get(i) == null) {
                fds.set(i, f);
                return i;
            }
        }
        if (fds.size() >= MAX) {
            throw new WasiError(Errno.MFILE);
        }
        fds.add(f);
        return fds.size() - 1;
    }

    /** Closes and removes {@code fd}. */
    void close(long fd) throws IOException {
        FileDescriptor f = get(fd);
        fds.set((int) fd, null);
        f.close();
    }

    /** fd_renumber: {@code to} (closed first if open) becomes {@code from}, and {@code from} is free. */
    void renumber(long from, long to) throws IOException {
        FileDescriptor f = get(from);
        FileDescriptor old = get(to);
        if (from == to) {
            return;
        }
        fds.set((int) to, f);
        fds.set((int) from, null);
        old.close();
    }

    /** Closes every descriptor (when the program is done). */
    void closeAll() {
        for (int i = 0; i < fds.size(); i++) {
            FileDescriptor f = fds.get(i);
            fds.set(i, null);
            if (f != null) {
                try {
                    f.close();
                } catch (IOException e) {
                    // nothing left to report it to
                }
            }
        }
    }
}
