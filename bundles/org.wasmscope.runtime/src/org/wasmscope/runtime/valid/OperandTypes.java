package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The static operand types before each instruction of a function, as validation found them (what a
 * debugger shows on the operand stack). The stacks share their common bottoms, so a whole function's take
 * memory in proportion to its pushes, not to the sum of its heights.
 */
public final class OperandTypes {
    /** A stack entry: its type (null for Unknown), the entry below it, and its height (1 at the bottom). */
    record Entry(ValType type, Entry below, int height) {
    }

    private final Entry[] before;
    /** How many instructions validation reached; beyond, {@link #error} stopped it. */
    private final int reached;
    private final InvalidException error;

    OperandTypes(Entry[] before, int reached, InvalidException error) {
        this.before = before;
        this.reached = reached;
        this.error = error;
    }

    /**
     * The types before instruction {@code instrIndex}, bottom first.
     *
     * @throws InvalidException if validation failed before reaching it
     */
    public ValType[] at(int instrIndex) {
        if (instrIndex < 0 || instrIndex >= before.length) {
            throw new IndexOutOfBoundsException("instruction " + instrIndex + " of " + before.length);
        }
        if (instrIndex >= reached) {
            throw error;
        }
        Entry e = before[instrIndex];
        ValType[] types = new ValType[e == null ? 0 : e.height()];
        for (; e != null; e = e.below()) {
            types[e.height() - 1] = e.type();
        }
        return types;
    }
}
