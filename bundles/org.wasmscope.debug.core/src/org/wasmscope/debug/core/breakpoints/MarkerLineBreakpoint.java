package org.wasmscope.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.LineBreakpoint;
import org.wasmscope.debug.core.model.WasmDebugElement;

/**
 * What the WasmScope line breakpoints share (a {@code .wat} line, an instruction of a disassembly, a line of
 * a C source): a persistent marker on a line of a file, so the breakpoint survives restarts and shows in the
 * ruler and the Breakpoints view, the WasmScope debug model, and a {@link HitCountBreakpoint hit count}.
 */
public abstract class MarkerLineBreakpoint extends LineBreakpoint implements HitCountBreakpoint {
    /**
     * Makes this breakpoint's marker of {@code markerType} on {@code line} (1-based) of {@code resource}, enabled,
     * with {@code message} and the further {@code attributes}; unless {@code register}, the breakpoint is neither
     * registered with the breakpoint manager nor persisted (Run to Line's temporary breakpoint).
     */
    protected final void createMarker(IResource resource, String markerType, int line, String message,
            Map<String, Object> attributes, boolean register) throws CoreException {
        run(getMarkerRule(resource), monitor -> {
            IMarker marker = resource.createMarker(markerType);
            setMarker(marker);
            marker.setAttribute(ENABLED, true);
            marker.setAttribute(IMarker.LINE_NUMBER, line);
            marker.setAttribute(ID, getModelIdentifier());
            marker.setAttribute(IMarker.MESSAGE, message);
            marker.setAttribute(PERSISTED, register);
            for (Map.Entry<String, Object> a : attributes.entrySet()) {
                marker.setAttribute(a.getKey(), a.getValue());
            }
        });
        if (register) {
            DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
        }
    }

    @Override
    public void setHitCount(int hit) throws CoreException {
        setAttribute(HIT_COUNT, Math.max(1, hit));
    }

    @Override
    public String getModelIdentifier() {
        return WasmDebugElement.MODEL_ID;
    }
}
