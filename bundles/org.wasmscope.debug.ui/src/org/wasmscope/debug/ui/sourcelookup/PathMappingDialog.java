package org.wasmscope.debug.ui.sourcelookup;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a path mapping: the directory a program was compiled in, as DWARF names it ({@code /build/foo}),
 * and the local folder that holds the same files ({@code /home/me/foo}, typed or browsed for).
 */
final class PathMappingDialog extends TitleAreaDialog {
    private String compilePath;
    private String localPath;
    private Text compileText;
    private Text localText;

    PathMappingDialog(Shell shell, String compilePath, String localPath) {
        super(shell);
        this.compilePath = compilePath;
        this.localPath = localPath;
    }

    String compilePath() {
        return compilePath;
    }

    String localPath() {
        return localPath;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Path Mapping");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Path Mapping (DWARF)");
        setMessage("Source files compiled under the compilation path are looked up under the local path.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText("&Compilation path:");
        compileText = text(c, compilePath, 2);
        compileText.setMessage("/build/foo");
        new Label(c, SWT.NONE).setText("&Local path:");
        localText = text(c, localPath, 1);
        localText.setMessage("/home/me/foo");
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(localText.getText());
            String chosen = d.open();
            if (chosen != null) {
                localText.setText(chosen);
            }
        });
        return area;
    }

    private Text text(Composite parent, String initial, int span) {
        Text t = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = 360;
        t.setLayoutData(data);
        t.setText(initial);
        t.addListener(SWT.Modify, e -> update());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    /** OK once both paths are given. */
    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!compileText.getText().isBlank() && !localText.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        compilePath = compileText.getText().trim();
        localPath = localText.getText().trim();
        super.okPressed();
    }
}
