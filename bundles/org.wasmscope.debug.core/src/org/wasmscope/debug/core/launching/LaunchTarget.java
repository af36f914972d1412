package org.wasmscope.debug.core.launching;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.wasi.Wasi;

/**
 * What a launch configuration asks to run, checked: the module file, loaded and valid, the exported
 * function and its arguments as values of its parameter types, or, for a WASI program ({@code wasi} not
 * null), {@code _start} and the program's settings. The launch tab shows the message of the first check
 * that fails; the delegate refuses to launch with it.
 */
public record LaunchTarget(IFile file, ValidModule module, EntryPoint entry, Value[] arguments, WasiSettings wasi,
        ResourceLimits limits) {
    /** The entry point of a WASI command. */
    public static final String WASI_ENTRY = "_start";

    public static LaunchTarget of(ILaunchConfiguration config) throws CoreException {
        IFile file = ModuleFiles.resolve(config.getAttribute(WasmLaunchConstants.ATTR_PROJECT, ""),
                config.getAttribute(WasmLaunchConstants.ATTR_MODULE, ""));
        ValidModule valid = ModuleFiles.load(file);
        ResourceLimits limits = limits(config);
        if (isWasi(config, valid.module)) {
            return new LaunchTarget(file, valid, wasiEntry(valid.module), new Value[0], WasiSettings.of(config, file),
                    limits);
        }
        EntryPoint entry = EntryPoint.find(valid.module, config.getAttribute(WasmLaunchConstants.ATTR_EXPORT, ""));
        return new LaunchTarget(file, valid, entry,
                entry.arguments(config.getAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, "")), null, limits);
    }

    /** The resource limits {@code config} sets, the others by default. */
    public static ResourceLimits limits(ILaunchConfiguration config) throws CoreException {
        ResourceLimits limits = ResourceLimits.DEFAULT;
        for (String name : ResourceLimits.NAMES) {
            String value = config.getAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + name, "");
            if (!value.isBlank()) {
                try {
                    limits = limits.with(name, value);
                } catch (IllegalArgumentException e) {
                    throw WasmDebugCore.error("Limits: " + e.getMessage() + ".");
                }
            }
        }
        return limits;
    }

    /** Whether {@code config} runs {@code module} as a WASI program; by default, if it imports WASI. */
    public static boolean isWasi(ILaunchConfiguration config, Module module) throws CoreException {
        return config.getAttribute(WasmLaunchConstants.ATTR_WASI, Wasi.isImportedBy(module));
    }

    /** {@code _start}, which must take and return nothing. */
    public static EntryPoint wasiEntry(Module module) throws CoreException {
        EntryPoint entry = EntryPoint.find(module, WASI_ENTRY);
        if (entry.type().params.length != 0 || entry.type().results.length != 0) {
            throw WasmDebugCore.error("A WASI program's \"_start\" must take and return nothing, not " + entry.type() + ".");
        }
        return entry;
    }
}
