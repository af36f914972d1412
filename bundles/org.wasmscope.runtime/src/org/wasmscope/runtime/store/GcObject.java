package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.DefType;

/**
 * A struct or array instance (3.0, spec: aggregate instances), kept by the store's {@link Heap}. Its values are in slot
 * encoding as on the operand stack (a v128 takes two slots, a reference is {@link org.wasmscope.runtime.RefBits}
 * bits, a packed i8 or i16 is kept wrapped to its width); {@link Layout} says where each field or element lies.
 */
public abstract sealed class GcObject extends HeapObject permits StructInst, ArrayInst {
    public final Layout layout;

    GcObject(Layout layout, long serial) {
        super(serial);
        this.layout = layout;
    }

    /** The object's defined type (a struct or array type). */
    public DefType type() {
        return layout.type;
    }
}
