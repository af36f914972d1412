package org.wasmscope.views.store;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.wasmscope.debug.core.model.ObjectValue;
import org.wasmscope.debug.core.model.WasmDebugTarget;
import org.wasmscope.runtime.debug.Session;

/**
 * <i>Show Object in Store</i> in the Variables view's context menu: on a variable whose value is a struct or array
 * reference, {@link ShowObjectInStore} for its object.
 */
public final class ShowVariableObjectInStore implements IObjectActionDelegate {
    private IWorkbenchPart part;
    private ObjectValue selected;

    @Override
    public void setActivePart(IAction action, IWorkbenchPart targetPart) {
        part = targetPart;
    }

    @Override
    public void selectionChanged(IAction action, ISelection selection) {
        selected = null;
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IVariable v) {
            try {
                selected = v.getValue() instanceof ObjectValue o ? o : null;
            } catch (DebugException e) {
                // no value to show: the action stays disabled
            }
        }
        action.setEnabled(selected != null);
    }

    @Override
    public void run(IAction action) {
        Session session = selected == null ? null : ((WasmDebugTarget) selected.getDebugTarget()).session();
        if (session != null && part != null) {
            ShowObjectInStore.show(part.getSite().getPage(), session.store(), selected.object());
        }
    }
}
