package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/** <i>Breakpoint Properties...</i> of a WebAssembly exception breakpoint: its tag and its {@link ExceptionBreakpointEditor settings}. */
public final class ExceptionBreakpointPropertyPage extends PropertyPage {
    private ExceptionBreakpointEditor editor;

    @Override
    protected Control createContents(Composite parent) {
        noDefaultAndApplyButton();
        WasmExceptionBreakpoint b = Adapters.adapt(getElement(), WasmExceptionBreakpoint.class);
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        new Label(c, SWT.NONE).setText("Exceptions of " + (b == null || b.getTag().isEmpty() ? "any tag" : "tag " + b.getTag()));
        editor = new ExceptionBreakpointEditor(c, () -> setValid(editor.problem() == null));
        editor.show(b);
        return c;
    }

    @Override
    public boolean performOk() {
        if (editor.problem() != null) {
            return false;
        }
        try {
            editor.save();
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }
}
