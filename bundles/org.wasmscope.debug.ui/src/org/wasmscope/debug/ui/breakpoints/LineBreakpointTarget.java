package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The breakpoint target of an editor whose breakpoints sit on lines, with Run to Line: WebAssembly has no
 * watchpoints, and only the .wat editor knows functions by name (it overrides the method breakpoints).
 */
abstract class LineBreakpointTarget implements IToggleBreakpointsTarget, IRunToLineTarget {

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        // none: see canToggleMethodBreakpoints
    }

    @Override
    public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        // none: see canToggleWatchpoints
    }
}
