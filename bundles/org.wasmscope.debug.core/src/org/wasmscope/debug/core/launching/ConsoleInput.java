package org.wasmscope.debug.core.launching;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A WASI program's standard input: what is typed into the Console ({@link ProcessStreams#write}), in the
 * order typed. A read blocks until some input is there or the input is closed (by the Console's EOF, or
 * when the run ends, so that a program waiting for input can be terminated).
 */
final class ConsoleInput extends InputStream {
    private byte[] buffer = new byte[256];
    private int start;
    private int end;
    private boolean closed;

    synchronized void append(String text) {
        if (closed) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (end + bytes.length > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, end - start + bytes.length)];
            System.arraycopy(buffer, start, bigger, 0, end - start);
            end -= start;
            start = 0;
            buffer = bigger;
        }
        System.arraycopy(bytes, 0, buffer, end, bytes.length);
        end += bytes.length;
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    @Override
    public synchronized int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        while (start == end && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        if (start == end) {
            return -1;
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buffer, start, b, off, n);
        start += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return end - start;
    }
}
