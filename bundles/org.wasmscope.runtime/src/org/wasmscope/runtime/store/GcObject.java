package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.DefType;

/**
 * A struct or array instance (3.0, spec: aggregate instances), kept by the store's {@link Heap}. Its values are in slot
 * encoding as on the operand stack (a v128 takes two slots, a reference is {@link org.wasmscope.runtime.RefBits}
 * bits, a packed i8 or i16 is kept wrapped to its width); {@link Layout} says where each field or element lies.
 */
public abstract sealed class GcObject permits StructInst, ArrayInst {
    public final Layout layout;
    /** Numbers the store's objects in allocation order from 1; never reused: the object's identity for people. */
    public final long serial;
    /** The reference to this object ({@link org.wasmscope.runtime.RefBits}), set when the heap takes it. */
    long ref;
    /** Set while the collector marks. */
    boolean marked;

    GcObject(Layout layout, long serial) {
        this.layout = layout;
        this.serial = serial;
    }

    /** The object's defined type (a struct or array type). */
    public DefType type() {
        return layout.type;
    }

    /** The reference to this object, as operand stack slots and {@link org.wasmscope.runtime.Value#bits()} hold it. */
    public long ref() {
        return ref;
    }

    /** The slots holding references, for the collector to follow. */
    abstract void markChildren(Heap heap);

    /** An estimate of the memory the object takes, in bytes ({@link Heap#objectBytes}): against the limit, and for deciding when to collect. */
    abstract long size();
}
