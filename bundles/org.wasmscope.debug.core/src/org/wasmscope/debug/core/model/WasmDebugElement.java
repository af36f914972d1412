package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.debug.Session;

/** Common base of the WasmScope debug model's elements: the model id, the target, adapters to the session. */
public abstract class WasmDebugElement extends DebugElement {
    /** The debug model's identifier (also of its breakpoints and its model presentation). */
    public static final String MODEL_ID = WasmDebugCore.PLUGIN_ID + ".model";

    protected WasmDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return MODEL_ID;
    }

    protected WasmDebugTarget target() {
        return (WasmDebugTarget) getDebugTarget();
    }

    @Override
    public ILaunch getLaunch() {
        return getDebugTarget().getLaunch();
    }

    /** The machine views find the runtime session through this adapter. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == Session.class) {
            Session s = target().session();
            return s == null ? null : adapter.cast(s);
        }
        return super.getAdapter(adapter);
    }

    protected static DebugException failed(String message, Throwable cause) {
        return new DebugException(WasmDebugCore.errorStatus(message, cause));
    }

    /** Fires the TERMINATE event of this element. */
    void terminated() {
        fireTerminateEvent();
    }

    /** Fires a CHANGE (content) event: the views read this element again. */
    protected void changed() {
        fireEvent(new DebugEvent(this, DebugEvent.CHANGE, DebugEvent.CONTENT));
    }
}
