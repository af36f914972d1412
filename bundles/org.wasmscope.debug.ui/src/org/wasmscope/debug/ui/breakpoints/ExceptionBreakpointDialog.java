package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a WebAssembly exception breakpoint: the tag (or any tag) and whether to suspend at the throw of
 * an exception that a handler will catch, that none will, or both.
 */
public final class ExceptionBreakpointDialog extends TitleAreaDialog {
    private Text tagText;
    private Button caughtButton;
    private Button uncaughtButton;
    private String tag = "";
    private boolean caught = true;
    private boolean uncaught = true;

    public ExceptionBreakpointDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add WebAssembly Exception Breakpoint");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("WebAssembly Exception Breakpoint");
        setMessage("Suspend at the throw or throw_ref of an exception, before it is unwound to its handler.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText("&Tag:");
        tagText = new Text(c, SWT.BORDER | SWT.SINGLE);
        tagText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tagText.setMessage("any tag");
        tagText.setToolTipText("The tag as the module names it: $overflow (its .wat identifier), an export name, or its "
                + "index (tag[0] or 0); empty for exceptions of any tag");
        tagText.setText(tag);
        caughtButton = new Button(c, SWT.CHECK);
        caughtButton.setText("Suspend on &caught exceptions (a try_table's handler will catch it)");
        caughtButton.setSelection(caught);
        caughtButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        uncaughtButton = new Button(c, SWT.CHECK);
        uncaughtButton.setText("Suspend on &uncaught exceptions (it leaves the invoked function)");
        uncaughtButton.setSelection(uncaught);
        uncaughtButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        caughtButton.addListener(SWT.Selection, e -> validate());
        uncaughtButton.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private void validate() {
        boolean ok = caughtButton.getSelection() || uncaughtButton.getSelection();
        setErrorMessage(ok ? null : "Choose caught, uncaught or both.");
        getButton(IDialogConstants.OK_ID).setEnabled(ok);
    }

    @Override
    protected void okPressed() {
        tag = tagText.getText().trim();
        caught = caughtButton.getSelection();
        uncaught = uncaughtButton.getSelection();
        super.okPressed();
    }

    /** The tag as typed; empty for any tag. */
    public String tag() {
        return tag;
    }

    public boolean caught() {
        return caught;
    }

    public boolean uncaught() {
        return uncaught;
    }

    /** The tag field, for a test that fills the dialog in. */
    public Text tagField() {
        return tagText;
    }

    /** The uncaught check box, for a test. */
    public Button uncaughtButton() {
        return uncaughtButton;
    }
}
