package org.wasmscope.debug.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File › New › WebAssembly › WebAssembly Module (.wat): a {@code .wat} file in the chosen folder, started
 * from {@link #TEMPLATE}, opened in the editor.
 */
public final class NewWatModuleWizard extends BasicNewResourceWizard {
    /** A small module that Run As / Debug As › WebAssembly runs as it is (through its "main" export). */
    public static final String TEMPLATE = """
            ;; A WebAssembly module in the text format. Run As / Debug As › WebAssembly calls "main".
            (module
              (func $add (param $a i32) (param $b i32) (result i32)
                (i32.add (local.get $a) (local.get $b)))

              (func (export "main") (result i32)
                (call $add (i32.const 2) (i32.const 40))))
            """;

    private WizardNewFileCreationPage page;

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("module", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("WebAssembly Module");
        page.setDescription("Create a WebAssembly module in the text format (.wat).");
        page.setFileName("module.wat");
        page.setFileExtension("wat");
        addPage(page);
        setWindowTitle("New WebAssembly Module");
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        try {
            IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
        } catch (PartInitException e) {
            ErrorDialog.openError(getShell(), "WebAssembly", "Cannot open " + file.getName(), e.getStatus());
        }
        return true;
    }
}
