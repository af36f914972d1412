/**
 * The WebAssembly Debug perspective: the Debug view and the editor with all four machine views in sight, and
 * the Debug platform's views in folders beside them. Uses only the workbench's perspective API and the view
 * identifiers.
 */
package org.wasmscope.views.perspective;
