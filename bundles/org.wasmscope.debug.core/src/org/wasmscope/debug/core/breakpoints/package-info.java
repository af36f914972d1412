/**
 * WasmScope's breakpoints, kept as persistent markers on module files so that they survive restarts and show
 * in the ruler and the Breakpoints view: line breakpoints in {@code .wat} files, with a hit count, instruction
 * breakpoints in the disassembly of a binary module (found by byte offset), function breakpoints by name or
 * index, which resolve to a function of a module instance, and exception breakpoints (on the workspace root)
 * by tag or for any tag, caught or uncaught. The debug target
 * installs them into the runtime session. Uses resource markers and the Debug platform's breakpoint classes;
 * no UI (toggling them in the editor is debug.ui's).
 */
package org.wasmscope.debug.core.breakpoints;
