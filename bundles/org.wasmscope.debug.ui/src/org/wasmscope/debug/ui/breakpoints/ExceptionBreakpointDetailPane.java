package org.wasmscope.debug.ui.breakpoints;

import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.ui.IDetailPane;
import org.eclipse.debug.ui.IDetailPaneFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The Breakpoints view's detail pane for a WebAssembly exception breakpoint (as Java's exception breakpoints
 * have one): its {@link ExceptionBreakpointEditor settings}, each change saved at once when valid.
 */
public final class ExceptionBreakpointDetailPane implements IDetailPane {
    public static final String ID = "org.wasmscope.debug.ui.exceptionBreakpointDetailPane";
    private static final String NAME = "WebAssembly Exception Breakpoint";
    private static final String DESCRIPTION = "Enabled, hit count, cases and condition of a WebAssembly exception breakpoint";
    private ExceptionBreakpointEditor editor;
    private WasmExceptionBreakpoint shown;

    /** Offers the pane for a selected exception breakpoint. */
    public static final class Factory implements IDetailPaneFactory {
        @Override
        public Set<String> getDetailPaneTypes(IStructuredSelection selection) {
            return selection.size() == 1 && selection.getFirstElement() instanceof WasmExceptionBreakpoint ? Set.of(ID) : Set.of();
        }

        @Override
        public String getDefaultDetailPane(IStructuredSelection selection) {
            return getDetailPaneTypes(selection).isEmpty() ? null : ID;
        }

        @Override
        public IDetailPane createDetailPane(String paneID) {
            return ID.equals(paneID) ? new ExceptionBreakpointDetailPane() : null;
        }

        @Override
        public String getDetailPaneName(String paneID) {
            return ID.equals(paneID) ? NAME : null;
        }

        @Override
        public String getDetailPaneDescription(String paneID) {
            return ID.equals(paneID) ? DESCRIPTION : null;
        }
    }

    @Override
    public void init(IWorkbenchPartSite partSite) {
        // nothing from the site
    }

    @Override
    public Control createControl(Composite parent) {
        editor = new ExceptionBreakpointEditor(parent, this::save);
        return editor.control();
    }

    private void save() {
        try {
            editor.save();
        } catch (CoreException e) {
            ILog.of(ExceptionBreakpointDetailPane.class).log(e.getStatus());
        }
    }

    /** Shows the selected breakpoint; not again the one shown, whose marker changes as the user types. */
    @Override
    public void display(IStructuredSelection selection) {
        WasmExceptionBreakpoint b = selection != null && selection.getFirstElement() instanceof WasmExceptionBreakpoint e ? e : null;
        if (b == null || b != shown) {
            editor.show(b);
            shown = b;
        }
    }

    @Override
    public boolean setFocus() {
        return editor.control().setFocus();
    }

    @Override
    public void dispose() {
        editor.control().dispose();
    }

    @Override
    public String getID() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getDescription() {
        return DESCRIPTION;
    }
}
