package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewActionDelegate;
import org.eclipse.ui.IViewPart;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The Breakpoints view's "Add WebAssembly Exception Breakpoint..." (as Java's "Add Java Exception
 * Breakpoint"): asks for the tag and caught/uncaught, then adds the breakpoint.
 */
public final class AddExceptionBreakpointAction implements IViewActionDelegate {
    private IViewPart view;

    @Override
    public void init(IViewPart view) {
        this.view = view;
    }

    @Override
    public void run(IAction action) {
        Shell shell = view.getSite().getShell();
        ExceptionBreakpointDialog dialog = new ExceptionBreakpointDialog(shell);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            new WasmExceptionBreakpoint(dialog.tag(), dialog.caught(), dialog.uncaught());
        } catch (CoreException e) {
            ErrorDialog.openError(shell, "Add WebAssembly Exception Breakpoint", "The breakpoint could not be added.", e.getStatus());
        }
    }

    @Override
    public void selectionChanged(IAction action, ISelection selection) {
        // always enabled
    }
}
