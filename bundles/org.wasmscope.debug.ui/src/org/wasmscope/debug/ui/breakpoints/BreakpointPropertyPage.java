package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;
import org.wasmscope.debug.core.breakpoints.MarkerLineBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * <i>Breakpoint Properties...</i> of a WebAssembly exception breakpoint (its tag) or a line breakpoint (its
 * file and line), and its {@link BreakpointEditor settings}.
 */
public final class BreakpointPropertyPage extends PropertyPage {
    private BreakpointEditor<?> editor;

    @Override
    protected Control createContents(Composite parent) {
        noDefaultAndApplyButton();
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        Label what = new Label(c, SWT.NONE);
        Runnable changed = () -> setValid(editor.problem() == null);
        WasmExceptionBreakpoint exception = Adapters.adapt(getElement(), WasmExceptionBreakpoint.class);
        if (exception != null) {
            what.setText("Exceptions of " + (exception.getTag().isEmpty() ? "any tag" : "tag " + exception.getTag()));
            ExceptionBreakpointEditor e = new ExceptionBreakpointEditor(c, changed);
            e.show(exception);
            editor = e;
        } else {
            MarkerLineBreakpoint line = Adapters.adapt(getElement(), MarkerLineBreakpoint.class);
            IMarker marker = line == null ? null : line.getMarker();
            what.setText(marker == null ? "" : marker.getAttribute(IMarker.MESSAGE, ""));
            BreakpointEditor<MarkerLineBreakpoint> e = new BreakpointEditor<>(c, changed);
            e.show(line);
            editor = e;
        }
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
