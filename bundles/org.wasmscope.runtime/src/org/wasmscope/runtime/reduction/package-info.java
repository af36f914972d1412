/**
 * The machine as the specification writes it (spec 4.1, formal notation): a suspended {@link
 * org.wasmscope.runtime.debug.Snapshot} shown as the configuration {@code (s; f; instr*)}, in which the operand
 * stack is the run of value instructions and labels, frames and handlers are administrative instructions
 * around the code they govern ({@link org.wasmscope.runtime.reduction.Configuration}); the reduction rule
 * of every instruction ({@link org.wasmscope.runtime.reduction.Rules}); and the step the machine takes next
 * or just took, with the live values written into the rule ({@link org.wasmscope.runtime.reduction.Reduction}).
 *
 * <p>Everything here is computed on demand from a snapshot: the interpreter knows nothing of it. Plain text
 * and LaTeX forms ({@link org.wasmscope.runtime.reduction.Notation}) serve the Reduction view, its copy
 * actions and {@code wasmscope trace --rules}.
 */
package org.wasmscope.runtime.reduction;
