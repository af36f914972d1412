package org.wasmscope.debug.core.launching;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.wasmscope.debug.core.WasmDebugCore;

/**
 * A module running inside the workbench's JVM, shown as a process: there is no operating system process
 * behind it, so terminating asks the run to stop (it does within a few thousand loop iterations or calls)
 * and the exit value is the run's outcome ({@link WasmLaunchConstants#EXIT_OK} and the others).
 */
public final class WasmProcess extends PlatformObject implements IProcess {
    /** The {@link IProcess#ATTR_PROCESS_TYPE} of WasmScope processes. */
    public static final String PROCESS_TYPE = "wasm";

    private final ILaunch launch;
    private final String label;
    private final ProcessStreams streams;
    private final Runnable stopper;
    private final Map<String, String> attributes = new HashMap<>();
    private Integer exitValue;

    /**
     * Adds the process to {@code launch} and announces it.
     *
     * @param stopper asks the run to end; the run then calls {@link #exited(int)}
     */
    public WasmProcess(ILaunch launch, String label, ProcessStreams streams, Runnable stopper) {
        this.launch = launch;
        this.label = label;
        this.streams = streams;
        this.stopper = stopper;
        attributes.put(ATTR_PROCESS_TYPE, PROCESS_TYPE);
        attributes.put(DebugPlugin.ATTR_LAUNCH_TIMESTAMP, Long.toString(System.currentTimeMillis()));
        launch.addProcess(this);
        fire(DebugEvent.CREATE);
    }

    /** Called once, by the run, when it ended: records the exit value and announces the termination. */
    public void exited(int value) {
        synchronized (this) {
            if (exitValue != null) {
                return;
            }
            exitValue = value;
            attributes.put(DebugPlugin.ATTR_TERMINATE_TIMESTAMP, Long.toString(System.currentTimeMillis()));
        }
        fire(DebugEvent.TERMINATE);
    }

    private void fire(int kind) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
        }
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return streams;
    }

    @Override
    public synchronized void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public synchronized String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public synchronized int getExitValue() throws DebugException {
        if (exitValue == null) {
            throw new DebugException(new Status(Status.ERROR, WasmDebugCore.PLUGIN_ID,
                    DebugException.TARGET_REQUEST_FAILED, label + " has not terminated yet", null));
        }
        return exitValue;
    }

    @Override
    public boolean canTerminate() {
        return !isTerminated();
    }

    @Override
    public synchronized boolean isTerminated() {
        return exitValue != null;
    }

    /** Asks the run to stop and returns at once; the TERMINATE event follows when it has. */
    @Override
    public void terminate() {
        if (!isTerminated()) {
            stopper.run();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ILaunch.class) {
            return adapter.cast(launch);
        }
        if (adapter == IProcess.class) {
            return adapter.cast(this);
        }
        return super.getAdapter(adapter);
    }
}
