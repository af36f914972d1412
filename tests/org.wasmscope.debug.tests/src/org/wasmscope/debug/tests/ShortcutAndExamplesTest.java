package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.ui.examples.ExamplesProject;
import org.wasmscope.debug.ui.launching.WasmLaunchShortcut;
import org.wasmscope.tests.support.workbench.Workbench;

/** Run As › WebAssembly on files and editors, and the examples project's shared launch configurations. */
class ShortcutAndExamplesTest {

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        DebugUITools.getPreferenceStore();
        // never ask whether to switch perspective or save: the tests have nobody to answer
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PREF_BUILD_BEFORE_LAUNCH, false);
        Workbench.maximize();
    }

    @AfterEach
    void clean() throws CoreException {
        Launches.removeAll();
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void runAsOnAFileCreatesAConfigurationForMainAndRunsIt() throws Exception {
        IFile file = Workbench.file("print.wat");
        new WasmLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.RUN_MODE);
        ILaunch launch = waitForLaunch();
        ILaunchConfiguration config = launch.getLaunchConfiguration();
        assertEquals("print main", config.getName());
        assertEquals("main", config.getAttribute(WasmLaunchConstants.ATTR_EXPORT, ""));
        assertEquals(file, config.getMappedResources()[0]);
        Launches.waitTerminated(launch, 20);
        assertTrue(Launches.consoleText(launch.getProcesses()[0], "i32:42").contains("i32:7"));

        // a second Run As reuses the configuration
        Launches.removeAll();
        new WasmLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.RUN_MODE);
        ILaunch second = waitForLaunch();
        assertEquals(config, second.getLaunchConfiguration());
        Launches.waitTerminated(second, 20);
        config.delete();
    }

    /** Several configurations of one file: Run As asks which, the conventional entry point's first (as Java's asks). */
    @Test
    void runAsOnAFileWithSeveralConfigurationsAsksWhich() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        ILaunchConfiguration fac20 = Launches.config(file, "fac", "20").doSave();
        ILaunchConfiguration main = Launches.config(file, "main", "").doSave();
        List<String> offered = new ArrayList<>();
        Display display = Display.getCurrent();
        display.asyncExec(() -> {
            Shell dialog = dialog(display);
            try {
                // the dialog's list is filled in the background
                Workbench.waitFor("the configurations listed", 10, () -> tableItems(dialog).size() == 2);
                Workbench.pump(300); // painted
                Workbench.screenshotOf(dialog, "run-as-choose-configuration");
            } catch (IOException | AssertionError e) {
                offered.add(e.toString());
            } finally {
                offered.add(dialog.getText());
                offered.addAll(tableItems(dialog));
                dialog.close(); // not OK: nothing runs
            }
        });
        new WasmLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.RUN_MODE);
        assertEquals(List.of("WebAssembly", fac20.getName(), main.getName()), offered);
        assertEquals(0, Launches.manager().getLaunches().length, "cancelled");

        display.asyncExec(() -> {
            Shell dialog = dialog(display);
            try {
                Workbench.waitFor("the configurations listed", 10, () -> tableItems(dialog).size() == 2);
            } finally {
                dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event()); // OK
            }
        });
        new WasmLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.RUN_MODE);
        ILaunch launch = waitForLaunch();
        assertEquals(main, launch.getLaunchConfiguration(), "main is chosen first");
        Launches.waitTerminated(launch, 20);
        Launches.consoleText(launch.getProcesses()[0], "i64:3628800");
        fac20.delete();
        main.delete();
    }

    @Test
    void runAsInAnEditor() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), Workbench.file("trap.wat"));
        new WasmLaunchShortcut().launch(editor, ILaunchManager.RUN_MODE);
        ILaunch launch = waitForLaunch();
        Launches.waitTerminated(launch, 20);
        assertEquals(WasmLaunchConstants.EXIT_TRAP, launch.getProcesses()[0].getExitValue());
        Launches.consoleText(launch.getProcesses()[0], "trap: integer divide by zero");
        Workbench.page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        Workbench.screenshot("run-as-trap-console");
        launch.getLaunchConfiguration().delete();
    }

    /** The examples folder holds shared configurations such as "factorial main"; each runs to its result. */
    @Test
    void theExamplesLaunchConfigurationsRun() throws Exception {
        IProject examples = ExamplesProject.open(copyOfExamples().toFile(), null);
        assertEquals("UTF-8", examples.getDefaultCharset(false), "an explicit encoding: no warning in Problems");
        Workbench.waitFor("the examples' configurations", 20, () -> configs().containsKey("factorial main"));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("factorial main", "i64:3628800"),
                Map.entry("factorial fac 20", "i64:2432902008176640000"),
                Map.entry("br_table main", "i32:111"),
                Map.entry("br_table classify 1", "i32:10"),
                Map.entry("memory main", "i32:72"),
                Map.entry("call_indirect main", "i32:24"),
                Map.entry("gc_tree main", "i32:16"),
                Map.entry("call_indirect apply trap", "trap: uninitialized element 3"),
                Map.entry("exceptions main", "i32:41"),
                Map.entry("exceptions uncaught", "exception: $negative i32:-5"),
                Map.entry("tailcall main", "i64:5000050000"),
                Map.entry("memories main", "i32:72"),
                Map.entry("reduction spec", "f64:-2.625"),
                Map.entry("reduction main 3", "i32:9"));
        Map<String, ILaunchConfiguration> configs = configs();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            ILaunchConfiguration config = configs.get(e.getKey());
            assertNotNull(config, "no configuration " + e.getKey() + " in " + configs.keySet());
            assertEquals(examples.getName(), config.getAttribute(WasmLaunchConstants.ATTR_PROJECT, ""));
            assertTrue(config.getFile() != null && config.getFile().getProject().equals(examples), "shared");
            ILaunch launch = Launches.run(config);
            Launches.waitTerminated(launch, 20);
            assertTrue(Launches.consoleText(launch.getProcesses()[0], e.getValue()).contains(e.getValue()));
        }
    }

    /** The examples folder copied, since a project there would write its .project into the repository. */
    private static Path copyOfExamples() throws IOException {
        Path source = Path.of(System.getProperty("wasmscope.examples.source"));
        Path copy = Files.createTempDirectory("wasmscope-examples");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static Map<String, ILaunchConfiguration> configs() {
        Map<String, ILaunchConfiguration> byName = new HashMap<>();
        try {
            for (ILaunchConfiguration c : Launches.manager().getLaunchConfigurations()) {
                byName.put(c.getName(), c);
            }
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
        return byName;
    }

    /** The launch DebugUITools started in the background. */
    /** The open "WebAssembly" dialog. */
    private static Shell dialog(Display display) {
        return Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getText().equals("WebAssembly"))
                .findFirst().orElseThrow();
    }

    /** The rows of the first table in {@code parent}. */
    private static List<String> tableItems(Composite parent) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Table table) {
                return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
            }
            if (c instanceof Composite inner && !tableItems(inner).isEmpty()) {
                return tableItems(inner);
            }
        }
        return List.of();
    }

    private static ILaunch waitForLaunch() {
        Workbench.waitFor("a launch", 20, () -> Launches.manager().getLaunches().length > 0
                && Launches.manager().getLaunches()[0].getProcesses().length > 0);
        return Launches.manager().getLaunches()[Launches.manager().getLaunches().length - 1];
    }
}
