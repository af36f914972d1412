/**
 * Execution (spec chapter 4): the pre-decoded code and the interpreter that runs it.
 *
 * <ul>
 * <li>{@link org.wasmscope.runtime.exec.Interpreter}: invoke a function, evaluate a constant expression.</li>
 * <li>{@link org.wasmscope.runtime.exec.Machine}: the running state (value stack, frames, position) with
 * run, step, step over, step out, pause, and read-only views for the debugger.</li>
 * <li>{@link org.wasmscope.runtime.exec.Code} and {@code Compiler}: a function pre-decoded once into an int
 * array with resolved branches, and its breakpoints.</li>
 * <li>{@code IntOps}, {@code FloatOps}, {@code Conversions}, {@code MemoryOps}, {@code TableOps}: the
 * operators and instructions that are more than one Java expression; {@code Traps}: the trap messages.</li>
 * </ul>
 */
package org.wasmscope.runtime.exec;
