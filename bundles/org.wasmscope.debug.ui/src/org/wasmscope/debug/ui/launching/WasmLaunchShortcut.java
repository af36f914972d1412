package org.wasmscope.debug.ui.launching;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchGroup;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.wasmscope.debug.core.launching.EntryPoint;
import org.wasmscope.debug.core.launching.LaunchTarget;
import org.wasmscope.debug.core.launching.ModuleFiles;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.ui.WasmDebugUI;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.wasi.Wasi;

/**
 * Run As / Debug As › WebAssembly on a {@code .wat} or {@code .wasm} file or editor: reuses the file's
 * configuration if it has one (asks which if it has several), else creates one for {@code main} or {@code _start}, or for the export the
 * person picks. A function with parameters opens the configuration dialog so its arguments can be given.
 */
public final class WasmLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        IFile file = WasmDebugUI.moduleFile(selection);
        if (file != null) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = WasmDebugUI.moduleFile(editor);
        if (file != null) {
            launch(file, mode);
        }
    }

    private void launch(IFile file, String mode) {
        List<ILaunchConfiguration> existing = configurationsOf(file);
        if (!existing.isEmpty()) {
            ILaunchConfiguration config = existing.size() == 1 ? existing.get(0) : chooseConfiguration(file, existing, mode);
            if (config != null) {
                DebugUITools.launch(config, mode);
            }
            return;
        }
        try {
            Module module = ModuleFiles.load(file).module;
            EntryPoint entry = chooseEntry(file, module);
            if (entry == null) {
                return;
            }
            ILaunchConfiguration config = create(file, entry);
            if (entry.type().params.length == 0) {
                DebugUITools.launch(config, mode);
            } else {
                ILaunchGroup group = DebugUITools.getLaunchGroup(config, mode);
                DebugUITools.openLaunchConfigurationDialog(shell(), config, group.getIdentifier(), null);
            }
        } catch (CoreException e) {
            ErrorDialog.openError(shell(), "WebAssembly", "Cannot launch " + file.getName(), e.getStatus());
        }
    }

    /**
     * The configuration the person picks among the file's several (as Java's Run As asks between a class's
     * configurations), the one of the conventional entry point ({@code main}, {@code _start}) selected first;
     * null if cancelled.
     */
    private static ILaunchConfiguration chooseConfiguration(IFile file, List<ILaunchConfiguration> configs, String mode) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ILaunchConfiguration) element).getName();
            }
        });
        dialog.setTitle("WebAssembly");
        dialog.setMessage("Choose the configuration of " + file.getName() + " to "
                + (ILaunchManager.DEBUG_MODE.equals(mode) ? "debug" : "run") + ":");
        dialog.setElements(configs.toArray());
        dialog.setMultipleSelection(false);
        for (ILaunchConfiguration config : configs) {
            try {
                if (EntryPoint.DEFAULT_NAMES.contains(config.getAttribute(WasmLaunchConstants.ATTR_EXPORT, ""))) {
                    dialog.setInitialSelections(config);
                    break;
                }
            } catch (CoreException e) {
                // an unreadable configuration is not preselected
            }
        }
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof ILaunchConfiguration c ? c : null;
    }

    /**
     * {@code _start} of a WASI program, else {@code main} or {@code _start}, else the only exported
     * function, else the one the person picks.
     */
    private static EntryPoint chooseEntry(IFile file, Module module) throws CoreException {
        if (Wasi.isImportedBy(module)) {
            return LaunchTarget.wasiEntry(module);
        }
        EntryPoint conventional = EntryPoint.conventional(module);
        if (conventional != null) {
            return conventional;
        }
        List<EntryPoint> entries = EntryPoint.exportedFunctions(module);
        if (entries.isEmpty()) {
            MessageDialog.openError(shell(), "WebAssembly", file.getName() + " exports no function to run.");
            return null;
        }
        if (entries.size() == 1) {
            return entries.get(0);
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell(), new LabelProvider());
        dialog.setTitle("WebAssembly");
        dialog.setMessage("Choose the exported function of " + file.getName() + " to run:");
        dialog.setElements(entries.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof EntryPoint e ? e : null;
    }

    /** A saved configuration named like {@code factorial main}. */
    static ILaunchConfiguration create(IFile file, EntryPoint entry) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
        String base = file.getName().replaceFirst("\\.[^.]*$", "");
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null,
                manager.generateLaunchConfigurationName(base + " " + entry.name()));
        wc.setAttribute(WasmLaunchConstants.ATTR_PROJECT, file.getProject().getName());
        wc.setAttribute(WasmLaunchConstants.ATTR_MODULE, file.getProjectRelativePath().toString());
        wc.setAttribute(WasmLaunchConstants.ATTR_EXPORT, entry.name());
        wc.setAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, "");
        wc.setAttribute(WasmLaunchConstants.ATTR_WASI, Wasi.isImportedBy(ModuleFiles.load(file).module));
        wc.setMappedResources(new IResource[] { file });
        return wc.doSave();
    }

    /** The WebAssembly configurations that run {@code file}. */
    static List<ILaunchConfiguration> configurationsOf(IFile file) {
        List<ILaunchConfiguration> result = new ArrayList<>();
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        try {
            ILaunchConfigurationType type = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
            for (ILaunchConfiguration config : manager.getLaunchConfigurations(type)) {
                if (file.getProject().getName().equals(config.getAttribute(WasmLaunchConstants.ATTR_PROJECT, ""))
                        && file.getProjectRelativePath().toString()
                                .equals(config.getAttribute(WasmLaunchConstants.ATTR_MODULE, ""))) {
                    result.add(config);
                }
            }
        } catch (CoreException e) {
            // an unreadable configuration is not one of the file's
        }
        return result;
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        IFile file = WasmDebugUI.moduleFile(selection);
        return file == null ? null : configurationsOf(file).toArray(ILaunchConfiguration[]::new);
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        IFile file = WasmDebugUI.moduleFile(editor);
        return file == null ? null : configurationsOf(file).toArray(ILaunchConfiguration[]::new);
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return WasmDebugUI.moduleFile(selection);
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return WasmDebugUI.moduleFile(editor);
    }
}
