package org.wasmscope.debug.core.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.LineBreakpoint;
import org.wasmscope.debug.core.model.WasmDebugElement;

/**
 * A line breakpoint in a {@code .wat} file, kept as a persistent marker (so it survives restarts and
 * shows in the ruler and the Breakpoints view). A line without instructions stops at the next line that
 * has some. {@link #HIT_COUNT}: the breakpoint suspends from that hit on (1, the default, on every hit).
 */
public class WasmLineBreakpoint extends LineBreakpoint {
    /** The marker type (a persistent line breakpoint marker). */
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.lineBreakpointMarker";
    /** Integer marker attribute: the hit that first suspends (hits before it only count). */
    public static final String HIT_COUNT = "org.wasmscope.debug.core.hitCount";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public WasmLineBreakpoint() {
    }

    /** A new, enabled, registered breakpoint on {@code line} (1-based) of {@code resource}. */
    public WasmLineBreakpoint(IResource resource, int line) throws CoreException {
        this(resource, line, true);
    }

    /**
     * A new, enabled breakpoint on {@code line} of {@code resource}; unless {@code register}, it is neither
     * registered with the breakpoint manager nor persisted (Run to Line's temporary breakpoint).
     */
    public WasmLineBreakpoint(IResource resource, int line, boolean register) throws CoreException {
        run(getMarkerRule(resource), monitor -> {
            IMarker marker = resource.createMarker(MARKER_TYPE);
            setMarker(marker);
            marker.setAttribute(ENABLED, true);
            marker.setAttribute(IMarker.LINE_NUMBER, line);
            marker.setAttribute(ID, getModelIdentifier());
            marker.setAttribute(IMarker.MESSAGE, "Line breakpoint: " + resource.getName() + " [line: " + line + "]");
            marker.setAttribute(PERSISTED, register);
        });
        if (register) {
            DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
        }
    }

    @Override
    public String getModelIdentifier() {
        return WasmDebugElement.MODEL_ID;
    }

    /** The hit that first suspends: 1 suspends on every hit, 3 lets two hits go by. */
    public int getHitCount() {
        IMarker m = getMarker();
        return m == null ? 1 : Math.max(1, m.getAttribute(HIT_COUNT, 1));
    }

    public void setHitCount(int hit) throws CoreException {
        setAttribute(HIT_COUNT, Math.max(1, hit));
    }
}
