package org.wasmscope.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * A line breakpoint in a {@code .wat} file, kept as a persistent marker (so it survives restarts and
 * shows in the ruler and the Breakpoints view). A line without instructions stops at the next line that
 * has some. {@link #HIT_COUNT}: the breakpoint suspends from that hit on (1, the default, on every hit).
 */
public class WasmLineBreakpoint extends MarkerLineBreakpoint {
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
        createMarker(resource, MARKER_TYPE, line, "Line breakpoint: " + resource.getName() + " [line: " + line + "]",
                Map.of(), register);
    }

    /** The hit that first suspends: 1 suspends on every hit, 3 lets two hits go by. */
    public int getHitCount() {
        return hitCount(getMarker());
    }

    /** The {@link #HIT_COUNT} of a breakpoint's marker (a line or an exception breakpoint's): 1 when unset. */
    static int hitCount(IMarker m) {
        return m == null ? 1 : Math.max(1, m.getAttribute(HIT_COUNT, 1));
    }

    public void setHitCount(int hit) throws CoreException {
        setAttribute(HIT_COUNT, Math.max(1, hit));
    }
}
