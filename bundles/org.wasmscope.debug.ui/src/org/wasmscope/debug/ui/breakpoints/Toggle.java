package org.wasmscope.debug.ui.breakpoints;

import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.wasmscope.debug.core.model.WasmDebugElement;

/** Find-or-create by place, as every WasmScope editor toggles a breakpoint: one there goes, else one is made. */
final class Toggle {
    /** Makes the breakpoint a toggle adds. */
    @FunctionalInterface
    interface Create {
        void run() throws CoreException;
    }

    private Toggle() {
    }

    /** The registered WasmScope breakpoint of {@code kind} on {@code file} that is {@code at} the place, or null. */
    static <B extends IBreakpoint> B find(Class<B> kind, IFile file, Predicate<B> at) {
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(WasmDebugElement.MODEL_ID)) {
            if (kind.isInstance(b) && b.getMarker() != null && file.equals(b.getMarker().getResource())
                    && at.test(kind.cast(b))) {
                return kind.cast(b);
            }
        }
        return null;
    }

    /** The line of {@code b}'s marker, or -1. */
    static int line(IBreakpoint b) {
        return b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1);
    }

    /** Deletes the breakpoint {@link #find} gives, or, if there is none, makes one with {@code create}. */
    static <B extends IBreakpoint> void toggle(Class<B> kind, IFile file, Predicate<B> at, Create create)
            throws CoreException {
        B existing = find(kind, file, at);
        if (existing != null) {
            existing.delete();
        } else {
            create.run();
        }
    }
}
