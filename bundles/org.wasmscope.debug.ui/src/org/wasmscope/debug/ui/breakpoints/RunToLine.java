package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.ISuspendResume;
import org.eclipse.debug.ui.actions.RunToLineHandler;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.model.WasmDebugTarget;

/**
 * Run to Line as every WasmScope editor does it: resume the suspended WebAssembly thread with a temporary
 * (unregistered) breakpoint on the chosen place, which the platform's handler removes when it is hit.
 */
final class RunToLine {
    private RunToLine() {
    }

    /** Whether {@code target} is a WebAssembly thread or frame that can resume. */
    static boolean canRun(ISuspendResume target) {
        return target instanceof IDebugElement e && e.getDebugTarget() instanceof WasmDebugTarget
                && target.canResume();
    }

    /** Resumes {@code target} until {@code temporary} is hit; the breakpoint goes if that cannot start. */
    static void run(ISuspendResume target, IBreakpoint temporary) throws CoreException {
        try {
            new RunToLineHandler(((IDebugElement) target).getDebugTarget(), target, temporary)
                    .run(new NullProgressMonitor());
        } catch (RuntimeException e) {
            temporary.delete();
            throw new DebugException(WasmDebugCore.errorStatus("Run to Line failed", e));
        }
    }
}
