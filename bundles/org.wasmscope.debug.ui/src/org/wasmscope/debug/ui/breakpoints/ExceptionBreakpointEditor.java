package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The settings of a WebAssembly exception breakpoint, as Java's exception breakpoints show them in the
 * Breakpoints view's detail pane and their properties: enabled, a hit count (the hit that first suspends; the
 * matching throws before it only count), and the cases it suspends in, caught and uncaught.
 */
public final class ExceptionBreakpointEditor {
    private final Composite control;
    private final Button enabled;
    private final Button hitCountOn;
    private final Text hitCount;
    private final Button caught;
    private final Button uncaught;
    private WasmExceptionBreakpoint breakpoint;
    /** Called after each change the user made (the detail pane saves at once), else null. */
    private final Runnable changed;
    private boolean filling;

    public ExceptionBreakpointEditor(Composite parent, Runnable changed) {
        this.changed = changed;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        enabled = check("&Enabled", "Whether the breakpoint suspends at all");
        hitCountOn = check("&Hit count:", "Suspend from this matching throw on; the ones before only count");
        hitCount = new Text(control, SWT.BORDER | SWT.SINGLE);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 60;
        hitCount.setLayoutData(data);
        hitCount.addListener(SWT.Modify, e -> userChanged());
        caught = check("&Caught", "Suspend at the throw of an exception that a try_table's handler will catch");
        uncaught = check("&Uncaught", "Suspend at the throw of an exception that leaves the invoked function");
        hitCountOn.addListener(SWT.Selection, e -> hitCount.setEnabled(hitCountOn.getSelection()));
    }

    private Button check(String text, String tooltip) {
        Button b = new Button(control, SWT.CHECK);
        b.setText(text);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> userChanged());
        return b;
    }

    private void userChanged() {
        if (!filling && changed != null) {
            changed.run();
        }
    }

    public Control control() {
        return control;
    }

    /** Shows {@code b}'s settings (null: nothing, all disabled). */
    public void show(WasmExceptionBreakpoint b) {
        breakpoint = b;
        filling = true;
        try {
            for (Control c : control.getChildren()) {
                c.setEnabled(b != null);
            }
            if (b == null) {
                return;
            }
            int hit = b.getHitCount();
            enabled.setSelection(isEnabled(b));
            hitCountOn.setSelection(hit > 1);
            hitCount.setText(hit > 1 ? Integer.toString(hit) : "");
            hitCount.setEnabled(hit > 1);
            caught.setSelection(b.isCaught());
            uncaught.setSelection(b.isUncaught());
        } finally {
            filling = false;
        }
    }

    private static boolean isEnabled(WasmExceptionBreakpoint b) {
        try {
            return b.isEnabled();
        } catch (CoreException e) {
            return false;
        }
    }

    /**
     * Why the settings cannot be saved (a hit count that is no number of at least 1, neither case chosen), or
     * null when they can.
     */
    public String problem() {
        if (hitCountOn.getSelection() && hitCount() < 1) {
            return "The hit count must be a whole number of at least 1";
        }
        return caught.getSelection() || uncaught.getSelection() ? null : "Choose caught, uncaught or both";
    }

    private int hitCount() {
        try {
            return Integer.parseInt(hitCount.getText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Writes the settings to the breakpoint, when they are {@linkplain #problem() valid}. */
    public void save() throws CoreException {
        if (breakpoint == null || problem() != null) {
            return;
        }
        breakpoint.setEnabled(enabled.getSelection());
        breakpoint.setHitCount(hitCountOn.getSelection() ? hitCount() : 1);
        breakpoint.setCaught(caught.getSelection());
        breakpoint.setUncaught(uncaught.getSelection());
    }

    /** The hit count check box and field, and the case check boxes, for a test that fills them in. */
    public Button hitCountButton() {
        return hitCountOn;
    }

    public Text hitCountField() {
        return hitCount;
    }

    public Button caughtButton() {
        return caught;
    }
}
