package org.wasmscope.views.tests;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.tests.support.workbench.Workbench;

/** Debug launches of the test project's modules, as Debug As starts them, for the tests that need the debug model too. */
final class DebugLaunches {
    private DebugLaunches() {
    }

    /** Debugs {@code export} of {@code file} (of the test project, examples included); the perspective stays as it is. */
    static ILaunch debug(String file, String export) throws Exception {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        Workbench.file(file);
        ILaunchConfigurationWorkingCopy config = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID).newInstance(null, file);
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, Workbench.PROJECT);
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, file);
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, export);
        return config.launch(ILaunchManager.DEBUG_MODE, null);
    }

    /** The launch's thread, once suspended. */
    static IThread suspended(ILaunch launch, String what) throws DebugException {
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor(what, 20, thread::isSuspended);
        return thread;
    }

    /** Waits until the Debug view shows a row {@code label} (a frame's, a thread's). */
    static void waitForDebugView(String label) {
        Tree tree = (Tree) ((IDebugView) Workbench.page().findView(IDebugUIConstants.ID_DEBUG_VIEW)).getViewer().getControl();
        Workbench.waitFor("the Debug view's " + label, 20, () -> find(tree.getItems(), label) != null);
    }

    /** The item reading {@code label} among {@code items} and their open children, or null. */
    static TreeItem find(TreeItem[] items, String label) {
        for (TreeItem item : items) {
            if (label.equals(item.getText())) {
                return item;
            }
            TreeItem inner = item.getExpanded() ? find(item.getItems(), label) : null;
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Ends every launch, removes them and every breakpoint, closes the editors. */
    static void removeAll() throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch launch : manager.getLaunches()) {
            if (!launch.isTerminated()) {
                launch.terminate();
            }
        }
        manager.removeLaunches(manager.getLaunches());
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        Workbench.page().closeAllEditors(false);
    }
}
