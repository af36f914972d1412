package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A character stream: the program's stdin (an {@link InputStream}) or its stdout or stderr (an
 * {@link OutputStream}, flushed after every write so that output interleaves as the program wrote it).
 */
final class StreamFd extends FileDescriptor {
    private final InputStream in;
    private final OutputStream out;

    private StreamFd(InputStream in, OutputStream out, long rights) {
        super(rights, 0, 0);
        this.in = in;
        this.out = out;
    }

    static StreamFd input(InputStream in) {
        return new StreamFd(in, null, Rights.STREAM & ~Rights.FD_WRITE);
    }

    static StreamFd output(OutputStream out) {
        return new StreamFd(null, out, Rights.STREAM & ~Rights.FD_READ);
    }

    @Override
    int filetype() {
        return Flags.FILETYPE_CHARACTER_DEVICE;
    }

    /** Blocks until some input is there (or its end), then takes what is available without blocking again. */
    @Override
    long read(byte[] mem, int[] iov) throws IOException {
        if (in == null) {
            throw new WasiError(Errno.BADF);
        }
        long total = 0;
        for (int i = 0; i < iov.length; i += 2) {
            int len = iov[i + 1];
            if (len == 0) {
                continue;
            }
            if (total > 0) {
                len = Math.min(len, in.available());
                if (len == 0) {
                    break;
                }
            }
            int n = in.read(mem, iov[i], len);
            if (n <= 0) {
                break;
            }
            total += n;
            if (n < iov[i + 1]) {
                break;
            }
        }
        return total;
    }

    @Override
    long write(byte[] mem, int[] iov) throws IOException {
        if (out == null) {
            throw new WasiError(Errno.BADF);
        }
        long total = 0;
        for (int i = 0; i < iov.length; i += 2) {
            out.write(mem, iov[i], iov[i + 1]);
            total += iov[i + 1];
        }
        out.flush();
        return total;
    }

    @Override
    void sync(boolean metadata) throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    void stat(GuestMemory m, long ptr) {
        FileStats.writeEmpty(m, ptr, filetype());
    }

    @Override
    long readable() throws IOException {
        return in == null ? 0 : in.available();
    }
}
