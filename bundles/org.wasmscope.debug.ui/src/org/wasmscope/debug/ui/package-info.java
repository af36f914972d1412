/**
 * WasmScope's debugger in the workbench: launch tabs and shortcuts, the {@code .wat} and disassembly
 * editors, breakpoint toggling and the debug model's presentation. This package holds the bundle's identity,
 * the WebAssembly icon and how commands find the module a person is looking at (in the active editor or the
 * selection). The bundle may use SWT, JFace, the workbench, the text editors and the Debug UI; what is not
 * shown (checking and launching configurations, the debug model, breakpoints, source lookup) it leaves to
 * debug.core, and it loads modules only through debug.core.
 */
package org.wasmscope.debug.ui;
