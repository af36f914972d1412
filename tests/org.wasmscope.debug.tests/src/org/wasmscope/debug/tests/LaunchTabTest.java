package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.launching.LaunchTarget;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.ui.launching.WasmLimitsTab;
import org.wasmscope.debug.ui.launching.WasmMainTab;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.tests.support.workbench.Workbench;

/** The Main tab: its export combo and its validation messages. */
class LaunchTabTest {
    private Shell shell;

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    /** The tab in a shell of its own, initialized from {@code config}. */
    private WasmMainTab tab(ILaunchConfiguration config) {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        WasmMainTab tab = new WasmMainTab();
        tab.setLaunchConfigurationDialog(new Dialog());
        tab.createControl(shell);
        tab.initializeFrom(config);
        shell.setSize(600, 400);
        shell.open();
        return tab;
    }

    @Test
    void aGoodConfigurationIsValidAndTheComboListsTheExports() throws Exception {
        ILaunchConfigurationWorkingCopy wc = Launches.config(Workbench.file("factorial.wat"), "fac", "5");
        WasmMainTab tab = tab(wc);
        assertTrue(tab.isValid(wc), tab.getErrorMessage());
        assertNull(tab.getErrorMessage());
        Combo combo = find(tab.getControl(), Combo.class);
        assertEquals(List.of("fac", "main"), Arrays.asList(combo.getItems()));
        assertEquals("fac", combo.getText());

        combo.setText("main");
        ILaunchConfigurationWorkingCopy applied = wc.copy("applied");
        tab.performApply(applied);
        assertEquals("main", applied.getAttribute(WasmLaunchConstants.ATTR_EXPORT, ""));
        assertTrue(applied.getAttribute(WasmLaunchConstants.ATTR_SUSPEND_ON_TRAP, false), "suspend on trap by default");
        assertFalse(applied.getAttribute(WasmLaunchConstants.ATTR_STOP_AT_INSTANTIATION, true),
                "no stop at instantiation by default");
        assertEquals(Workbench.file("factorial.wat"), applied.getMappedResources()[0]);
    }

    @Test
    void validationExplainsWhatIsWrong() throws Exception {
        assertInvalid("factorial.wat", "fac", "", "\"fac\" (func (param i64) (result i64)) takes 1 argument(s), got 0.");
        assertInvalid("factorial.wat", "fac", "1 2", "\"fac\" (func (param i64) (result i64)) takes 1 argument(s), got 2.");
        assertInvalid("factorial.wat", "fac", "1.5", "Argument 1 of \"fac\": \"1.5\" is not a i64 value.");
        assertInvalid("factorial.wat", "square", "", "The module has no exported function \"square\"; its exported functions: fac, main.");
        assertInvalid("factorial.wat", "", "", "No exported function is selected.");
        assertInvalid("malformed.wat", "main", "", "malformed.wat: malformed module: unknown operator i32.frobnicate at 3:20");
        assertInvalid("invalid.wat", "main", "", "invalid.wat: invalid module: type mismatch");

        ILaunchConfigurationWorkingCopy wc = Launches.config(Workbench.file("factorial.wat"), "main", "");
        wc.setAttribute(WasmLaunchConstants.ATTR_MODULE, "missing.wat");
        assertInvalid(wc, "The module file \"missing.wat\" does not exist in project \"WasmScope Tests\".");
        wc.setAttribute(WasmLaunchConstants.ATTR_PROJECT, "No Such Project");
        assertInvalid(wc, "The project \"No Such Project\" does not exist.");
        wc.setAttribute(WasmLaunchConstants.ATTR_PROJECT, "");
        assertInvalid(wc, "No project is selected.");
    }

    @Test
    void theLimitsTabKeepsTheOptionsAndRefusesWrongValues() throws Exception {
        ILaunchConfigurationWorkingCopy wc = Launches.config(Workbench.file("factorial.wat"), "fac", "5");
        wc.setAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + "max-memory", "64m");
        wc.setAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + "fuel", "1000000");
        wc.setAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + "max-heap", "100k");
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        WasmLimitsTab tab = new WasmLimitsTab();
        tab.setLaunchConfigurationDialog(new Dialog());
        tab.createControl(shell);
        tab.initializeFrom(wc);
        shell.setSize(600, 300);
        shell.open();
        assertTrue(tab.isValid(wc), tab.getErrorMessage());
        assertEquals(64L << 20, LaunchTarget.limits(wc).maxMemoryBytes());
        assertEquals(1_000_000, LaunchTarget.limits(wc).fuel());
        assertEquals(100 << 10, LaunchTarget.limits(wc).maxHeapBytes());
        assertEquals(ResourceLimits.DEFAULT.maxDepth(), LaunchTarget.limits(wc).maxDepth());
        shell.forceActive(); // above a dialog another test may have left
        Workbench.pump(300);
        Workbench.screenshotOf(shell, "launch-limits-tab");

        ILaunchConfigurationWorkingCopy applied = wc.copy("applied");
        tab.performApply(applied);
        assertEquals("64m", applied.getAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + "max-memory", ""));
        wc.setAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + "timeout", "soon");
        assertTrue(!tab.isValid(wc));
        assertEquals("Limits: timeout cannot take 'soon'.", tab.getErrorMessage());
    }

    private void assertInvalid(String file, String export, String args, String message) throws Exception {
        assertInvalid(Launches.config(Workbench.file(file), export, args), message);
    }

    private void assertInvalid(ILaunchConfigurationWorkingCopy wc, String message) {
        WasmMainTab tab = tab(wc);
        assertTrue(!tab.isValid(wc), "should be invalid: " + message);
        assertTrue(tab.getErrorMessage().startsWith(message), tab.getErrorMessage());
        shell.dispose();
        shell = null;
    }

    /** The real launch configuration dialog on a WebAssembly configuration, shown and photographed. */
    @Test
    void theDialogShowsTheMainTab() throws Exception {
        ILaunchConfiguration config = Launches.config(Workbench.file("factorial.wat"), "fac", "").doSave();
        try {
            Display display = Display.getCurrent();
            List<String> shots = new ArrayList<>();
            display.timerExec(500, new Runnable() {
                private int tries;

                @Override
                public void run() {
                    Shell dialog = dialogShell(display);
                    if ((dialog == null || ++tries < 4) && tries < 60) { // let it open and paint
                        display.timerExec(500, this);
                        return;
                    }
                    if (dialog == null) {
                        shots.add("no dialog");
                        return;
                    }
                    try {
                        Workbench.screenshotOf(dialog, "launch-dialog-main-tab");
                        shots.add(dialog.getText());
                    } catch (Exception e) {
                        shots.add("failed: " + e);
                    }
                    dialog.close();
                }
            });
            DebugUITools.openLaunchConfigurationDialogOnGroup(Workbench.page().getWorkbenchWindow().getShell(),
                    new StructuredSelection(config), IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
            assertEquals(1, shots.size());
            assertEquals("Run Configurations", shots.get(0));
        } finally {
            config.delete();
        }
    }

    private static Shell dialogShell(Display display) {
        Shell workbench = Workbench.page().getWorkbenchWindow().getShell();
        for (Shell s : display.getShells()) {
            if (s != workbench && s.isVisible()) {
                return s;
            }
        }
        return null;
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The little of the launch configuration dialog a tab uses when it is not in one (WasiLaunchTest uses it too). */
    static final class Dialog implements ILaunchConfigurationDialog {
        @Override
        public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable) {
        }

        @Override
        public void updateButtons() {
        }

        @Override
        public void updateMessage() {
        }

        @Override
        public void setName(String name) {
        }

        @Override
        public String generateName(String name) {
            return name;
        }

        @Override
        public ILaunchConfigurationTab[] getTabs() {
            return new ILaunchConfigurationTab[0];
        }

        @Override
        public ILaunchConfigurationTab getActiveTab() {
            return null;
        }

        @Override
        public String getMode() {
            return "run";
        }

        @Override
        public void setActiveTab(ILaunchConfigurationTab tab) {
        }

        @Override
        public void setActiveTab(int index) {
        }
    }
}
