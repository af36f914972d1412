package org.wasmscope.runtime.store;

/** A struct instance (3.0, spec: aggregate instances): one value per field of its struct type. */
public final class StructInst extends GcObject {
    /** The fields' values, at the slots {@link Layout#slot} gives (the interpreter reads and writes them). */
    public final long[] fields;

    StructInst(Layout layout, long serial, long[] fields) {
        super(layout, serial);
        this.fields = fields;
    }

    @Override
    void markChildren(Heap heap) {
        for (int s : layout.refSlots) {
            heap.mark(fields[s]);
        }
    }

    @Override
    long size() {
        return Heap.objectBytes(fields.length);
    }
}
