package org.wasmscope.runtime.store;

/**
 * What the store's {@link Heap} holds and reclaims once no reference reaches it: struct and array instances
 * ({@link GcObject}) and exception instances ({@link ExnInst}).
 */
public abstract sealed class HeapObject permits GcObject, ExnInst {
    /** Numbers the heap's objects in allocation order from 1; never reused: the object's identity for people. */
    public final long serial;
    /** The reference to this object ({@link org.wasmscope.runtime.RefBits}), set when the heap takes it. */
    long ref;
    /** Set while the collector marks. */
    boolean marked;

    HeapObject(long serial) {
        this.serial = serial;
    }

    /** The reference to this object, as operand stack slots and {@link org.wasmscope.runtime.Value#bits()} hold it. */
    public long ref() {
        return ref;
    }

    /** The slots that may hold references, for the collector to follow. */
    abstract void markChildren(Heap heap);

    /**
     * An estimate of the memory the object takes, in bytes ({@link Heap#objectBytes}): against the limit, and
     * for deciding when to collect.
     */
    abstract long size();
}
