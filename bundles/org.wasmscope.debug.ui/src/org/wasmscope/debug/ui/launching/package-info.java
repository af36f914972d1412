/**
 * Launching from the workbench: the WebAssembly configuration's tab group, the Main tab (module, export and
 * arguments, or a WASI program's arguments, working directory and preopened directories), which validates
 * with debug.core's checks of a configuration as it is edited, and the Run As / Debug As shortcuts for
 * {@code .wat} and {@code .wasm} files and editors, which reuse or create a configuration. Uses SWT, JFace,
 * the Debug UI and debug.core's launching package; reads a module's exports and imports through debug.core.
 */
package org.wasmscope.debug.ui.launching;
