package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.console.TextConsole;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.tests.support.workbench.Workbench;

/** Launch configurations for the tests and what their processes showed. */
final class Launches {
    private Launches() {
    }

    static ILaunchManager manager() {
        return DebugPlugin.getDefault().getLaunchManager();
    }

    /** An unsaved configuration of the WebAssembly type. */
    static ILaunchConfigurationWorkingCopy config(IFile file, String export, String arguments) throws CoreException {
        ILaunchConfigurationType type = manager().getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager().generateLaunchConfigurationName(
                file.getName() + " " + export));
        wc.setAttribute(WasmLaunchConstants.ATTR_PROJECT, file.getProject().getName());
        wc.setAttribute(WasmLaunchConstants.ATTR_MODULE, file.getProjectRelativePath().toString());
        wc.setAttribute(WasmLaunchConstants.ATTR_EXPORT, export);
        wc.setAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, arguments);
        return wc;
    }

    static ILaunch run(ILaunchConfiguration config) throws CoreException {
        return config.launch(ILaunchManager.RUN_MODE, null);
    }

    static IProcess process(ILaunch launch) {
        assertEquals(1, launch.getProcesses().length, "processes of the launch");
        return launch.getProcesses()[0];
    }

    static void waitTerminated(ILaunch launch, int seconds) {
        Workbench.waitFor("the end of " + launch.getLaunchConfiguration().getName(), seconds, launch::isTerminated);
    }

    /** The text of the process's console, once it contains {@code expected}. */
    static String consoleText(IProcess process, String expected) {
        Workbench.waitFor("console text \"" + expected + "\"", 20,
                () -> consoleOf(process) != null && consoleOf(process).getDocument().get().contains(expected));
        return consoleOf(process).getDocument().get();
    }

    static TextConsole consoleOf(IProcess process) {
        return DebugUITools.getConsole(process) instanceof TextConsole c ? c : null;
    }

    static void removeAll() throws CoreException {
        for (ILaunch launch : manager().getLaunches()) {
            if (!launch.isTerminated()) {
                launch.terminate();
            }
        }
        Workbench.waitFor("launches to end", 20, () -> {
            for (ILaunch l : manager().getLaunches()) {
                if (!l.isTerminated()) {
                    return false;
                }
            }
            return true;
        });
        manager().removeLaunches(manager().getLaunches());
    }
}
