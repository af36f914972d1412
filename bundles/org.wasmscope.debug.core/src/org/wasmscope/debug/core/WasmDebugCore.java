package org.wasmscope.debug.core;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The bundle's identity, the one way it reports failures (CoreExceptions with an ERROR status), and the
 * stepping mode of all WebAssembly debug sessions.
 */
public final class WasmDebugCore {
    public static final String PLUGIN_ID = "org.wasmscope.debug.core";

    private static volatile boolean instructionStepping;

    private WasmDebugCore() {
    }

    /**
     * Whether steps execute one WebAssembly instruction even where DWARF gives source lines (the
     * "Instruction Stepping" toggle); by default they go by source line there.
     */
    public static boolean isInstructionStepping() {
        return instructionStepping;
    }

    public static void setInstructionStepping(boolean on) {
        instructionStepping = on;
    }

    public static IStatus errorStatus(String message, Throwable cause) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
    }

    public static CoreException error(String message) {
        return new CoreException(errorStatus(message, null));
    }

    public static CoreException error(String message, Throwable cause) {
        return new CoreException(errorStatus(message, cause));
    }
}
