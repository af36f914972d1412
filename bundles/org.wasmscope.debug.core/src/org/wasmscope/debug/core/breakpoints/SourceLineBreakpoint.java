package org.wasmscope.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * A line breakpoint in a source file of a compiled program ({@code .c}, {@code .h}, {@code .cpp},
 * {@code .rs}): every module launched with DWARF debug information that names the file stops at each
 * entry into the line's code (a line without code: the next line that has some). A persistent marker,
 * like {@link WasmLineBreakpoint}.
 */
public class SourceLineBreakpoint extends MarkerLineBreakpoint {
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.sourceLineBreakpointMarker";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public SourceLineBreakpoint() {
    }

    /** A new, enabled, registered breakpoint on {@code line} (1-based) of {@code resource}. */
    public SourceLineBreakpoint(IResource resource, int line) throws CoreException {
        this(resource, line, true);
    }

    /**
     * A new, enabled breakpoint on {@code line} of {@code resource}; unless {@code register}, it is neither
     * registered with the breakpoint manager nor persisted (Run to Line's temporary breakpoint).
     */
    public SourceLineBreakpoint(IResource resource, int line, boolean register) throws CoreException {
        createMarker(resource, MARKER_TYPE, line, "Line breakpoint: " + resource.getName() + " [line: " + line + "]",
                Map.of(), register);
    }

    /**
     * The file as DWARF paths are matched against it: its path in the workspace without the project
     * ({@code src/fib.c}), which a compile directory's path ends with when the project holds the sources.
     */
    public String sourcePath() {
        IMarker m = getMarker();
        return m == null ? null : m.getResource().getProjectRelativePath().toString();
    }
}
