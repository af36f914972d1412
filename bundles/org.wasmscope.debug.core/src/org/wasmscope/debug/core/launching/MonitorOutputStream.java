package org.wasmscope.debug.core.launching;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written by the runtime (the print host functions write through a PrintStream) collected until a
 * flush and then appended to a {@link StreamMonitor} as UTF-8 text. A PrintStream with auto flush flushes
 * after each line, so characters are never split.
 */
final class MonitorOutputStream extends OutputStream {
    private final StreamMonitor monitor;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    MonitorOutputStream(StreamMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        monitor.append(text);
    }

    @Override
    public void close() {
        flush();
    }
}
