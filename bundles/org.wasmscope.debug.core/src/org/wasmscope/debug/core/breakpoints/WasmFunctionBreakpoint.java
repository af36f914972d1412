package org.wasmscope.debug.core.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.wasmscope.debug.core.model.WasmDebugElement;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;

/**
 * A breakpoint on every call of a function of a module, given by name: {@code fac} or {@code $fac} (the
 * {@code .wat} identifier or the name section's name) or {@code func[3]} / {@code 3} (its index). Kept as
 * a persistent marker on the module file, at the function's line when known.
 */
public class WasmFunctionBreakpoint extends Breakpoint {
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.functionBreakpointMarker";
    /** String marker attribute: the function's name or index, as given. */
    public static final String FUNCTION = "org.wasmscope.debug.core.function";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public WasmFunctionBreakpoint() {
    }

    /** A new, enabled, registered breakpoint on function {@code function} of {@code resource}; {@code line} 0 if unknown. */
    public WasmFunctionBreakpoint(IResource resource, String function, int line) throws CoreException {
        run(getMarkerRule(resource), monitor -> {
            IMarker marker = resource.createMarker(MARKER_TYPE);
            setMarker(marker);
            marker.setAttribute(ENABLED, true);
            marker.setAttribute(ID, getModelIdentifier());
            marker.setAttribute(FUNCTION, function);
            if (line > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, line);
            }
            marker.setAttribute(IMarker.MESSAGE, "Function breakpoint: " + function + " in " + resource.getName());
        });
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
    }

    @Override
    public String getModelIdentifier() {
        return WasmDebugElement.MODEL_ID;
    }

    public String getFunction() {
        IMarker m = getMarker();
        return m == null ? "" : m.getAttribute(FUNCTION, "");
    }

    /** The module function this breakpoint names in {@code instance}, or null. */
    public FuncInst resolve(ModuleInst instance) {
        String name = getFunction().trim();
        String plain = name.startsWith("$") ? name.substring(1) : name;
        String index = plain.startsWith("func[") && plain.endsWith("]") ? plain.substring(5, plain.length() - 1) : plain;
        for (FuncInst f : instance.funcs) {
            if (f.isHost() || f.module != instance) {
                continue;
            }
            if (plain.equals(instance.module.names.function(f.index)) || index.equals(Integer.toString(f.index))) {
                return f;
            }
        }
        return null;
    }
}
