package org.wasmscope.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * A line breakpoint in a {@code .wat} file, kept as a persistent marker (so it survives restarts and
 * shows in the ruler and the Breakpoints view). A line without instructions stops at the next line that
 * has some.
 */
public class WasmLineBreakpoint extends MarkerLineBreakpoint {
    /** The marker type (a persistent line breakpoint marker). */
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.lineBreakpointMarker";

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
}
