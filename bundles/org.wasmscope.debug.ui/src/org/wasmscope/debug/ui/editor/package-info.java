/**
 * The editors: the {@code .wat} editor (the text format's colouring by partition and word, nested block
 * comments, matching parentheses, a ruler for breakpoints) and the read-only disassembly editor a binary
 * {@code .wasm} opens in, whose document is debug.core's disassembly listing. Uses JFace text, the
 * workbench's text editors, SWT colours and the Debug UI's ruler action for breakpoints; knows nothing of
 * launching or the debug model.
 */
package org.wasmscope.debug.ui.editor;
