package org.wasmscope.debug.ui.launching;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchListener;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;

/**
 * Opens the perspective associated with debugging a WebAssembly launch ("WebAssembly Debug", declared by the
 * debug-mode tab group in plugin.xml) as soon as such a launch starts, so that its first suspension finds the
 * workbench there and does not ask to switch. The platform itself switches on launch only when the user asked
 * for it (Run/Debug › Perspectives, "Open the associated perspective when launching", off by default): this
 * does it for WebAssembly launches unless the user has made that choice, and honours a "None" association.
 */
public final class DebugPerspectiveOnLaunch implements IStartup, ILaunchListener {
    /** The Debug UI's preference "Open the associated perspective when launching" (always, never, prompt). */
    private static final String SWITCH_ON_LAUNCH = "org.eclipse.debug.ui.switch_to_perspective";

    @Override
    public void earlyStartup() {
        DebugPlugin.getDefault().getLaunchManager().addLaunchListener(this);
    }

    @Override
    public void launchAdded(ILaunch launch) {
        String perspective = perspectiveFor(launch);
        if (perspective == null || userChoseWhenToSwitch()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> show(workbench, perspective));
    }

    /** The perspective associated with debugging a WebAssembly launch, or null for another launch or "None". */
    static String perspectiveFor(ILaunch launch) {
        ILaunchConfiguration config = launch.getLaunchConfiguration();
        if (config == null || !ILaunchManager.DEBUG_MODE.equals(launch.getLaunchMode())) {
            return null;
        }
        try {
            ILaunchConfigurationType type = config.getType();
            if (!WasmLaunchConstants.LAUNCH_TYPE_ID.equals(type.getIdentifier())) {
                return null;
            }
            String id = DebugUITools.getLaunchPerspective(type, ILaunchManager.DEBUG_MODE);
            return IDebugUIConstants.PERSPECTIVE_NONE.equals(id) ? null : id;
        } catch (CoreException e) {
            return null;
        }
    }

    private static boolean userChoseWhenToSwitch() {
        return InstanceScope.INSTANCE.getNode(IDebugUIConstants.PLUGIN_ID).get(SWITCH_ON_LAUNCH, null) != null;
    }

    private static void show(IWorkbench workbench, String perspective) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null || page.getPerspective() != null && perspective.equals(page.getPerspective().getId())) {
            return;
        }
        try {
            workbench.showPerspective(perspective, window);
        } catch (WorkbenchException e) {
            // the perspective is gone (its bundle uninstalled): stay where the user is
        }
    }

    @Override
    public void launchRemoved(ILaunch launch) {
        // nothing to undo
    }

    @Override
    public void launchChanged(ILaunch launch) {
        // the perspective was decided when the launch was added
    }
}
