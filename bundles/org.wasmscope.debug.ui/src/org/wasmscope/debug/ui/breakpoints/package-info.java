/**
 * Breakpoints from the {@code .wat} editor: line breakpoints toggled in its ruler, a function breakpoint on
 * a {@code (func $name} line, and Run to Line through a temporary breakpoint; an adapter factory gives the
 * editor these targets. The same in the disassembly of a binary module, with instruction breakpoints (the
 * disassembly editor is its own adapter). The breakpoints themselves are debug.core's; this package only decides where they go
 * from the editor's text and selection, with the Debug UI's toggle and run-to-line actions.
 */
package org.wasmscope.debug.ui.breakpoints;
