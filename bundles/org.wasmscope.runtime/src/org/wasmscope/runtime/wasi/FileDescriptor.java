package org.wasmscope.runtime.wasi;

import java.io.IOException;

/**
 * An open file descriptor of the program: a stream (stdin, stdout, stderr), a regular file or a directory.
 * It carries its preview1 rights and fdflags. An operation a kind does not support fails with the errno
 * POSIX gives for it; an operation its rights do not allow fails with {@link Errno#NOTCAPABLE}.
 */
abstract class FileDescriptor {
    long rightsBase;
    long rightsInheriting;
    int fdflags;

    FileDescriptor(long rightsBase, long rightsInheriting, int fdflags) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
        this.fdflags = fdflags;
    }

    /** Fails with NOTCAPABLE unless every right in {@code rights} was granted. */
    void require(long rights) {
        if ((rightsBase & rights) != rights) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
    }

    abstract int filetype();

    /** Reads into the guest buffers {@code iov} (index, length pairs); returns the number of bytes read. */
    long read(byte[] mem, int[] iov) throws IOException {
        throw new WasiError(Errno.BADF);
    }

    long write(byte[] mem, int[] iov) throws IOException {
        throw new WasiError(Errno.BADF);
    }

    long pread(byte[] mem, int[] iov, long offset) throws IOException {
        throw new WasiError(Errno.SPIPE);
    }

    long pwrite(byte[] mem, int[] iov, long offset) throws IOException {
        throw new WasiError(Errno.SPIPE);
    }

    /** Moves the offset; returns the new one. */
    long seek(long offset, int whence) throws IOException {
        throw new WasiError(Errno.SPIPE);
    }

    long tell() throws IOException {
        throw new WasiError(Errno.SPIPE);
    }

    void sync(boolean metadata) throws IOException {
    }

    void allocate(long offset, long len) throws IOException {
        throw new WasiError(Errno.NODEV); // what posix_fallocate says of something that is not a file
    }

    void setSize(long size) throws IOException {
        throw new WasiError(Errno.INVAL);
    }

    /** Writes this descriptor's filestat at {@code ptr}. */
    abstract void stat(GuestMemory m, long ptr) throws IOException;

    void setTimes(long atim, long mtim, int fstFlags, long now) throws IOException {
        throw new WasiError(Errno.INVAL);
    }

    /** Bytes that can be read without blocking, for poll_oneoff (0 if unknown). */
    long readable() throws IOException {
        return 0;
    }

    void close() throws IOException {
    }
}
