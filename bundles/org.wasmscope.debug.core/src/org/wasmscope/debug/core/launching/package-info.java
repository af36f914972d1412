/**
 * Launching a "WebAssembly" configuration: the launch type's attributes and exit values; finding and loading
 * a module in the workspace with errors a person can act on; the checked {@code LaunchTarget} (module, entry
 * point and arguments, or a WASI program's settings) that the launch tab and the delegate share; and the
 * delegate, which runs the module at full speed on a thread of its own in run mode and hands it to a debug
 * target of the {@code model} package in debug mode. Both modes set the module up with {@code LaunchSetup}
 * (store, imports, instantiation, the invocations to run, exit values). Either way the module runs in the
 * workbench's JVM as an {@code IProcess} whose streams feed the Console and take a WASI program's standard
 * input. Uses the runtime (load, validate, instantiate, invoke, the WASI host), the workspace and the Debug
 * platform's core; no UI.
 */
package org.wasmscope.debug.core.launching;
