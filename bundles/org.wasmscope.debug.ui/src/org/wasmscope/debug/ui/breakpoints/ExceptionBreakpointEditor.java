package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmscope.debug.core.breakpoints.PayloadCondition;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The settings of a WebAssembly exception breakpoint, as Java's exception breakpoints show them in the
 * Breakpoints view's detail pane and their properties: enabled, a hit count (the hit that first suspends; the
 * matching throws before it only count), the cases it suspends in, caught and uncaught, and a condition on the
 * payload ({@link PayloadCondition}).
 */
public final class ExceptionBreakpointEditor {
    private final Composite control;
    private final Button enabled;
    private final Button hitCountOn;
    private final Text hitCount;
    private final Button caught;
    private final Button uncaught;
    private final Button conditionOn;
    private final Text condition;
    /** Why the settings cannot be saved as they stand, or empty. */
    private final Label problem;
    private WasmExceptionBreakpoint breakpoint;
    /** Called after each change the user made (the detail pane saves at once), else null. */
    private final Runnable changed;
    private boolean filling;

    public ExceptionBreakpointEditor(Composite parent, Runnable changed) {
        this.changed = changed;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        enabled = check("&Enabled", "Whether the breakpoint suspends at all");
        hitCountOn = check("&Hit count:", "Suspend from this matching throw on; the ones before only count");
        hitCount = new Text(control, SWT.BORDER | SWT.SINGLE);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 60;
        hitCount.setLayoutData(data);
        hitCount.addListener(SWT.Modify, e -> userChanged());
        caught = check("&Caught", "Suspend at the throw of an exception that a try_table's handler will catch");
        uncaught = check("&Uncaught", "Suspend at the throw of an exception that leaves the invoked function");
        new Label(control, SWT.NONE);
        conditionOn = check("C&ondition:", "Suspend only when the payload meets the condition; only such throws count as hits");
        condition = new Text(control, SWT.BORDER | SWT.SINGLE);
        condition.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        condition.setMessage("$0 > 100 && $1 != 0");
        condition.setToolTipText("Payload values by position ($0 the first) compared with each other or with constants"
                + " (== != < <= > >=; integers signed; null, i31:5 for references), joined by && and ||, with parentheses");
        condition.addListener(SWT.Modify, e -> userChanged());
        problem = new Label(control, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        problem.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_RED));
        hitCountOn.addListener(SWT.Selection, e -> hitCount.setEnabled(hitCountOn.getSelection()));
        conditionOn.addListener(SWT.Selection, e -> condition.setEnabled(conditionOn.getSelection()));
    }

    private Button check(String text, String tooltip) {
        Button b = new Button(control, SWT.CHECK);
        b.setText(text);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> userChanged());
        return b;
    }

    private void userChanged() {
        if (filling) {
            return;
        }
        String p = problem();
        problem.setText(p == null ? "" : p);
        if (changed != null) {
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
            problem.setText("");
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
            conditionOn.setSelection(!b.getCondition().isEmpty());
            condition.setText(b.getCondition());
            condition.setEnabled(!b.getCondition().isEmpty());
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
        if (conditionOn.getSelection()) {
            try {
                PayloadCondition.parse(condition.getText());
            } catch (IllegalArgumentException e) {
                return "Condition: " + e.getMessage();
            }
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
        breakpoint.setCondition(conditionOn.getSelection() ? condition.getText() : "");
    }
}
