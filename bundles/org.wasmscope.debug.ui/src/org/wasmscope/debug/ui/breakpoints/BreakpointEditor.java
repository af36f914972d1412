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
import org.wasmscope.debug.core.breakpoints.HitCountBreakpoint;

/**
 * The settings every WasmScope breakpoint with a hit count has, as Java's breakpoints show them in the
 * Breakpoints view's detail pane and their properties: enabled, and a hit count (the hit that first suspends;
 * the hits before it only count); all a line breakpoint has. A kind with more settings adds its rows below
 * ({@link ExceptionBreakpointEditor}). Below all, why the settings cannot be saved as they stand.
 */
public class BreakpointEditor<B extends HitCountBreakpoint> {
    private final Composite control;
    private final Button enabled;
    private final Button hitCountOn;
    private final Text hitCount;
    private final Label problem;
    private B breakpoint;
    /** Called after each change the user made (the detail pane saves at once), else null. */
    private final Runnable changed;
    private boolean filling;

    public BreakpointEditor(Composite parent, Runnable changed) {
        this.changed = changed;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        enabled = check("&Enabled", "Whether the breakpoint suspends at all");
        hitCountOn = check("&Hit count:", "Suspend from this hit on; the ones before only count");
        hitCount = field(1);
        GridData data = (GridData) hitCount.getLayoutData();
        data.horizontalAlignment = SWT.LEFT;
        data.grabExcessHorizontalSpace = false;
        data.widthHint = 60;
        problem = new Label(control, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        problem.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_RED));
        hitCountOn.addListener(SWT.Selection, e -> hitCount.setEnabled(hitCountOn.getSelection()));
    }

    /** A check box; each change counts as the user's. */
    protected final Button check(String text, String tooltip) {
        Button b = new Button(control, SWT.CHECK);
        b.setText(text);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> userChanged());
        return b;
    }

    /** A text field over {@code columns} columns, after a {@link #check} that enables it. */
    protected final Text field(int columns) {
        Text t = new Text(control, SWT.BORDER | SWT.SINGLE);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        t.addListener(SWT.Modify, e -> userChanged());
        return t;
    }

    /** Called by a kind's constructor after it added its rows: keeps the problem below them (children lay out in order). */
    protected final void rowsAdded() {
        problem.moveBelow(null);
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

    public Composite control() {
        return control;
    }

    /** Shows {@code b}'s settings (null: nothing, all disabled). */
    public final void show(B b) {
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
            fill(b);
        } finally {
            filling = false;
        }
    }

    /** Shows the settings of {@code b} that its kind adds. */
    protected void fill(B b) {
        // a line breakpoint has none
    }

    private static boolean isEnabled(HitCountBreakpoint b) {
        try {
            return b.isEnabled();
        } catch (CoreException e) {
            return false;
        }
    }

    /** Why the settings cannot be saved (a hit count that is no number of at least 1), or null when they can. */
    public String problem() {
        return hitCountOn.getSelection() && hitCount() < 1 ? "The hit count must be a whole number of at least 1" : null;
    }

    private int hitCount() {
        try {
            return Integer.parseInt(hitCount.getText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Writes the settings to the breakpoint, when they are {@linkplain #problem() valid}. */
    public final void save() throws CoreException {
        if (breakpoint == null || problem() != null) {
            return;
        }
        breakpoint.setEnabled(enabled.getSelection());
        breakpoint.setHitCount(hitCountOn.getSelection() ? hitCount() : 1);
        saveRest(breakpoint);
    }

    /** Writes the settings that {@code b}'s kind adds. */
    protected void saveRest(B b) throws CoreException {
        // a line breakpoint has none
    }
}
