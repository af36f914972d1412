/**
 * How the WasmScope debug model looks in the Debug views: labels of its elements and breakpoints, and which
 * editor a frame's source opens in (the {@code .wat} editor, or the disassembly editor for a binary module).
 * Uses the Debug UI's model presentation, the workbench and the editor package; the texts come from
 * debug.core's elements.
 */
package org.wasmscope.debug.ui.presentation;
