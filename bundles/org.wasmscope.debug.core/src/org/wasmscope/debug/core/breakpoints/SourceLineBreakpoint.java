package org.wasmscope.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * A line breakpoint in a source file of a compiled program ({@code .c}, {@code .h}, {@code .cpp},
 * {@code .rs}): every module launched with DWARF debug information that names the file stops at each
 * entry into the line's code. A persistent marker, like {@link WasmLineBreakpoint}.
 *
 * <p>Where it stands, as CDT shows a breakpoint GDB installed or could not: a running module whose line
 * table names the file {@linkplain #installedAt installs} it on the line, or, for a line without code inside a
 * function, on that function's next line with code (as GDB does); where no code runs for the line (outside
 * every function) it stays {@linkplain #unresolved unresolved} ("no code at line 4"), stops nowhere, and says
 * so in its label, its icon and the ruler's hover, until a module loaded later has code there. The marker
 * keeps this while a module runs; when the run ends it is {@linkplain #uninstalled cleared}.
 */
public class SourceLineBreakpoint extends MarkerLineBreakpoint {
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.sourceLineBreakpointMarker";
    /** Integer marker attribute: the line a running module stops at for it; absent: none installed it. */
    public static final String INSTALLED_LINE = "org.wasmscope.debug.core.installedLine";
    /** String marker attribute: why a running module that has the file's code stops nowhere for it; absent: none. */
    public static final String UNRESOLVED = "org.wasmscope.debug.core.unresolved";

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
        createMarker(resource, MARKER_TYPE, line, message(resource, line, null), Map.of(), register);
    }

    /** The marker's message, the ruler's hover: where it is, and where it stops or why it cannot. */
    private static String message(IResource resource, int line, String status) {
        return "Line breakpoint: " + resource.getName() + " [line: " + line + "]" + (status == null ? "" : " (" + status + ")");
    }

    /** The line a running module stops at for it, or 0 if none installed it. */
    public int installedLine() {
        IMarker m = getMarker();
        return m == null ? 0 : m.getAttribute(INSTALLED_LINE, 0);
    }

    /** Why a running module stops nowhere for it ({@code no code at line 4}), or null. */
    public String unresolvedReason() {
        IMarker m = getMarker();
        return m == null ? null : m.getAttribute(UNRESOLVED, null);
    }

    /** A running module stops at {@code line} for it (its own line, or a function's next line with code). */
    public void installedAt(int line) throws CoreException {
        int own = getLineNumber();
        setStatus(line, null, line == own ? null : "stops at line " + line);
    }

    /** A running module that has the file's code stops nowhere for it, because {@code why}. */
    public void unresolved(String why) throws CoreException {
        setStatus(null, why, "unresolved: " + why);
    }

    /** No running module has it installed or unresolved any more. */
    public void uninstalled() throws CoreException {
        setStatus(null, null, null);
    }

    private void setStatus(Integer line, String why, String shown) throws CoreException {
        IMarker m = getMarker();
        if (m == null || !m.exists()) {
            return;
        }
        Object installed = m.getAttribute(INSTALLED_LINE);
        if (java.util.Objects.equals(installed, line) && java.util.Objects.equals(m.getAttribute(UNRESOLVED), why)) {
            return; // unchanged: no marker change, so no breakpoint change event
        }
        String message = message(m.getResource(), getLineNumber(), shown);
        run(getMarkerRule(), monitor -> { // one by one: a null value in a group of attributes would not remove it
            m.setAttribute(INSTALLED_LINE, line);
            m.setAttribute(UNRESOLVED, why);
            m.setAttribute(IMarker.MESSAGE, message);
        });
    }

    /** Whether the change {@code delta} reports touched only where it stands (nothing to install afresh). */
    public boolean onlyStatusChanged(IMarkerDelta delta) throws CoreException {
        IMarker m = getMarker();
        if (m == null || delta == null || delta.getAttributes() == null) {
            return false;
        }
        Map<String, Object> before = new java.util.HashMap<>(delta.getAttributes());
        Map<String, Object> now = new java.util.HashMap<>(m.getAttributes());
        for (String status : new String[] {INSTALLED_LINE, UNRESOLVED, IMarker.MESSAGE}) {
            before.remove(status);
            now.remove(status);
        }
        return before.equals(now);
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
