/**
 * The Operand Stack view: the values on the stack, top first, grouped by the frame and then the label that
 * own them, with why the machine stands (a step, a breakpoint, a trap, the results). Builds its rows from a
 * snapshot with the {@code common} package only; no SWT of its own.
 */
package org.wasmscope.views.stack;
