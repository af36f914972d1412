package org.wasmscope.debug.core.launching;

import org.wasmscope.debug.core.WasmDebugCore;

/** The WebAssembly launch configuration type, its attributes and the exit values of its processes. */
public final class WasmLaunchConstants {
    /** The launch configuration type "WebAssembly", modes run and debug. */
    public static final String LAUNCH_TYPE_ID = WasmDebugCore.PLUGIN_ID + ".launchType";

    /** String: the name of the workspace project holding the module. */
    public static final String ATTR_PROJECT = WasmDebugCore.PLUGIN_ID + ".project";
    /** String: the module file ({@code .wat} or {@code .wasm}), relative to the project. */
    public static final String ATTR_MODULE = WasmDebugCore.PLUGIN_ID + ".module";
    /** String: the name of the exported function to invoke. */
    public static final String ATTR_EXPORT = WasmDebugCore.PLUGIN_ID + ".export";
    /**
     * String: the arguments, separated by white space, each read as a value of the corresponding parameter
     * type the way the command line reads them ({@code 10}, {@code 0x1f}, {@code 1.5}, {@code nan}, ...).
     */
    public static final String ATTR_ARGUMENTS = WasmDebugCore.PLUGIN_ID + ".arguments";
    /** Boolean, default true: in debug mode, a trap suspends at the trapping instruction. */
    public static final String ATTR_SUSPEND_ON_TRAP = WasmDebugCore.PLUGIN_ID + ".suspendOnTrap";
    /**
     * Boolean, default false: in debug mode, suspend before the first instruction of the entry point (the
     * invoked export, or {@code _start}); a module's start function, which runs before, is not stopped in.
     */
    public static final String ATTR_STOP_AT_ENTRY = WasmDebugCore.PLUGIN_ID + ".stopAtEntry";
    /**
     * Boolean, default false: in debug mode, suspend before the first instruction instantiation executes
     * (the segments' initialization, then the start function), the module instance just allocated.
     */
    public static final String ATTR_STOP_AT_INSTANTIATION = WasmDebugCore.PLUGIN_ID + ".stopAtInstantiation";
    /**
     * Boolean: run the module as a WASI program, {@code _start} with the WASI preview1 host, the program
     * arguments in {@link #ATTR_ARGUMENTS} and the environment of the standard Environment tab. Absent:
     * true if the module imports {@code wasi_snapshot_preview1}.
     */
    public static final String ATTR_WASI = WasmDebugCore.PLUGIN_ID + ".wasi";
    /**
     * List of strings, WASI mode: the preopened directories, each {@code HOST::GUEST} or {@code HOST} (the
     * guest name is then HOST as written); a relative HOST is relative to the working directory.
     */
    public static final String ATTR_PREOPENS = WasmDebugCore.PLUGIN_ID + ".preopens";
    /** String, WASI mode: the directory relative preopens start from; empty: the module file's folder. */
    public static final String ATTR_WORKING_DIRECTORY = WasmDebugCore.PLUGIN_ID + ".workingDirectory";

    /**
     * Strings: the resource limits, one attribute per name of {@code ResourceLimits.NAMES} after this prefix
     * (e.g. {@code ...limit.max-memory}), each as the command line's option takes it; absent or empty: the
     * default. Debug mode leaves out fuel and timeout (a person decides how long to run).
     */
    public static final String ATTR_LIMIT_PREFIX = WasmDebugCore.PLUGIN_ID + ".limit.";

    /** Exit value: the function returned. */
    public static final int EXIT_OK = 0;
    /** Exit value: instantiation failed to link the module's imports (as the command line's bad input). */
    public static final int EXIT_LINK_ERROR = 2;
    /** Exit value: execution trapped (as the command line's). */
    public static final int EXIT_TRAP = 3;
    /** Exit value: an exception that no handler caught left the invoked function (3.0). */
    public static final int EXIT_EXCEPTION = 4;
    /** Exit value of a WASI program that trapped (as the command line's {@code run}: 128 + SIGABRT). */
    public static final int EXIT_WASI_TRAP = 134;
    /** Exit value: the user terminated the run (as a shell reports a process ended by SIGTERM). */
    public static final int EXIT_TERMINATED = 143;
    /** Exit value: the runtime failed unexpectedly (a bug; logged). */
    public static final int EXIT_INTERNAL_ERROR = 70;

    private WasmLaunchConstants() {
    }
}
