package org.wasmscope.debug.core.launching;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IFlushableStreamMonitor;

/**
 * One output stream of a {@link WasmProcess}: text the module wrote, handed to listeners (the Console)
 * as it is written and kept until a listener takes over (the Console flushes and unbuffers it when it
 * connects). Appending and the Console's taking over both synchronize on the monitor, so no text is lost
 * or shown twice.
 */
final class StreamMonitor implements IFlushableStreamMonitor {
    private final ListenerList<IStreamListener> listeners = new ListenerList<>();
    private final StringBuilder contents = new StringBuilder();
    private boolean buffered = true;

    synchronized void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (buffered) {
            contents.append(text);
        }
        for (IStreamListener listener : listeners) {
            listener.streamAppended(text, this);
        }
    }

    @Override
    public void addListener(IStreamListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(IStreamListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized String getContents() {
        return contents.toString();
    }

    @Override
    public synchronized void flushContents() {
        contents.setLength(0);
    }

    @Override
    public synchronized void setBuffered(boolean buffer) {
        buffered = buffer;
    }

    @Override
    public synchronized boolean isBuffered() {
        return buffered;
    }
}
