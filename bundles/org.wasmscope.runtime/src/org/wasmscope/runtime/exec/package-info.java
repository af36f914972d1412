/**
 * Execution (spec chapter 4): instantiation, the pre-decoded code and the interpreter that runs it.
 *
 * <ul>
 * <li>{@link org.wasmscope.runtime.exec.Instantiator}: instantiate a module (spec 4.5.4), with or without
 * invoking its start function.</li>
 * <li>{@link org.wasmscope.runtime.exec.Interpreter}: invoke a function, evaluate a constant expression.</li>
 * <li>{@link org.wasmscope.runtime.exec.Machine}: the running state (value stack, frames, position) with
 * run, step, step over, step out, pause, and read-only views for the debugger. Its loop has a case per
 * instruction, by the spec's sections, then the superinstructions.</li>
 * <li>{@link org.wasmscope.runtime.exec.Code} and {@code Compiler}: a function pre-decoded once into an int
 * array with resolved branches, and its breakpoints.</li>
 * <li>{@code Op}: the operation codes in that array: each non-vector instruction's opcode ordinal, forms
 * for a known operand shape (a v128 local, a branch that moves no values), the fused operations, and the
 * debugger's STOP and BREAK.</li>
 * <li>{@code Fusion}: the runs of adjacent instructions that freely running code executes as one fused
 * operation (a superinstruction); a step or a breakpoint still sees each instruction.</li>
 * <li>{@code IntOps}, {@code FloatOps}, {@code Conversions}, {@code MemoryOps}, {@code TableOps}: the
 * operators and instructions that are more than one Java expression; {@code Traps}: the trap messages.</li>
 * </ul>
 *
 * <p>Why a rule is often finished outside the machine's loop: the loop is one method, which HotSpot
 * compiles only while it has less than 8000 bytes of bytecode (HugeMethodLimit; LoopSizeTest checks it),
 * and into which it inlines little, its budget for a compilation being about as large. So instructions
 * rare in hot code run from one case per group in helpers ({@code Convert} with {@code Conversions},
 * {@code RareFloatOps} with {@code FloatOps}, {@code BulkOps} with {@code TableOps} and {@code MemoryOps},
 * {@code VectorVariables}, {@code simd.Simd}); work that can be done once is done by {@code Compiler}
 * (branch targets, heights and arities, br_table's too); a case keeps only the common path and calls a
 * helper for the rest ({@code TableOps.callTarget}, {@code MemoryOps.grow} and {@code MemInst.grow},
 * {@code IntOps} for the division traps). The room this leaves goes to the superinstructions.
 */
package org.wasmscope.runtime.exec;
