package org.wasmscope.debug.core;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The bundle's identity and the one way it reports failures: CoreExceptions with an ERROR status. */
public final class WasmDebugCore {
    public static final String PLUGIN_ID = "org.wasmscope.debug.core";

    private WasmDebugCore() {
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
