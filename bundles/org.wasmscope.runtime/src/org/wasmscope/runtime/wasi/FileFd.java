package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An open regular file: a {@link FileChannel} whose position is the descriptor's offset. Append mode is
 * done here (each write first moves to the end) so that {@code fd_fdstat_set_flags} can switch it.
 */
final class FileFd extends FileDescriptor {
    /** Where the file was opened; its metadata is read from there (Java cannot fstat a channel). */
    final Path path;
    private final FileChannel ch;

    FileFd(Path path, FileChannel ch, long rightsBase, long rightsInheriting, int fdflags) {
        super(rightsBase, rightsInheriting, fdflags);
        this.path = path;
        this.ch = ch;
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

    /** Truncates or extends (with zeros) the file, also when this descriptor was opened for reading only. */
    @Override
    void setSize(long size) throws IOException {
        if (size < 0) {
            throw new WasiError(Errno.INVAL);
        }
        try (FileChannel w = FileChannel.open(path, StandardOpenOption.WRITE)) {
            long old = w.size();
            if (size < old) {
                w.truncate(size);
            } else if (size > old) {
                w.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        }
    }

    @Override
    void stat(GuestMemory m, long ptr) throws IOException {
        try {
            FileStats.write(m, ptr, path, true);
        } catch (java.nio.file.NoSuchFileException e) {
            FileStats.writeEmpty(m, ptr, filetype()); // unlinked while open: it still exists for us
            m.put64(ptr + 24, 0);
        }
        m.put64(ptr + 32, ch.size()); // the open file's size, even if the path now names another file
    }

    @Override
    void setTimes(long atim, long mtim, int fstFlags, long now) throws IOException {
        FileStats.setTimes(path, atim, mtim, fstFlags, now, true);
    }

    @Override
    long readable() throws IOException {
        return Math.max(0, ch.size() - ch.position());
    }

    @Override
    void close() throws IOException {
        ch.close();
    }
}
