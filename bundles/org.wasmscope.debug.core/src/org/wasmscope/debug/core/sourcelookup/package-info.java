/**
 * Finding the source a stack frame shows: the launch's default source path (the module's project, else the
 * workspace), a director and participant that ask a frame for its module's project-relative path (a C frame
 * for its source's path, which a {@code PathMappingSourceContainer} maps from the compile directory), and
 * {@code Disassembly}, the read-only listing a binary module without a text form is shown as, with the line
 * of each instruction so that stepping always has a line to show. Uses the Debug platform's source lookup,
 * the workspace and the runtime's module listing; no UI (the editor that shows a disassembly is debug.ui's).
 */
package org.wasmscope.debug.core.sourcelookup;
