/**
 * WasmScope's Eclipse Debug model, launching and source lookup for WebAssembly modules, built on the
 * runtime's public and stepping API. This package holds the bundle's identity and its one way of reporting
 * failures ({@code WasmDebugCore}: CoreExceptions with an ERROR status). The whole bundle uses the Eclipse
 * core (the workspace, the Debug platform's core) and the runtime, and knows nothing of SWT, JFace or the
 * workbench: the UI bundles may use it, never the other way round.
 */
package org.wasmscope.debug.core;
