/**
 * The Control Labels view: the selected frame's labels, innermost first so that a row's number is the label
 * index a branch names, with kind, block type, arity, continuation and height, and the label a branch at the
 * current instruction would take emphasized. Builds its rows from a snapshot with the {@code common} package
 * only; no SWT of its own.
 */
package org.wasmscope.views.labels;
