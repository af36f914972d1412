package org.wasmscope.runtime.syntax;

/**
 * A function defined by the module (spec 2.5.3): its type index, its declared locals (parameters not
 * included) and its body, a flat instruction sequence ending with {@code end}.
 */
public final class Func {
    public final int typeIndex;
    public final ValType[] locals;
    public final Instr[] body;
    /** Byte offset of the body (its size field) in the binary module, or -1 for a text module. */
    public final int bodyOffset;

    public Func(int typeIndex, ValType[] locals, Instr[] body, int bodyOffset) {
        this.typeIndex = typeIndex;
        this.locals = locals;
        this.body = body;
        this.bodyOffset = bodyOffset;
    }
}
