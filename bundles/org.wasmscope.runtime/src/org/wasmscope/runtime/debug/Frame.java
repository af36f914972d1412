package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * A call frame (spec 4.2.15: an activation of a function with its locals and module instance), with the
 * position it executes next.
 *
 * @param index        in {@link Snapshot#frames()}: 0 the invoked function, the last one the top
 * @param function     the function instance
 * @param funcIndex    its index in its module's function index space
 * @param name         from the name section or the {@code .wat} identifier, or null
 * @param module       the module instance (the frame's module, spec 4.2.15)
 * @param locals       parameters then declared locals, with current values
 * @param instrIndex   index in the body of the instruction it executes next; for a frame below the
 *                     top, its call instruction (it continues after it when the callee returns)
 * @param instr        that instruction
 * @param pos          its byte offset and source line/column
 * @param returnArity  how many values the function returns (the frame's arity)
 * @param labels       its control labels, outermost (the function body) first, innermost last
 * @param stackBase    index in {@link Snapshot#stack()} of its first operand
 * @param stackSize    how many operands it has on the stack (a frame below the top: without the
 *                     arguments it passed to its callee, which became the callee's locals)
 * @param tailCalled   whether a tail call ({@code return_call} ...) entered it: the frame of the function that
 *                     made the call was replaced by this one, so the frame below is the one this returns to
 */
public record Frame(int index, FuncInst function, int funcIndex, String name, ModuleInst module,
        List<Local> locals, int instrIndex, Instr instr, SourcePos pos, int returnArity, List<Label> labels,
        int stackBase, int stackSize, boolean tailCalled) {
    public Frame {
        locals = List.copyOf(locals);
        labels = List.copyOf(labels);
    }

    /** The function's name as every view gives it ({@link Snapshot#functionName}). */
    public String displayName() {
        return Snapshot.functionName(function);
    }

    /** The label with spec label index {@code depth} (0 innermost). */
    public Label label(int depth) {
        return labels.get(labels.size() - 1 - depth);
    }
}
