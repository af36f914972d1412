package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * One entry of the control stack of the validation algorithm (spec appendix, "Validation Algorithm"):
 * a function body, block, loop or if being checked, with what is needed to build its {@link Block}.
 */
final class ControlFrame {
    final Block.Kind kind;
    /** Index of the opening instruction; -1 for the function body. */
    final int start;
    final FuncType type;
    /** The values pushed on entry: the block type's parameters (none for a function body). */
    final ValType[] params;
    final ValType[] results;
    /** Number of operand values below the parameters. */
    final int height;
    /** The same height in slots (v128 counts two). */
    final int slotHeight;
    /** Entered from unreachable code: nothing in it can execute, so it has no real heights. */
    final boolean dead;
    /** Index of this block in {@link FunctionCode#blocks}, and of its parent. */
    final int blockIndex;
    final int parentBlock;
    /** Set after an unconditional branch: the rest of the frame has a polymorphic stack. */
    boolean unreachable;
    /** The else of an if, once seen. */
    int elseIndex = -1;
    /** The size of the log of set locals on entry (see {@link TypeStack#set}). */
    final int setLogMark;

    ControlFrame(Block.Kind kind, int start, FuncType type, ValType[] params, int height, int slotHeight,
            boolean dead, int blockIndex, int parentBlock, int setLogMark) {
        this.kind = kind;
        this.start = start;
        this.type = type;
        this.params = params;
        this.results = type.results;
        this.height = height;
        this.slotHeight = slotHeight;
        this.dead = dead;
        this.blockIndex = blockIndex;
        this.parentBlock = parentBlock;
        this.setLogMark = setLogMark;
    }

    /** The types a branch to this frame's label carries: a loop's parameters, else its results. */
    ValType[] labelTypes() {
        return kind == Block.Kind.LOOP ? params : results;
    }

    /** Whether the code at this point can execute, so that operand heights are meaningful. */
    boolean live() {
        return !unreachable && !dead;
    }

    Block toBlock(int end) {
        return new Block(kind, start, elseIndex, end, type, dead ? -1 : slotHeight, parentBlock);
    }
}
