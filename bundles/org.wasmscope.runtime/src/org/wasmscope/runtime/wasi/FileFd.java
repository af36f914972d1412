package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An open regular file: a {@link FileChannel} whose position is the descriptor's offset. Append mode is
 * done here (each write first moves to the end) so that {@code fd_fdstat_set_flags} can switch it.
 *
 * <p>Reading, writing, the size and truncating go through the channel, so they act on the open file
 * whatever happens to its name. Java cannot fstat or futimens a channel, so the file's other attributes
 * are read, and its times set, through the entry it was opened as ({@code name} in the held directory
 * {@code dir}), and only while that entry still is the open file (same device and inode); after a rename
 * or replacement {@code fd_filestat_get} reports the attributes as they were at opening (with the current
 * size), and {@code fd_filestat_set_times} is refused with {@link Errno#NOTCAPABLE}.
 */
final class FileFd extends FileDescriptor {
    private final FileChannel ch;
    private final OpenDir dir;
    private final String name;
    /** The file's attributes when it was opened, with its fileKey. */
    private final FileStats.Stat opened;

    /** Takes over {@code ch} and one use of {@code dir} (both closed if this fails). */
    FileFd(OpenDir dir, String name, FileChannel ch, long rightsBase, long rightsInheriting, int fdflags)
            throws IOException {
        super(rightsBase, rightsInheriting, fdflags);
        this.ch = ch;
        this.dir = dir;
        this.name = name;
        try {
            this.opened = dir.stat(name);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    int filetype() {
        return Flags.FILETYPE_REGULAR_FILE;
    }

    @Override
    long read(byte[] mem, int[] iov) throws IOException {
        return transfer(mem, iov, -1, false);
    }

    @Override
    long write(byte[] mem, int[] iov) throws IOException {
        if ((fdflags & Flags.FDFLAGS_APPEND) != 0) {
            ch.position(ch.size());
        }
        return transfer(mem, iov, -1, true);
    }

    @Override
    long pread(byte[] mem, int[] iov, long offset) throws IOException {
        return transfer(mem, iov, checkOffset(offset), false);
    }

    @Override
    long pwrite(byte[] mem, int[] iov, long offset) throws IOException {
        return transfer(mem, iov, checkOffset(offset), true);
    }

    private static long checkOffset(long offset) {
        if (offset < 0) {
            throw new WasiError(Errno.INVAL);
        }
        return offset;
    }

    /** Reads or writes the buffers in order, at {@code at} or (if negative) at the channel's position. */
    private long transfer(byte[] mem, int[] iov, long at, boolean write) throws IOException {
        long total = 0;
        try {
            for (int i = 0; i < iov.length; i += 2) {
                ByteBuffer buf = ByteBuffer.wrap(mem, iov[i], iov[i + 1]);
                while (buf.hasRemaining()) {
                    int n = at < 0 ? (write ? ch.write(buf) : ch.read(buf))
                            : (write ? ch.write(buf, at + total) : ch.read(buf, at + total));
                    if (n <= 0) {
                        return total; // end of file
                    }
                    total += n;
                }
                if ((fdflags & (Flags.FDFLAGS_SYNC | Flags.FDFLAGS_DSYNC)) != 0 && write) {
                    ch.force((fdflags & Flags.FDFLAGS_SYNC) != 0);
                }
            }
        } catch (java.nio.channels.NonReadableChannelException | java.nio.channels.NonWritableChannelException e) {
            throw new WasiError(Errno.BADF);
        }
        return total;
    }

    @Override
    long seek(long offset, int whence) throws IOException {
        long base = switch (whence) {
            case Flags.WHENCE_SET -> 0;
            case Flags.WHENCE_CUR -> ch.position();
            case Flags.WHENCE_END -> ch.size();
            default -> throw new WasiError(Errno.INVAL);
        };
        long pos = base + offset;
        if (pos < 0 || (offset > 0 && pos < base)) {
            throw new WasiError(Errno.INVAL);
        }
        ch.position(pos);
        return pos;
    }

    @Override
    long tell() throws IOException {
        return ch.position();
    }

    @Override
    void sync(boolean metadata) throws IOException {
        ch.force(metadata);
    }

    @Override
    void allocate(long offset, long len) throws IOException {
        if (offset < 0 || len <= 0 || offset + len < 0) {
            throw new WasiError(Errno.INVAL);
        }
        if (offset + len > ch.size()) {
            setSize(offset + len);
        }
    }

    /**
     * Truncates or extends (with zeros) the open file: ftruncate, which (as on Linux) fails with INVAL if
     * the descriptor was not opened for writing.
     */
    @Override
    void setSize(long size) throws IOException {
        if (size < 0) {
            throw new WasiError(Errno.INVAL);
        }
        try {
            long old = ch.size();
            if (size < old) {
                ch.truncate(size);
            } else if (size > old) {
                ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        } catch (NonWritableChannelException e) {
            throw new WasiError(Errno.INVAL);
        }
    }

    @Override
    void stat(GuestMemory m, long ptr) throws IOException {
        FileStats.Stat now = dir.statIfSame(name, opened.key());
        FileStats.write(m, ptr, (now != null ? now : opened).withSize(ch.size()));
    }

    /**
     * Sets the times through the entry the file was opened as, if that still is the open file. Between
     * that check and the JDK's {@code openat(O_NOFOLLOW)} + {@code futimens} another file could be renamed
     * into the entry; it would be a file of the same held directory, so nothing outside is reached.
     */
    @Override
    void setTimes(long atim, long mtim, int fstFlags, long now) throws IOException {
        FileStats.Times times = FileStats.times(atim, mtim, fstFlags, now);
        BasicFileAttributes a = dir.lstat(name);
        if (a == null || opened.key() == null || !opened.key().equals(a.fileKey())) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
        times.applyTo(dir.view(name));
    }

    @Override
    long readable() throws IOException {
        return Math.max(0, ch.size() - ch.position());
    }

    @Override
    void close() throws IOException {
        try {
            ch.close();
        } finally {
            dir.close();
        }
    }
}
