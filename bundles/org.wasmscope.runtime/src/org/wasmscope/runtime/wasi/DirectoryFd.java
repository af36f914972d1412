package org.wasmscope.runtime.wasi;

import java.io.IOException;

/**
 * An open directory: the base of relative paths in {@code path_*} calls, which cannot leave it (see
 * {@link PathResolver}). It holds the directory itself ({@link OpenDir}), so it keeps meaning the
 * directory it was opened on when that is renamed or replaced. A preopened directory also has the name
 * the program knows it by.
 */
final class DirectoryFd extends FileDescriptor {
    final OpenDir dir;
    /** The guest name for {@code fd_prestat_dir_name}, or null if the program opened it itself. */
    final String preopenName;

    DirectoryFd(OpenDir dir, String preopenName, long rightsBase, long rightsInheriting) {
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
        FileStats.write(m, ptr, dir.stat(null));
    }

    /** futimens on the directory's own descriptor. */
    @Override
    void setTimes(long atim, long mtim, int fstFlags, long now) throws IOException {
        FileStats.times(atim, mtim, fstFlags, now).applyTo(dir.view(null));
    }

    @Override
    void close() throws IOException {
        dir.close();
    }
}
