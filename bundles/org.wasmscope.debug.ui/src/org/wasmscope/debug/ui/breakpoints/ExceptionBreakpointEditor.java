package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmscope.debug.core.breakpoints.PayloadCondition;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The settings of a WebAssembly exception breakpoint, as Java's exception breakpoints show them: those of
 * {@linkplain BreakpointEditor every breakpoint} (a hit is a matching throw), the cases it suspends in, caught and
 * uncaught, and a condition on the payload ({@link PayloadCondition}).
 */
public final class ExceptionBreakpointEditor extends BreakpointEditor<WasmExceptionBreakpoint> {
    private final Button caught;
    private final Button uncaught;
    private final Button conditionOn;
    private final Text condition;

    public ExceptionBreakpointEditor(Composite parent, Runnable changed) {
        super(parent, changed);
        caught = check("&Caught", "Suspend at the throw of an exception that a try_table's handler will catch");
        uncaught = check("&Uncaught", "Suspend at the throw of an exception that leaves the invoked function");
        new Label(control(), SWT.NONE);
        conditionOn = check("C&ondition:", "Suspend only when the payload meets the condition; only such throws count as hits");
        condition = field(2);
        condition.setMessage("$0 > 100 && $1 != 0");
        condition.setToolTipText("Payload values by position ($0 the first) compared with each other or with constants"
                + " (== != < <= > >=; integers signed; null, i31:5 for references), joined by && and ||, with parentheses");
        conditionOn.addListener(SWT.Selection, e -> condition.setEnabled(conditionOn.getSelection()));
        rowsAdded();
    }

    @Override
    protected void fill(WasmExceptionBreakpoint b) {
        caught.setSelection(b.isCaught());
        uncaught.setSelection(b.isUncaught());
        conditionOn.setSelection(!b.getCondition().isEmpty());
        condition.setText(b.getCondition());
        condition.setEnabled(!b.getCondition().isEmpty());
    }

    /** Also: a condition that does not parse, neither case chosen. */
    @Override
    public String problem() {
        String hitCount = super.problem();
        if (hitCount != null) {
            return hitCount;
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

    @Override
    protected void saveRest(WasmExceptionBreakpoint b) throws CoreException {
        b.setCaught(caught.getSelection());
        b.setUncaught(uncaught.getSelection());
        b.setCondition(conditionOn.getSelection() ? condition.getText() : "");
    }
}
