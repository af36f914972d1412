package org.wasmscope.debug.ui.launching;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.wasmscope.debug.core.launching.EntryPoint;
import org.wasmscope.debug.core.launching.LaunchTarget;
import org.wasmscope.debug.core.launching.WasiSettings;
import org.wasmscope.debug.core.launching.ModuleFiles;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.ui.WasmDebugUI;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.wasi.Wasi;

/**
 * The Main tab: project, module file (Browse over the workspace's {@code .wat} and {@code .wasm}
 * files), the exported function to invoke (a combo filled from the module's exports whenever it loads)
 * and its arguments, or, for a WASI program ({@code _start}, chosen by itself when the module imports
 * WASI), the program's arguments, its working directory and preopened directories. Validation names the first problem: a missing project or file, a malformed or
 * invalid module, an unknown export, a wrong number or type of arguments.
 */
public final class WasmMainTab extends AbstractLaunchConfigurationTab {
    private final ModuleCache cache = new ModuleCache();
    private Text projectText;
    private Text moduleText;
    private Combo exportCombo;
    private Label signatureLabel;
    private Label argumentsLabel;
    private Text argumentsText;
    private Label argumentsHint;
    private Button wasiButton;
    private Text workingDirectoryText;
    private Button workingDirectoryButton;
    private Text preopensText;
    private Button suspendOnTrapButton;
    private Button stopAtEntryButton;
    private Button stopAtInstantiationButton;
    /** True while initializeFrom fills the widgets: their modify events are no user edits. */
    private boolean initializing;

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        setControl(top);

        Group module = group(top, "Module");
        projectText = labelledText(module, "&Project:");
        button(module, "B&rowse...", this::browseProject);
        moduleText = labelledText(module, "&File:");
        button(module, "Br&owse...", this::browseModule);

        Group entry = group(top, "Entry point");
        wasiButton = new Button(entry, SWT.CHECK);
        wasiButton.setText("&WASI program (_start)");
        wasiButton.setToolTipText("Run _start with the WASI preview1 host: program arguments, environment,"
                + " preopened directories, console input and output");
        wasiButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        wasiButton.addListener(SWT.Selection, e -> wasiChanged());
        new Label(entry, SWT.NONE).setText("&Export:");
        exportCombo = new Combo(entry, SWT.DROP_DOWN);
        exportCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        exportCombo.addModifyListener(e -> changed());
        new Label(entry, SWT.NONE).setText("Type:");
        signatureLabel = new Label(entry, SWT.NONE);
        signatureLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        argumentsLabel = new Label(entry, SWT.NONE);
        argumentsText = new Text(entry, SWT.SINGLE | SWT.BORDER);
        argumentsText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ((GridData) argumentsText.getLayoutData()).horizontalSpan = 2;
        argumentsHint = new Label(entry, SWT.WRAP);
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        hintData.widthHint = 400; // wrap at the dialog's width instead of widening it
        argumentsHint.setLayoutData(hintData);

        Group wasi = group(top, "WASI");
        workingDirectoryText = labelledText(wasi, "Wor&king directory:");
        workingDirectoryText.setMessage("the module's folder");
        workingDirectoryButton = new Button(wasi, SWT.PUSH);
        workingDirectoryButton.setText("Bro&wse...");
        workingDirectoryButton.addListener(SWT.Selection, e -> browseWorkingDirectory());
        Label preopensLabel = new Label(wasi, SWT.NONE);
        preopensLabel.setText("Preopened &directories:");
        preopensLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        preopensText = new Text(wasi, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData preopensData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        preopensData.heightHint = 3 * preopensText.getLineHeight();
        preopensText.setLayoutData(preopensData);
        Label preopensHint = new Label(wasi, SWT.WRAP);
        preopensHint.setText("One per line: HOST::GUEST (or HOST, seen as the same name); a relative HOST is"
                + " relative to the working directory. The program can reach only these directories.");
        GridData preopensHintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        preopensHintData.widthHint = 400;
        preopensHint.setLayoutData(preopensHintData);

        Group debug = group(top, "Debugging");
        suspendOnTrapButton = new Button(debug, SWT.CHECK);
        suspendOnTrapButton.setText("&Suspend at the trapping instruction when execution traps");
        suspendOnTrapButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        suspendOnTrapButton.addListener(SWT.Selection, e -> changed());
        stopAtEntryButton = new Button(debug, SWT.CHECK);
        stopAtEntryButton.setText("Stop at &entry (before the first instruction of the entry point)");
        stopAtEntryButton.setToolTipText("Suspend before the invoked export, or _start, runs its first instruction:"
                + " a way in for a module without source, where the disassembly is all there is.");
        stopAtEntryButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        stopAtEntryButton.addListener(SWT.Selection, e -> changed());
        stopAtInstantiationButton = new Button(debug, SWT.CHECK);
        stopAtInstantiationButton.setText(
                "Stop at &instantiation: step through the segments' initialization and the start function");
        stopAtInstantiationButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        stopAtInstantiationButton.addListener(SWT.Selection, e -> changed());

        projectText.addModifyListener(e -> moduleChanged());
        moduleText.addModifyListener(e -> moduleChanged());
        argumentsText.addModifyListener(e -> changed());
        workingDirectoryText.addModifyListener(e -> changed());
        preopensText.addModifyListener(e -> changed());
        wasiChanged();
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private static Text labelledText(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.SINGLE | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    // ---------------------------------------------------------------- browsing

    private void browseProject() {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getShell(), new WorkbenchLabelProvider());
        dialog.setTitle("Project");
        dialog.setMessage("Choose the project of the module:");
        dialog.setElements(List.of(ResourcesPlugin.getWorkspace().getRoot().getProjects()).stream()
                .filter(IProject::isOpen).toArray());
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IProject project) {
            projectText.setText(project.getName());
        }
    }

    private void browseModule() {
        ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(getShell(), new WorkbenchLabelProvider(),
                new WorkbenchContentProvider());
        dialog.setTitle("WebAssembly module");
        dialog.setMessage("Choose a .wat or .wasm file:");
        dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
        dialog.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return element instanceof IContainer c && c.isAccessible()
                        || element instanceof IFile f && ModuleFiles.isModuleName(f.getName());
            }
        });
        dialog.setValidator(selection -> selection.length == 1 && selection[0] instanceof IFile
                ? Status.OK_STATUS : new Status(IStatus.ERROR, WasmDebugUI.PLUGIN_ID, "Choose a module file."));
        dialog.setAllowMultiple(false);
        IFile current = currentFile();
        if (current != null) {
            dialog.setInitialSelection(current);
        }
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
            projectText.setText(file.getProject().getName());
            moduleText.setText(file.getProjectRelativePath().toString());
        }
    }

    private void browseWorkingDirectory() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage("Choose the working directory of the WASI program:");
        String current = workingDirectoryText.getText().trim();
        if (!current.isEmpty()) {
            dialog.setFilterPath(current);
        }
        String chosen = dialog.open();
        if (chosen != null) {
            workingDirectoryText.setText(chosen);
        }
    }

    private IFile currentFile() {
        try {
            return ModuleFiles.resolve(projectText.getText().trim(), moduleText.getText().trim());
        } catch (CoreException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- reacting to edits

    /** The file may have changed: offer its exports; a program importing WASI runs as one. */
    private void moduleChanged() {
        String export = exportCombo.getText();
        exportCombo.setItems(exportNames().toArray(String[]::new));
        exportCombo.setText(export);
        if (!initializing && importsWasi()) {
            wasiButton.setSelection(true);
        }
        wasiChanged();
    }

    private boolean importsWasi() {
        IFile file = currentFile();
        try {
            return file != null && Wasi.isImportedBy(cache.load(file).module);
        } catch (CoreException e) {
            return false;
        }
    }

    /** WASI mode runs _start with string arguments; the WASI settings apply only to it. */
    private void wasiChanged() {
        boolean wasi = wasiButton.getSelection();
        if (wasi) {
            exportCombo.setText(LaunchTarget.WASI_ENTRY);
        }
        exportCombo.setEnabled(!wasi);
        workingDirectoryText.setEnabled(wasi);
        workingDirectoryButton.setEnabled(wasi);
        preopensText.setEnabled(wasi);
        argumentsLabel.setText(wasi ? "Program &arguments:" : "&Arguments:");
        argumentsHint.setText(wasi
                ? "The program's arguments (argv[1] on; argv[0] is the file name), separated by spaces;"
                        + " quote one that contains spaces. The environment is on the Environment tab."
                : "Separated by spaces, one per parameter: integers (10, -3, 0x1f), floats (1.5, 0x1p-3, inf, nan),"
                        + " references (null or a number).");
        argumentsHint.getParent().layout(true);
        changed();
    }

    private List<String> exportNames() {
        IFile file = currentFile();
        if (file == null) {
            return List.of();
        }
        try {
            return EntryPoint.exportedFunctions(cache.load(file).module).stream().map(EntryPoint::name).toList();
        } catch (CoreException e) {
            return List.of();
        }
    }

    private void changed() {
        signatureLabel.setText(signature());
        if (!initializing) {
            updateLaunchConfigurationDialog();
        }
    }

    private String signature() {
        IFile file = currentFile();
        if (file == null) {
            return "";
        }
        try {
            return EntryPoint.find(cache.load(file).module, exportCombo.getText().trim()).type().toString();
        } catch (CoreException e) {
            return "";
        }
    }

    // ---------------------------------------------------------------- the configuration

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy config) {
        IFile file = WasmDebugUI.selectedModule();
        if (file == null) {
            return;
        }
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, file.getProject().getName());
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, file.getProjectRelativePath().toString());
        try {
            ValidModule module = ModuleFiles.load(file);
            EntryPoint entry = Wasi.isImportedBy(module.module) ? LaunchTarget.wasiEntry(module.module)
                    : EntryPoint.conventional(module.module);
            if (entry != null) {
                config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, entry.name());
            }
        } catch (CoreException e) {
            // no export to propose: the tab will say what is wrong with the module
        }
    }

    @Override
    public void initializeFrom(ILaunchConfiguration config) {
        initializing = true;
        try {
            projectText.setText(attribute(config, WasmLaunchConstants.ATTR_PROJECT));
            moduleText.setText(attribute(config, WasmLaunchConstants.ATTR_MODULE));
            exportCombo.setText(attribute(config, WasmLaunchConstants.ATTR_EXPORT));
            argumentsText.setText(attribute(config, WasmLaunchConstants.ATTR_ARGUMENTS));
            wasiButton.setSelection(isWasi(config));
            workingDirectoryText.setText(attribute(config, WasmLaunchConstants.ATTR_WORKING_DIRECTORY));
            preopensText.setText(String.join(preopensText.getLineDelimiter(), preopens(config)));
            suspendOnTrapButton.setSelection(booleanAttribute(config, WasmLaunchConstants.ATTR_SUSPEND_ON_TRAP, true));
            stopAtEntryButton.setSelection(booleanAttribute(config, WasmLaunchConstants.ATTR_STOP_AT_ENTRY, false));
            stopAtInstantiationButton.setSelection(
                    booleanAttribute(config, WasmLaunchConstants.ATTR_STOP_AT_INSTANTIATION, false));
            wasiChanged();
        } finally {
            initializing = false;
        }
    }

    private static String attribute(ILaunchConfiguration config, String name) {
        try {
            return config.getAttribute(name, "");
        } catch (CoreException e) {
            return "";
        }
    }

    private boolean isWasi(ILaunchConfiguration config) {
        try {
            IFile file = ModuleFiles.resolve(attribute(config, WasmLaunchConstants.ATTR_PROJECT),
                    attribute(config, WasmLaunchConstants.ATTR_MODULE));
            return LaunchTarget.isWasi(config, cache.load(file).module);
        } catch (CoreException e) {
            try {
                return config.getAttribute(WasmLaunchConstants.ATTR_WASI, false);
            } catch (CoreException e2) {
                return false;
            }
        }
    }

    private static List<String> preopens(ILaunchConfiguration config) {
        try {
            return config.getAttribute(WasmLaunchConstants.ATTR_PREOPENS, List.of());
        } catch (CoreException e) {
            return List.of();
        }
    }

    private static boolean booleanAttribute(ILaunchConfiguration config, String name, boolean otherwise) {
        try {
            return config.getAttribute(name, otherwise);
        } catch (CoreException e) {
            return otherwise;
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy config) {
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, projectText.getText().trim());
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, moduleText.getText().trim());
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, exportCombo.getText().trim());
        config.setAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, argumentsText.getText().trim());
        config.setAttribute(WasmLaunchConstants.ATTR_WASI, wasiButton.getSelection());
        config.setAttribute(WasmLaunchConstants.ATTR_WORKING_DIRECTORY, workingDirectoryText.getText().trim());
        config.setAttribute(WasmLaunchConstants.ATTR_PREOPENS, List.of(preopensText.getText().split("\\R")).stream()
                .map(String::trim).filter(line -> !line.isEmpty()).toList());
        config.setAttribute(WasmLaunchConstants.ATTR_SUSPEND_ON_TRAP, suspendOnTrapButton.getSelection());
        config.setAttribute(WasmLaunchConstants.ATTR_STOP_AT_ENTRY, stopAtEntryButton.getSelection());
        config.setAttribute(WasmLaunchConstants.ATTR_STOP_AT_INSTANTIATION, stopAtInstantiationButton.getSelection());
        IFile file = currentFile();
        config.setMappedResources(file == null ? null : new IFile[] { file });
    }

    /** Checks the configuration as the launcher will, and shows the first problem. */
    @Override
    public boolean isValid(ILaunchConfiguration config) {
        setErrorMessage(null);
        setMessage(null);
        try {
            IFile file = ModuleFiles.resolve(attribute(config, WasmLaunchConstants.ATTR_PROJECT),
                    attribute(config, WasmLaunchConstants.ATTR_MODULE));
            ValidModule module = cache.load(file);
            if (LaunchTarget.isWasi(config, module.module)) {
                LaunchTarget.wasiEntry(module.module);
                WasiSettings.of(config, file);
                return true;
            }
            EntryPoint entry = EntryPoint.find(module.module, attribute(config, WasmLaunchConstants.ATTR_EXPORT));
            entry.arguments(attribute(config, WasmLaunchConstants.ATTR_ARGUMENTS));
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }

    @Override
    public String getName() {
        return "Main";
    }

    @Override
    public Image getImage() {
        return WasmDebugUI.moduleImage();
    }

    @Override
    public String getId() {
        return "org.wasmscope.debug.ui.mainTab";
    }
}
