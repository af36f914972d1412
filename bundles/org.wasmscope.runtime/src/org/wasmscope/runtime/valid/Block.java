package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.FuncType;

/**
 * One structured control instruction of a function body, or the body itself, as validation found it:
 * the static shape from which execution resolves branches and the debugger derives the label stack
 * (spec 4.2.14, labels). Instruction indices are into {@code Func.body}.
 *
 * @param kind       FUNCTION for the body itself (index 0 of {@link FunctionCode#blocks}), else the opener
 * @param start      index of the block/loop/if/try_table instruction; -1 for the function body
 * @param elseIndex  index of the matching else of an if, or -1
 * @param end        index of the matching end
 * @param type       the block type as a function type (for the body: the function's type)
 * @param height     operand stack height, in slots, below the block's parameters when it is entered:
 *                   a branch to its label keeps its arity's values on top of this height; -1 for a block
 *                   that lies in unreachable code (it can never be entered)
 * @param parent     index in {@link FunctionCode#blocks} of the enclosing block; -1 for the body
 */
public record Block(Kind kind, int start, int elseIndex, int end, FuncType type, int height, int parent) {
    public enum Kind {
        FUNCTION, BLOCK, LOOP, IF, TRY_TABLE
    }

    /**
     * The types a branch to this block's label carries (spec: the label's arity): the parameters of a
     * loop, the results of anything else.
     */
    public org.wasmscope.runtime.syntax.ValType[] labelTypes() {
        return kind == Kind.LOOP ? type.params : type.results;
    }
}
