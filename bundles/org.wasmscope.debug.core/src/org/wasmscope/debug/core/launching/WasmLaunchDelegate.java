package org.wasmscope.debug.core.launching;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.wasmscope.debug.core.model.WasmDebugTarget;

/**
 * Launches a "WebAssembly" configuration. The module, the export and the arguments are checked first,
 * so a bad configuration fails here with the reason (a CoreException) and no process is created; the
 * invocation itself then runs on its own thread, never on the caller's: in run mode a plain machine at
 * full speed, in debug mode a {@link WasmDebugTarget} on the runtime's debugging session. A WASI
 * program (see {@link LaunchTarget#wasi()}) runs {@code _start} with the WASI host in both modes.
 */
public final class WasmLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        LaunchTarget target = LaunchTarget.of(configuration);
        if (ILaunchManager.DEBUG_MODE.equals(mode)) {
            WasmDebugTarget.start(target, launch,
                    configuration.getAttribute(WasmLaunchConstants.ATTR_SUSPEND_ON_TRAP, true),
                    configuration.getAttribute(WasmLaunchConstants.ATTR_STOP_AT_ENTRY, false),
                    configuration.getAttribute(WasmLaunchConstants.ATTR_STOP_AT_INSTANTIATION, false), label(target));
        } else {
            start(target, launch);
        }
    }

    /** Starts {@code target} in run mode: a {@link WasmProcess} in {@code launch}, running on its own thread. */
    public static WasmProcess start(LaunchTarget target, ILaunch launch) {
        ProcessStreams streams = new ProcessStreams();
        ModuleRun run = new ModuleRun(target, streams);
        WasmProcess process = new WasmProcess(launch, label(target), streams, run::stop);
        run.start("WasmScope run: " + process.getLabel(), process::exited);
        return process;
    }

    /** {@code main() [factorial.wat]}, {@code fac(10) [factorial.wat]}, {@code _start(a, b) [cat.wasm]}. */
    static String label(LaunchTarget target) {
        StringBuilder b = new StringBuilder(target.entry().name()).append('(');
        if (target.wasi() != null) {
            b.append(String.join(", ", target.wasi().args()));
        }
        for (int i = 0; i < target.arguments().length; i++) {
            b.append(i == 0 ? "" : ", ").append(target.arguments()[i].valueText());
        }
        return b.append(") [").append(target.file().getName()).append(']').toString();
    }

    /** Nothing to compile: a module is run from its file as it is. */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
