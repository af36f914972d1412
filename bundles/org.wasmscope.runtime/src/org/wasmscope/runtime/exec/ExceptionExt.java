package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.TagInst;

/**
 * The exception instructions (3.0, spec 4.4.8): {@code throw} makes an exception instance of a tag with the
 * tag's parameters as payload, {@code throw_ref} throws an existing one again; both hand it to
 * {@link Machine#throwException}, which unwinds to the innermost handler that catches it. {@code try_table}
 * itself executes as a block: its handler is looked at only here.
 */
final class ExceptionExt {
    private ExceptionExt() {
    }

    // Ext sub-operations 50..99
    static final int THROW = 50;
    static final int THROW_REF = 51;

    /**
     * throw x: the payload stays on the operand stack until a handler takes it (or for the debugger), so
     * that its references stay roots while the heap takes room for the exception (it may collect).
     */
    static void throwTag(Machine m, int instr) {
        TagInst tag = m.current().module.tags[m.current().instrs[instr].x];
        int n = Slots.of(tag.type.params);
        long[] payload = m.store().heap().newSlots(n, true);
        System.arraycopy(m.stack, m.sp - n, payload, 0, n);
        ExnInst exn = m.store().allocException(tag, payload);
        m.throwException(exn);
    }

    /** throw_ref: the exnref on top, unless null. */
    static void throwRef(Machine m) {
        long ref = m.stack[m.sp - 1];
        if (ref == Value.NULL_REF) {
            throw Traps.nullExceptionReference();
        }
        m.throwException(m.store().exception(ref));
    }
}
