/**
 * Source-level debug information: the DWARF sections ({@code .debug_line}, {@code .debug_info} and the
 * sections they refer to, versions 4 and 5) that a compiler such as clang puts into a module's custom
 * sections, read into a line table, functions with their inlined calls and scopes, C variables with their
 * types and location expressions ({@link org.wasmscope.runtime.dwarf.DebugInfo}), and C values read
 * through those locations from a suspended frame ({@link org.wasmscope.runtime.dwarf.CValue}).
 *
 * <p>Code addresses are offsets from the start of the code section's contents, as the WebAssembly DWARF
 * convention says. The sections are untrusted input: every size and offset is checked; damage makes a
 * warning and leaves out what it touches, never an exception.
 */
package org.wasmscope.runtime.dwarf;
