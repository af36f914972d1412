package org.wasmscope.debug.core.launching;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * What a launch configuration asks to run, checked: the module file, loaded and valid, the exported
 * function and its arguments as values of its parameter types. The launch tab shows the message of the
 * first check that fails; the delegate refuses to launch with it.
 */
public record LaunchTarget(IFile file, ValidModule module, EntryPoint entry, Value[] arguments) {

    public static LaunchTarget of(ILaunchConfiguration config) throws CoreException {
        return check(config.getAttribute(WasmLaunchConstants.ATTR_PROJECT, ""),
                config.getAttribute(WasmLaunchConstants.ATTR_MODULE, ""),
                config.getAttribute(WasmLaunchConstants.ATTR_EXPORT, ""),
                config.getAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, ""));
    }

    public static LaunchTarget check(String project, String module, String export, String arguments)
            throws CoreException {
        IFile file = ModuleFiles.resolve(project, module);
        ValidModule valid = ModuleFiles.load(file);
        EntryPoint entry = EntryPoint.find(valid.module, export);
        return new LaunchTarget(file, valid, entry, entry.arguments(arguments));
    }
}
