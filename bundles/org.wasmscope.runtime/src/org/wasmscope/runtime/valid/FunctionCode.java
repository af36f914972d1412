package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.ValType;

/**
 * What validation learned about one function body, computed once and used by the interpreter's
 * pre-decoder and by the debugger's snapshots.
 *
 * <ul>
 * <li>{@link #blocks}: the static block structure, index 0 being the function body;</li>
 * <li>{@link #blockAt}: for each instruction index, the index in {@link #blocks} of the block whose label
 * is label 0 while that instruction executes (for block/loop/if: the enclosing one; for else and end:
 * the block they belong to);</li>
 * <li>{@link #height}: for each instruction index, the operand stack height in slots before it executes
 * (v128 counts two slots, everything else one), or -1 where the code is unreachable;</li>
 * <li>{@link #localTypes}: parameters then declared locals; {@link #localSlot}: each local's first slot
 * (the frame's locals occupy {@link #localSlots} slots below the operand stack);</li>
 * <li>{@link #maxHeight}: the largest operand stack height in slots.</li>
 * </ul>
 */
public final class FunctionCode {
    /** The function's index in the module's function index space. */
    public final int funcIndex;
    public final Block[] blocks;
    public final int[] blockAt;
    public final int[] height;
    public final ValType[] localTypes;
    public final int[] localSlot;
    public final int localSlots;
    public final int maxHeight;

    public FunctionCode(int funcIndex, Block[] blocks, int[] blockAt, int[] height, ValType[] localTypes,
            int[] localSlot, int localSlots, int maxHeight) {
        this.funcIndex = funcIndex;
        this.blocks = blocks;
        this.blockAt = blockAt;
        this.height = height;
        this.localTypes = localTypes;
        this.localSlot = localSlot;
        this.localSlots = localSlots;
        this.maxHeight = maxHeight;
    }

    /**
     * The block that label {@code labelIndex} refers to while instruction {@code instrIndex} executes
     * (label 0 is the innermost).
     */
    public Block label(int instrIndex, int labelIndex) {
        int b = blockAt[instrIndex];
        for (int k = 0; k < labelIndex; k++) {
            b = blocks[b].parent();
        }
        return blocks[b];
    }
}
