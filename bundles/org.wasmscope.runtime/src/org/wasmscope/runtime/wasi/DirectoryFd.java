package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An open directory: the base of relative paths in {@code path_*} calls, which cannot leave it (see
 * {@link PathResolver}). A preopened directory also has the name the program knows it by.
 */
final class DirectoryFd extends FileDescriptor {
    /** The directory on the host: a real path (no symbolic links in it). */
    final Path dir;
    /** The guest name for {@code fd_prestat_dir_name}, or null if the program opened it itself. */
    final String preopenName;

    DirectoryFd(Path dir, String preopenName, long rightsBase, long rightsInheriting) {
        super(rightsBase, rightsInheriting, 0);
        this.dir = dir;
        this.preopenName = preopenName;
    }

    @Override
    int filetype() {
        return Flags.FILETYPE_DIRECTORY;
    }

    @Override
    long read(byte[] mem, int[] iov) {
        throw new WasiError(Errno.ISDIR);
    }

    @Override
    long write(byte[] mem, int[] iov) {
        throw new WasiError(Errno.ISDIR);
    }

    @Override
    long pread(byte[] mem, int[] iov, long offset) {
        throw new WasiError(Errno.ISDIR);
    }

    @Override
    long pwrite(byte[] mem, int[] iov, long offset) {
        throw new WasiError(Errno.ISDIR);
    }

    @Override
    void stat(GuestMemory m, long ptr) throws IOException {
        FileStats.write(m, ptr, dir, true);
    }

    @Override
    void setTimes(long atim, long mtim, int fstFlags, long now) throws IOException {
        FileStats.setTimes(dir, atim, mtim, fstFlags, now, true);
    }
}
