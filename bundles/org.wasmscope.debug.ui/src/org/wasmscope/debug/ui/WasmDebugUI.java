package org.wasmscope.debug.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.wasmscope.debug.core.launching.ModuleFiles;

/** The bundle's identity, its image and finding the module a person is looking at. */
public final class WasmDebugUI {
    public static final String PLUGIN_ID = "org.wasmscope.debug.ui";
    private static final String MODULE_IMAGE = PLUGIN_ID + ".module";

    private WasmDebugUI() {
    }

    /** The WebAssembly icon (launch type, shortcut, tab); shared, do not dispose. */
    public static Image moduleImage() {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        if (registry.getDescriptor(MODULE_IMAGE) == null) {
            registry.put(MODULE_IMAGE, ImageDescriptor.createFromURL(WasmDebugUI.class.getResource("/icons/wasm.png")));
        }
        return registry.get(MODULE_IMAGE);
    }

    /** The module file of a selection's first element, or null. */
    public static IFile moduleFile(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            return file != null && ModuleFiles.isModuleName(file.getName()) ? file : null;
        }
        return null;
    }

    /** The module file an editor shows, or null. */
    public static IFile moduleFile(IEditorPart editor) {
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        return file != null && ModuleFiles.isModuleName(file.getName()) ? file : null;
    }

    /** The module file in the active editor or selected in the active part, or null. */
    public static IFile selectedModule() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        IWorkbenchPart part = page.getActivePart();
        if (part instanceof IEditorPart editor) {
            return moduleFile(editor);
        }
        IFile file = moduleFile(page.getSelection());
        if (file == null && page.getActiveEditor() != null) {
            file = moduleFile(page.getActiveEditor());
        }
        return file;
    }
}
