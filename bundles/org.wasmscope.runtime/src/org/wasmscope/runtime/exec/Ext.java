package org.wasmscope.runtime.exec;

/**
 * The instructions that WebAssembly 3.0 added, run outside {@link Machine}'s loop: that method is close to
 * the size above which HotSpot no longer compiles it (see LoopSizeTest), so each new instruction costs the
 * loop one shared case ({@link Op#EXT}) instead of one case each.
 *
 * <p>The pre-decoded form is {@code EXT, sub-operation, instruction index}; the sub-operations are numbered in
 * blocks, one per class that holds their rules, so that adding to one block never renumbers another.
 * Each rule finds its immediates on the {@link org.wasmscope.runtime.syntax.Instr} at that index, reads and
 * writes the machine's state ({@code pc} is the instruction's own, {@code sp} the stack's top) and leaves
 * {@code pc} at the continuation; a trap is thrown as in the loop.
 */
final class Ext {
    private Ext() {
    }

    // Sub-operation blocks:
    //   0..49    control and references: tail calls, call_ref, br_on_null (ControlExt)
    //   50..99   exceptions (ExceptionExt)
    //   100..199 memories and tables by index, 64-bit addresses (MemoryExt)
    //   200..299 garbage-collected structs, arrays, i31 and casts (GcExt)

    /**
     * Executes sub-operation {@code sub} of the instruction at index {@code instr} of the current function.
     *
     * @return true if the invocation ended (a tail call from the entry frame returned to the host)
     */
    static boolean execute(Machine m, int sub, int instr) {
        switch (sub) {
            case MemoryExt.ACCESS, MemoryExt.VECTOR_ACCESS, MemoryExt.SIZE, MemoryExt.GROW, MemoryExt.FILL,
                    MemoryExt.COPY, MemoryExt.INIT, MemoryExt.TABLE, MemoryExt.CALL_INDIRECT:
                MemoryExt.execute(m, sub, m.cur.instrs[instr]);
                return false;
            case ExceptionExt.THROW:
                ExceptionExt.throwTag(m, instr);
                return false;
            case ExceptionExt.THROW_REF:
                ExceptionExt.throwRef(m);
                return false;
            case ControlExt.RETURN_CALL:
                return ControlExt.returnCall(m, instr);
            case ControlExt.RETURN_CALL_INDIRECT:
                return ControlExt.returnCallIndirect(m, instr);
            case ControlExt.CALL_REF:
                ControlExt.callRef(m);
                return false;
            case ControlExt.RETURN_CALL_REF:
                return ControlExt.returnCallRef(m);
            case ControlExt.REF_AS_NON_NULL:
                ControlExt.refAsNonNull(m);
                return false;
            case ControlExt.BR_ON_NULL:
                ControlExt.brOnNull(m);
                return false;
            case ControlExt.BR_ON_NON_NULL:
                ControlExt.brOnNonNull(m);
                return false;
            default:
                if (GcExt.owns(sub)) {
                    GcExt.execute(m, sub, instr);
                    return false;
                }
                throw new IllegalStateException("no extended operation " + sub);
        }
    }
}
