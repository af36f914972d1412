/**
 * What the four machine views share: the {@code MachineView} base class with its empty state, header,
 * number-format toggle and Copy; its input, a suspended runtime {@code Session} with the snapshot taken at
 * the suspension and the selected frame; the binding that feeds a view from its window's debug context and
 * debug events (any debug element that adapts to a {@code Session} will do, so the views depend on no debug
 * model, WasmScope's included); the tree of {@code Row}s with change highlighting and kept expansion; and
 * the texts of values, types and suspensions in the specification's notation. Uses SWT, JFace, the
 * workbench, the Debug UI's debug context and the runtime's snapshots.
 */
package org.wasmscope.views.common;
