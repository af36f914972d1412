package org.wasmscope.debug.ui.breakpoints;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The Breakpoints view's context menu on exception breakpoints, as Java's: "Caught Exceptions" and "Uncaught
 * Exceptions" turn either case of the selected breakpoints on or off, checked when the first has it on.
 */
public abstract class ExceptionCaseToggle implements IObjectActionDelegate {
    private final List<WasmExceptionBreakpoint> selected = new ArrayList<>();

    /** Whether {@code b} suspends in this toggle's case. */
    abstract boolean isOn(WasmExceptionBreakpoint b);

    abstract void set(WasmExceptionBreakpoint b, boolean on) throws CoreException;

    /** Suspend at exceptions that a handler will catch. */
    public static final class Caught extends ExceptionCaseToggle {
        @Override
        boolean isOn(WasmExceptionBreakpoint b) {
            return b.isCaught();
        }

        @Override
        void set(WasmExceptionBreakpoint b, boolean on) throws CoreException {
            b.setCaught(on);
        }
    }

    /** Suspend at exceptions that no handler catches. */
    public static final class Uncaught extends ExceptionCaseToggle {
        @Override
        boolean isOn(WasmExceptionBreakpoint b) {
            return b.isUncaught();
        }

        @Override
        void set(WasmExceptionBreakpoint b, boolean on) throws CoreException {
            b.setUncaught(on);
        }
    }

    @Override
    public void setActivePart(IAction action, IWorkbenchPart part) {
        // works on the selection alone
    }

    @Override
    public void selectionChanged(IAction action, ISelection selection) {
        selected.clear();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof WasmExceptionBreakpoint b) {
                    selected.add(b);
                }
            }
        }
        action.setChecked(!selected.isEmpty() && isOn(selected.get(0)));
    }

    @Override
    public void run(IAction action) {
        for (WasmExceptionBreakpoint b : selected) {
            try {
                set(b, action.isChecked());
            } catch (CoreException e) {
                ILog.of(ExceptionCaseToggle.class).log(e.getStatus());
            }
        }
    }
}
