package org.wasmscope.runtime.store;

/**
 * An array instance (3.0, spec: aggregate instances): {@link #length} elements of its array type's element type, each
 * {@link Layout#slots} slots wide.
 */
public final class ArrayInst extends GcObject {
    /** The elements' values, element i from slot {@code i * layout.slots} (the interpreter reads and writes them). */
    public final long[] slots;
    public final int length;

    ArrayInst(Layout layout, long serial, long[] slots, int length) {
        super(layout, serial);
        this.slots = slots;
        this.length = length;
    }

    @Override
    void markChildren(Heap heap) {
        if (layout.refElements) {
            for (long s : slots) {
                heap.mark(s);
            }
        }
    }

    @Override
    long size() {
        return Heap.objectBytes(slots.length);
    }
}
